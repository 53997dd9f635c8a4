import { Ajv } from 'ajv';
import { CatalogFileSchema, type CatalogFile } from '../schemas/catalog-file.js';
import { toSchemaErrors, type SchemaError } from './schema-errors.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile<CatalogFile>(CatalogFileSchema);

export type CatalogFileResult = { ok: true; file: CatalogFile } | { ok: false; errors: SchemaError[] };

export function validateCatalogFile(value: unknown): CatalogFileResult {
  if (validate(value)) return { ok: true, file: value };
  return { ok: false, errors: toSchemaErrors(validate.errors) };
}
