// The OSCAL assessment-results export of a real assessment (every bundled framework, every requirement)
// validates against NIST's official 1.2.1 schema.
import { describe, expect, it } from 'vitest';
import { assessDeclaration } from '../../domain/assessments/assess.js';
import type { Declaration } from '../../domain/assessments/declaration.js';
import { assessmentReport } from '../../domain/assessments/report.js';
import { assessmentToOscalResults } from '../../domain/oscal/assessment-results-export.js';
import { controlIdFor } from '../../domain/oscal/control-id.js';
import { validateOscalAssessmentResults } from '../../validation/oscal.js';
import { offlineRegistry } from './offline-plan.js';

const registry = offlineRegistry();
const options = { name: 'release-1:3:42', assessedAt: '2026-11-23T12:00:00Z', declarationHref: 'urn:iotspp:declaration:release-1:3' };

function report(declaration: Declaration) {
  return assessmentReport(registry, declaration, assessDeclaration(registry.plan, declaration));
}

describe('OSCAL assessment-results export', () => {
  const declaration: Declaration = {
    format: 'iotspp-declaration/1',
    product: { name: 'Lumen  indoor\ncamera ', model: 'LC-2', manufacturer: 'Lumen Devices Ltd' },
    release: { version: '2.4.1', passwords: 'universal-default' },
    answers: {
      'B-AUTH-1': { status: 'not-met', reason: 'admin/admin' },
      'B-VULN-1': { status: 'met', evidence: [{ type: 'url', url: 'https://lumen.example/security' }, { type: 'text', text: 'policy v2' }] },
      'B-RES-1': { status: 'not-applicable', reason: 'no network function' },
    },
  };

  it('validates against the official schema, for every bundled framework and requirement', () => {
    const doc = assessmentToOscalResults(report(declaration), options);
    expect(validateOscalAssessmentResults(doc)).toEqual({ ok: true });
    expect(doc['assessment-results'].results).toHaveLength(registry.plan.frameworks.length);
  });

  it('says each requirement\'s status as an OSCAL finding on the control our catalog export names', () => {
    const doc = assessmentToOscalResults(report(declaration), options) as unknown as { 'assessment-results': { results: { props: { name: string; value: string }[]; findings: { target: Record<string, unknown>; props: { name: string; value: string }[] }[]; observations: { 'relevant-evidence'?: { href: string }[] }[] }[] } };
    const etsi = doc['assessment-results'].results.find((r) => r.props.some((p) => p.name === 'framework' && p.value === 'etsi-en-303-645'))!;
    expect(etsi.props).toContainEqual(expect.objectContaining({ name: 'verdict', value: 'does-not-conform' }));
    const f511 = etsi.findings.find((f) => f.target['target-id'] === controlIdFor('5.1-1'))!;
    expect(f511.target).toMatchObject({ type: 'objective-id', status: { state: 'not-satisfied', reason: 'fail' } });
    expect(f511.props).toContainEqual(expect.objectContaining({ name: 'status', value: 'not-met' }));
    expect(etsi.observations.some((o) => o['relevant-evidence']?.[0]?.href === 'https://lumen.example/security')).toBe(true);
  });

  it('is the same document for the same assessment (name-based UUIDs)', () => {
    expect(JSON.stringify(assessmentToOscalResults(report(declaration), options))).toBe(JSON.stringify(assessmentToOscalResults(report(declaration), options)));
  });

  it('validates a summary (no requirements) too', () => {
    const summary = assessmentReport(registry, declaration, assessDeclaration(registry.plan, declaration, { detail: 'summary', frameworks: ['uk-psti'] }));
    expect(validateOscalAssessmentResults(assessmentToOscalResults(summary, options))).toEqual({ ok: true });
  });
});
