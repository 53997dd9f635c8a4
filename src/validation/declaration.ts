// Validates a declaration file: JSON syntax, then the published schema, then the checks the schema cannot
// express (src/domain/assessments/declaration-checks.ts). Every problem comes back with the JSON pointer of
// the offending value and a hint; the caller refuses the whole declaration when there is any.
import { Ajv, type ErrorObject } from 'ajv';
import { DeclarationFileSchema, type DeclarationFile } from '../schemas/declaration.js';
import { DECLARATION_FORMAT, type Declaration } from '../domain/assessments/declaration.js';
import { checkDeclaration, type DeclarationProblem, type DeclarationVocabulary } from '../domain/assessments/declaration-checks.js';

// verbose: errors carry their schema, so an unknown property's hint can list the allowed ones.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const validate = ajv.compile<DeclarationFile>(DeclarationFileSchema);

export const MAX_PROBLEMS = 50;

export type DeclarationResult = { ok: true; declaration: Declaration } | { ok: false; errors: DeclarationProblem[] };

export function validateDeclaration(value: unknown, vocabulary?: DeclarationVocabulary): DeclarationResult {
  if (!validate(value)) return { ok: false, errors: problemsOf(validate.errors ?? []) };
  const problems = checkDeclaration(value, vocabulary);
  return problems.length > 0 ? { ok: false, errors: problems.slice(0, MAX_PROBLEMS) } : { ok: true, declaration: value };
}

/** Parses and validates JSON text (a file, an NDJSON line, a request body). */
export function parseDeclaration(text: string, vocabulary?: DeclarationVocabulary): DeclarationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ pointer: '', message: `not valid JSON: ${(e as Error).message}`, hint: 'check the quotes, commas and brackets near the position given' }] };
  }
  return validateDeclaration(value, vocabulary);
}

function problemsOf(errors: ErrorObject[]): DeclarationProblem[] {
  // "if" reports that a "then" failed; the "then" error itself says what.
  return errors.filter((e) => e.keyword !== 'if').slice(0, MAX_PROBLEMS).map(problemOf);
}

function problemOf(e: ErrorObject): DeclarationProblem {
  const params = e.params as Record<string, unknown>;
  const at = e.instancePath;
  const last = at.slice(at.lastIndexOf('/') + 1);
  switch (e.keyword) {
    case 'required': {
      const prop = String(params.missingProperty);
      const hint =
        prop === 'reason' ? 'a not-applicable answer needs a "reason" saying why the item does not concern the product'
        : prop === 'format' ? `add "format": "${DECLARATION_FORMAT}"`
        : `add "${prop}"`;
      return { pointer: `${at}/${prop}`, message: `missing property "${prop}"`, hint };
    }
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const parent = (e.parentSchema ?? {}) as { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown> };
      const allowed = Object.keys(parent.properties ?? {});
      const hint = allowed.length > 0 ? `remove it or correct its spelling; allowed here: ${allowed.join(', ')}` : 'ids are official ids: no colon, no spaces at either end';
      return { pointer: `${at}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `unknown property "${prop}"`, hint };
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
      return { pointer: at, message: 'is not one of the allowed values', hint: `use one of: ${values.join(', ')}` };
    }
    case 'const':
      return { pointer: at, message: `must be "${String(params.allowedValue)}"`, hint: `set "${last}" to "${String(params.allowedValue)}"` };
    case 'pattern':
      return { pointer: at, message: 'is not in the expected form', hint: patternHint(last) };
    case 'type':
      return { pointer: at, message: `must be ${String(params.type).replace(',', ' or ')}`, hint: `write a ${String(params.type).split(',')[0]} here` };
    case 'minLength':
      return { pointer: at, message: 'must not be empty', hint: 'write something, or remove the property' };
    case 'maxLength':
      return { pointer: at, message: `is longer than ${String(params.limit)} characters`, hint: 'shorten it; put long explanations in evidence (a URL or a file)' };
    case 'maxItems':
    case 'maxProperties':
      return { pointer: at, message: `has more than ${String(params.limit)} entries`, hint: 'keep the most relevant ones' };
    case 'uniqueItems':
      return { pointer: at, message: 'lists a value twice', hint: 'list each value once' };
    case 'minimum':
      return { pointer: at, message: `must be at least ${String(params.limit)}`, hint: 'use a number of bytes, 0 or more' };
    default:
      return { pointer: at, message: e.message ?? e.keyword, hint: 'see schemas/declaration.schema.json' };
  }
}

function patternHint(property: string): string {
  if (property === 'date' || property === 'supportEnd') return 'write the date as YYYY-MM-DD';
  if (property === 'disclosureContact') return 'an https:// link to the disclosure policy or a mailto: address';
  if (property === 'url') return 'a full link starting with https:// (or http://)';
  if (property === 'sha256') return 'the SHA-256 of the uploaded file: 64 lower-case hexadecimal digits';
  return 'ids are official ids: no colon, no spaces at either end';
}
