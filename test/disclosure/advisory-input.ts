// A complete advisory input for tests: a fictional camera with three releases, the middle one fixed.
import type { AdvisoryInput } from '../../src/domain/disclosure/csaf/advisory-document.js';
import { scoreVector } from '../../src/commands/disclosure/cvss-scorer.js';

export function score(vector: string) {
  const s = scoreVector(vector);
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

export function advisoryInput(overrides: Partial<AdvisoryInput> = {}): AdvisoryInput {
  return {
    trackingId: 'IOTSPP-2026-0001',
    title: 'Hard-coded maintenance password in Example Camera',
    summary: 'Example Camera firmware before 1.4.2 accepts a hard-coded maintenance password over the local network.',
    description: 'The maintenance interface on port 2323 accepts a password that is the same on every device, giving full control to anyone on the local network.',
    cve: 'CVE-2026-40001',
    cwe: { id: 'CWE-798', name: 'Use of Hard-coded Credentials' },
    acknowledgments: ['Alex Finder'],
    scores: [score('CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), score('CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')],
    manufacturer: { name: 'Example Devices Ltd' },
    product: { name: 'Example Camera', modelNumber: 'EC-200' },
    releases: [
      { id: 'rel-1', version: '1.4.0' },
      { id: 'rel-2', version: '1.4.1' },
      { id: 'rel-3', version: '1.4.2' },
    ],
    affectedReleaseIds: ['rel-1', 'rel-2'],
    fixedReleaseIds: ['rel-3'],
    remediations: [{ category: 'vendor_fix', details: 'Update the firmware to 1.4.2 or later.', url: 'https://devices.example/firmware' }],
    publisher: { name: 'IoT Security Policy Platform', namespace: 'https://iotspp.example.org', contactDetails: 'https://iotspp.example.org/security' },
    generator: { name: 'iotspp', version: '0.1.0', date: '2026-11-23T12:00:00.000Z' },
    revisions: [{ date: '2026-11-23T12:00:00.000Z', summary: 'Initial version.' }],
    selfUrl: 'https://iotspp.example.org/.well-known/csaf/white/2026/iotspp-2026-0001.json',
    receivedAt: '2026-08-01T09:00:00.000Z',
    ...overrides,
  };
}
