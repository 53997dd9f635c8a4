// Reads an uploaded OSCAL file: JSON, then the document type, then the official schema, then our import rules.
// Any failure rejects the whole file with the first errors as JSON pointers; nothing partial is returned, so a
// caller can never store half a catalog.
import type { Mapping } from '../domain/crosswalk/mapping.js';
import type { Framework } from '../domain/frameworks/framework.js';
import type { Requirement } from '../domain/frameworks/requirement.js';
import { oscalCatalogToFramework, type CatalogImportOptions } from '../domain/oscal/catalog-import.js';
import { oscalMappingCollectionToMappings, type MappingCollectionImportOptions } from '../domain/oscal/mapping-import.js';
import type { OscalCatalogDocument, OscalMappingCollectionDocument, OscalProblem } from '../domain/oscal/oscal-model.js';
import { detectOscalDocument, validateOscal } from '../validation/oscal.js';
import type { SchemaError } from '../validation/schema-errors.js';

export type ParseOscalFileOptions = CatalogImportOptions & MappingCollectionImportOptions;

export type ParsedOscalFile =
  | { kind: 'catalog'; framework: Framework; requirements: Requirement[] }
  | { kind: 'mapping-collection'; mappings: Mapping[] }
  | { kind: 'invalid'; errors: SchemaError[] };

/** As many errors as the schema validation reports at most, so both kinds of rejection read alike. */
const MAX_ERRORS = 20;

export function parseOscalFile(text: string, options: ParseOscalFileOptions = {}): ParsedOscalFile {
  let json: unknown;
  try {
    // Editors on Windows like to start files with a byte order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return invalid([{ pointer: '/', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const kind = detectOscalDocument(json);
  if (kind === 'unknown') {
    return invalid([{ pointer: '/', message: 'not an OSCAL catalog or mapping collection: expected one root property, "catalog" or "mapping-collection"' }]);
  }
  const validation = validateOscal(kind, json);
  if (!validation.ok) return invalid(validation.errors);

  if (kind === 'catalog') {
    const result = oscalCatalogToFramework(json as OscalCatalogDocument, options);
    if (!result.ok) return invalid(result.problems);
    return { kind, framework: result.value.framework, requirements: result.value.requirements };
  }
  const result = oscalMappingCollectionToMappings(json as OscalMappingCollectionDocument, options);
  if (!result.ok) return invalid(result.problems);
  return { kind, mappings: result.value };
}

function invalid(errors: readonly (SchemaError | OscalProblem)[]): ParsedOscalFile {
  return { kind: 'invalid', errors: errors.slice(0, MAX_ERRORS).map(({ pointer, message }) => ({ pointer, message })) };
}
