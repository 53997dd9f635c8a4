// The whole data check in one answer: every catalog file against the catalog format (all files, all errors,
// not only the first), then the integrity rules across the files that passed. Used by the test suite; unlike
// loadBundle it never stops at the first bad file, so one run lists everything a curator has to fix.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validateCatalogFile } from '../validation/catalog-file.js';
import { checkCatalogIntegrity, type IntegrityProblem } from '../domain/frameworks/catalog-integrity.js';
import { CatalogFormatError, catalogToDomain, type CatalogContent } from './catalog-to-domain.js';
import { catalogFiles } from './load-bundle.js';
import { CATALOG_DIR } from './bundle-paths.js';

export interface BundleProblem {
  /** An integrity code, or `invalid-json` / `schema-violation` for a file the format rejects. */
  code: IntegrityProblem['code'] | 'invalid-json' | 'schema-violation';
  /** The requirement key or mapping id; for file problems, "file.json" or "file.json#/json/pointer". */
  subject: string;
  message: string;
}

export function checkBundle(catalogDir = CATALOG_DIR): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const catalogs: CatalogContent[] = [];
  for (const path of catalogFiles(catalogDir)) {
    const file = basename(path);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push({ code: 'invalid-json', subject: file, message: `${file} is not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const result = validateCatalogFile(raw);
    if (!result.ok) {
      for (const error of result.errors) {
        problems.push({ code: 'schema-violation', subject: `${file}#${error.pointer}`, message: `${file} ${error.pointer}: ${error.message}` });
      }
      continue;
    }
    try {
      catalogs.push(catalogToDomain(result.file));
    } catch (e) {
      // What the schema cannot say: a target that is not framework:requirement, a mapping without provenance.
      if (!(e instanceof CatalogFormatError)) throw e;
      problems.push({ code: 'schema-violation', subject: file, message: e.message });
    }
  }
  const integrity = checkCatalogIntegrity({
    frameworks: catalogs.map((c) => c.framework),
    requirements: catalogs.flatMap((c) => c.requirements),
    mappings: catalogs.flatMap((c) => c.mappings),
  });
  return [...problems, ...integrity];
}
