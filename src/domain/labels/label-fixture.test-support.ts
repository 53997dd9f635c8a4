// A label's facts for tests: a fictional camera, supported until 31 March 2029.
import type { LabelFacts } from './payload.js';

export function labelFacts(overrides: Partial<LabelFacts> = {}): LabelFacts {
  return {
    id: 'a1b2c3d4e5',
    issuer: 'https://iotspp.example.org',
    manufacturer: { id: 'org-1', name: 'Demo Devices Ltd' },
    product: { id: 'prod-1', name: 'Demo Camera', model: 'DC-100', category: 'camera' },
    release: { id: 'rel-1', version: '2.4.0' },
    supportEnd: '2029-03-31',
    updateMechanism: 'automatic-over-network',
    disclosureContact: 'https://demo-devices.example/security',
    passwords: 'unique-per-device',
    dataPractices: [{ data: 'Video recordings', purpose: 'cloud playback', sharedWith: [] }],
    conformance: [
      { framework: 'etsi-en-303-645', frameworkName: 'ETSI EN 303 645', frameworkVersion: 'V3.1.3', verdict: 'conforms', assessmentType: 'self-declared', assessedAt: '2026-11-20' },
      { framework: 'uk-psti', frameworkName: 'UK PSTI', frameworkVersion: '2023', verdict: 'conforms', assessmentType: 'third-party', assessedAt: '2026-11-21' },
    ],
    validUntil: null,
    ...overrides,
  };
}
