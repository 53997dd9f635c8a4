// Validates CSAF 2.0 advisories and provider metadata against the OASIS schemas vendored in schemas/csaf/2.0/
// (JSON Schema 2020-12). The FIRST CVSS schemas they reference are older drafts: v2.0 and v3.0 name themselves
// with draft-04's `id` and carry a date in the query, so each is registered under the exact URL the CSAF schema
// refers to, with its `$schema` dropped (the keywords they use mean the same in 2020-12).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_DIR } from '../catalogs/bundle-paths.js';
import { toSchemaErrors, type SchemaError } from './schema-errors.js';

export const CSAF_SCHEMA_DIR = resolve(SCHEMA_DIR, 'csaf', '2.0');

const addFormats = addFormatsModule.default;

export type CsafValidation = { ok: true } | { ok: false; errors: SchemaError[] };

function readJson(...parts: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(CSAF_SCHEMA_DIR, ...parts), 'utf8')) as Record<string, unknown>;
}

let validators: { advisory: ValidateFunction; provider: ValidateFunction } | null = null;

function compile(): { advisory: ValidateFunction; provider: ValidateFunction } {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const version of ['2.0', '3.0', '3.1']) {
    const { $schema: _draft, id: _oldId, $id: _id, ...schema } = readJson('referenced_schema', 'first', `cvss-v${version}.json`);
    ajv.addSchema({ ...schema, $id: `https://www.first.org/cvss/cvss-v${version}.json` });
  }
  const advisory = ajv.compile(readJson('csaf_json_schema.json'));
  const provider = ajv.compile(readJson('provider_json_schema.json'));
  validators = { advisory, provider };
  return validators;
}

function run(validate: ValidateFunction, value: unknown): CsafValidation {
  if (validate(value)) return { ok: true };
  return { ok: false, errors: toSchemaErrors(validate.errors) };
}

export function validateCsafAdvisory(value: unknown): CsafValidation {
  return run(compile().advisory, value);
}

export function validateCsafProviderMetadata(value: unknown): CsafValidation {
  return run(compile().provider, value);
}
