import type { ErrorObject } from 'ajv';

/** One validation failure, located by a JSON pointer into the document that failed. */
export interface SchemaError {
  pointer: string;
  message: string;
}

export function toSchemaErrors(errors: ErrorObject[] | null | undefined, limit = 20): SchemaError[] {
  return (errors ?? []).slice(0, limit).map((e) => ({
    pointer: e.instancePath === '' ? '/' : e.instancePath,
    message: describe(e),
  }));
}

function describe(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return `unknown property "${String(params.additionalProperty)}"`;
  if (e.keyword === 'required') return `missing property "${String(params.missingProperty)}"`;
  if (e.keyword === 'enum') return `must be one of ${JSON.stringify(params.allowedValues)}`;
  return e.message ?? e.keyword;
}
