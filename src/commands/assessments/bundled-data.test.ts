// The done-when of issue 6 on the bundled catalogs, through the same plan `iotspp assess` uses.
import { describe, expect, it } from 'vitest';
import { assessDeclaration, type FrameworkAssessment } from '../../domain/assessments/assess.js';
import type { Answer, Declaration } from '../../domain/assessments/declaration.js';
import { declarationTemplate } from '../../domain/assessments/template.js';
import { validateDeclaration } from '../../validation/declaration.js';
import { offlineRegistry } from './offline-plan.js';

const { plan, vocabulary } = offlineRegistry();
const met = (reason?: string): Answer => ({ status: 'met', ...(reason ? { reason } : {}), evidence: [{ type: 'text', text: 'see the product documentation' }] });

function product(passwords: 'unique-per-device' | 'universal-default' | 'no-passwords', answers: Record<string, Answer>, followUp?: Declaration['followUp']): Declaration {
  const declaration: Declaration = {
    format: 'iotspp-declaration/1',
    product: { name: 'Lumen indoor camera', model: 'LC-2', category: 'camera' },
    release: { version: '2.4.1', date: '2026-10-01', supportEnd: '2031-12-31', passwords, disclosureContact: 'https://example.com/security', updateMechanism: 'automatic-over-network' },
    answers,
    ...(followUp ? { followUp } : {}),
  };
  const valid = validateDeclaration(declaration, vocabulary);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  return declaration;
}

function framework(declaration: Declaration, id: string): FrameworkAssessment {
  return assessDeclaration(plan, declaration, { frameworks: [id] }).frameworks[0]!;
}

const status = (fw: FrameworkAssessment, id: string) => fw.requirements!.find((r) => r.id === id)!.status;

describe('bundled data: a universal default password', () => {
  const declaration = product('universal-default', {
    'B-AUTH-1': { status: 'not-met', reason: 'every unit ships with the password admin/admin' },
    'B-VULN-1': met(),
    'B-UPD-5': met(),
  });

  it('fails ETSI EN 303 645 provision 5.1-1, so ETSI does not conform', () => {
    const etsi = framework(declaration, 'etsi-en-303-645');
    const p = etsi.requirements!.find((r) => r.id === '5.1-1')!;
    expect(p).toMatchObject({ status: 'not-met', applies: 'yes' });
    expect(p.reasons).toContainEqual(expect.objectContaining({ kind: 'baseline', item: 'B-AUTH-1', relationship: 'equivalent', gives: 'not-met' }));
    expect(etsi.verdict).toBe('does-not-conform');
  });

  it('does not conform to UK PSTI: Schedule 1 paragraph 1 and its sub-paragraphs are not met', () => {
    const psti = framework(declaration, 'uk-psti');
    expect(status(psti, 'Sch1-1(2)')).toBe('not-met');
    expect(status(psti, 'Sch1-1')).toBe('not-met');
    expect(psti.verdict).toBe('does-not-conform');
  });
});

describe('bundled data: unique passwords, a published disclosure contact and a stated support period', () => {
  // "Unique passwords" answers every baseline item about per-device passwords: B-AUTH-1 (no universal
  // default) and, from baseline 1.1, B-AUTH-6 (per-device values that cannot be derived from one another).
  const passwordItems = ['B-AUTH-1', 'B-AUTH-6'].filter((id) => plan.itemIndex.has(id));
  const answers = { ...Object.fromEntries(passwordItems.map((id) => [id, met()])), 'B-VULN-1': met(), 'B-UPD-5': met() };

  it('conforms to UK PSTI from the baseline answers alone, with nothing left to ask', () => {
    const psti = framework(product('unique-per-device', answers), 'uk-psti');
    expect(status(psti, 'Sch1-1(2)')).toBe('met');
    expect(status(psti, 'Sch1-2')).toBe('met');
    // Baseline 1.1.1's B-UPD-5 includes keeping the declared period (Sch1-3 equivalent to it), and B-AUTH-6
    // settles non-guessable per-product passwords (Sch1-1(3)): one declaration settles the whole regime.
    expect(status(psti, 'Sch1-3')).toBe('met');
    expect(psti.followUp).toEqual([]);
    expect(psti.verdict).toBe('conforms');
    expect(psti.counts.mandatory).toMatchObject({ total: 2, met: 2 });
  });

  it('does not conform when the support period is not stated, naming Sch1-3', () => {
    const psti = framework(product('unique-per-device', { ...answers, 'B-UPD-5': { status: 'not-met' } }), 'uk-psti');
    expect(status(psti, 'Sch1-3')).toBe('not-met');
    expect(psti.verdict).toBe('does-not-conform');
  });

  it('without passwords the password provisions do not apply, saying so', () => {
    const psti = framework(product('no-passwords', { ...answers, 'B-AUTH-1': { status: 'not-applicable', reason: 'no passwords at all' } }), 'uk-psti');
    const p = psti.requirements!.find((r) => r.id === 'Sch1-1')!;
    expect(p.status).toBe('not-applicable');
    expect(p.reasons[0]!.text).toBe('Does not apply: it is not the case that passwords are used (uses-passwords: no).');
    expect(psti.verdict).toBe('conforms');
  });
});

describe('bundled data: the template', () => {
  it('lists every baseline item, validates, and assesses as incomplete everywhere', () => {
    const template = declarationTemplate(plan.baseline.version, plan.items, 'https://iotspp.org/schemas/declaration-1.json');
    expect(Object.keys(template.answers)).toEqual(plan.items.map((i) => i.id));
    expect(validateDeclaration(JSON.parse(JSON.stringify(template)), vocabulary)).toMatchObject({ ok: true });
    const result = assessDeclaration(plan, template, { detail: 'summary' });
    expect(new Set(result.frameworks.map((f) => f.verdict))).toEqual(new Set(['incomplete']));
  });
});
