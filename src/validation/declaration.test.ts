import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../catalogs/bundle-paths.js';
import { declarationJsonSchemaText } from '../schemas/declaration.js';
import { parseDeclaration, validateDeclaration } from './declaration.js';

const vocabulary = {
  baselineVersion: '1.1.0',
  items: new Set(['B-AUTH-1', 'B-VULN-1']),
  requirements: new Map([['uk-psti', new Set(['Sch1-1', 'Sch1-3'])]]),
};
const base = () => ({ format: 'iotspp-declaration/1', product: { name: 'Cam' }, answers: { 'B-AUTH-1': { status: 'met' } } }) as Record<string, unknown>;

describe('declaration validation', () => {
  it('accepts a minimal declaration', () => {
    expect(validateDeclaration(base(), vocabulary)).toMatchObject({ ok: true });
  });

  it('points at every error with a hint, not only the first', () => {
    const doc = {
      ...base(),
      format: 'iotspp-declaration/2',
      release: { passwords: 'default', supportEnd: '31/12/2030', disclosureContact: 'security team' },
      answers: { 'B-AUTH-1': { status: 'not-applicable' }, 'B-VULN-1': { status: 'done', evidence: [{ type: 'url' }] } },
      colour: 'red',
    };
    const result = validateDeclaration(doc, vocabulary);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/colour', message: 'unknown property "colour"', hint: expect.stringContaining('allowed here: $schema, format') },
        { pointer: '/format', message: 'must be "iotspp-declaration/1"', hint: 'set "format" to "iotspp-declaration/1"' },
        { pointer: '/release/passwords', message: 'is not one of the allowed values', hint: 'use one of: unique-per-device, set-by-user-at-first-use, no-passwords, universal-default' },
        { pointer: '/release/supportEnd', message: 'is not in the expected form', hint: 'write the date as YYYY-MM-DD' },
        { pointer: '/release/disclosureContact', message: 'is not in the expected form', hint: 'an https:// link to the disclosure policy or a mailto: address' },
        { pointer: '/answers/B-AUTH-1/reason', message: 'missing property "reason"', hint: expect.stringContaining('not-applicable answer needs a "reason"') },
        { pointer: '/answers/B-VULN-1/status', message: 'is not one of the allowed values', hint: 'use one of: met, partly-met, not-met, not-applicable, unknown' },
        { pointer: '/answers/B-VULN-1/evidence/0/url', message: 'missing property "url"', hint: 'add "url"' },
      ]),
    );
    expect(result.errors.some((e) => e.message.includes('"if"'))).toBe(false);
  });

  it('refuses ids the registry does not know, suggesting the near miss', () => {
    const result = validateDeclaration({ ...base(), answers: { 'b-auth-1': { status: 'met' } }, followUp: { 'uk-psti': { 'Sch1-4': { status: 'met' } }, 'uk-pst': {} } }, vocabulary);
    expect(result).toEqual({
      ok: false,
      errors: [
        { pointer: '/answers/b-auth-1', message: '"b-auth-1" is not an item of baseline 1.1.0', hint: 'did you mean "B-AUTH-1"?' },
        { pointer: '/followUp/uk-psti/Sch1-4', message: '"Sch1-4" is not a requirement of uk-psti', hint: 'did you mean "Sch1-1"?' },
        { pointer: '/followUp/uk-pst', message: '"uk-pst" is not a framework that can be assessed', hint: 'did you mean "uk-psti"?' },
      ],
    });
  });

  it('refuses facts that contradict the release profile, and a support period ending before the release', () => {
    const result = validateDeclaration({ ...base(), release: { passwords: 'no-passwords', date: '2026-10-01', supportEnd: '2025-01-01' }, facts: { 'uses-passwords': true } });
    expect(result).toEqual({
      ok: false,
      errors: [
        { pointer: '/facts/uses-passwords', message: 'says true, but release.passwords ("no-passwords") means false', hint: expect.stringContaining('remove "uses-passwords"') },
        { pointer: '/release/supportEnd', message: 'ends (2025-01-01) before the release date (2026-10-01)', hint: 'the support period ends on or after the release date' },
      ],
    });
  });

  it('reports JSON syntax errors at the root', () => {
    expect(parseDeclaration('{"format": ')).toMatchObject({ ok: false, errors: [{ pointer: '', message: expect.stringMatching(/^not valid JSON/) }] });
  });

  it('escapes item ids in pointers (RFC 6901)', () => {
    const result = validateDeclaration({ ...base(), answers: { 'a/b~c': { status: 'met' } } }, vocabulary);
    expect(result.ok || result.errors[0]!.pointer).toBe('/answers/a~1b~0c');
  });
});

describe('schemas/declaration.schema.json', () => {
  it('is generated from src/schemas/declaration.ts (node bin/run-ts.js scripts/write-declaration-schema.ts)', () => {
    expect(readFileSync(resolve(SCHEMA_DIR, 'declaration.schema.json'), 'utf8')).toBe(declarationJsonSchemaText());
  });
});
