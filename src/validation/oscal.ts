// Validates OSCAL documents against the official NIST 1.2.1 JSON schemas vendored in schemas/. Compiling the
// catalog schema takes about 0.4 s, so each schema is compiled on first use and kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_DIR } from '../catalogs/bundle-paths.js';
import { toSchemaErrors, type SchemaError } from './schema-errors.js';

export const OSCAL_SCHEMA_DIR = resolve(SCHEMA_DIR, 'oscal-1.2.1');

export type OscalValidation = { ok: true } | { ok: false; errors: SchemaError[] };

export const OSCAL_DOCUMENT_KINDS = ['catalog', 'mapping-collection'] as const;
export type OscalDocumentKind = (typeof OSCAL_DOCUMENT_KINDS)[number];

/** What we validate: the kinds we import, and assessment results, which we only export. */
export type OscalSchemaKind = OscalDocumentKind | 'assessment-results';

const SCHEMA_FILES: Record<OscalSchemaKind, string> = {
  catalog: 'oscal_catalog_schema.json',
  'mapping-collection': 'oscal_mapping_schema.json',
  'assessment-results': 'oscal_assessment-results_schema.json',
};

// ajv-formats is CommonJS and sets module.exports.default to itself: reading .default works under Node's
// interop and under Vite's alike, and is what the type declarations describe.
const addFormats = addFormatsModule.default;

const compiled = new Map<OscalSchemaKind, ValidateFunction>();

function validatorFor(kind: OscalSchemaKind): ValidateFunction {
  let validate = compiled.get(kind);
  if (!validate) {
    // One Ajv per schema: the OSCAL schemas share definition names and would clash in one instance.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema: unknown = JSON.parse(readFileSync(resolve(OSCAL_SCHEMA_DIR, SCHEMA_FILES[kind]), 'utf8'));
    validate = ajv.compile(schema as object);
    compiled.set(kind, validate);
  }
  return validate;
}

export function validateOscal(kind: OscalSchemaKind, value: unknown): OscalValidation {
  const validate = validatorFor(kind);
  if (validate(value)) return { ok: true };
  return { ok: false, errors: dedupe(toSchemaErrors(withoutAnyOfNoise(validate.errors ?? []))) };
}

/**
 * OSCAL groups and parties are anyOf two near-identical shapes, so one bad control id also yields "unknown
 * property controls" from the shape that expected groups, and "must match a schema in anyOf". When a deeper
 * error explains the failure, those two kinds of error at the anyOf's own place are noise, so they go.
 */
function withoutAnyOfNoise(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors.filter(
    (e) =>
      !(e.keyword === 'anyOf' || e.keyword === 'additionalProperties') ||
      !anyOfPaths.has(e.instancePath) ||
      !errors.some((other) => other.instancePath.startsWith(`${e.instancePath}/`)),
  );
}

/** Both anyOf shapes report the same missing property; once is enough. */
function dedupe(errors: SchemaError[]): SchemaError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.pointer}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateOscalCatalog(value: unknown): OscalValidation {
  return validateOscal('catalog', value);
}

export function validateOscalMappingCollection(value: unknown): OscalValidation {
  return validateOscal('mapping-collection', value);
}

export function validateOscalAssessmentResults(value: unknown): OscalValidation {
  return validateOscal('assessment-results', value);
}

/** Which OSCAL model a parsed JSON document claims to be, by its single root key; nothing is validated. */
export function detectOscalDocument(json: unknown): OscalDocumentKind | 'unknown' {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'unknown';
  const roots = Object.keys(json).filter((key) => key !== '$schema');
  if (roots.length !== 1) return 'unknown';
  const root = roots[0]!;
  return (OSCAL_DOCUMENT_KINDS as readonly string[]).includes(root) ? (root as OscalDocumentKind) : 'unknown';
}
