// Reads every bundled catalog file in data/catalogs/, validates it against the catalog file schema and
// returns the frameworks, requirements and mappings it holds. Any invalid file fails the whole load.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateCatalogFile } from '../validation/catalog-file.js';
import { catalogToDomain, type CatalogContent } from './catalog-to-domain.js';
import { CATALOG_DIR, DATA_DIR } from './bundle-paths.js';

export interface Bundle {
  version: string;
  catalogs: CatalogContent[];
}

export class BundleError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly details: { pointer: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export function catalogFiles(dir = CATALOG_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function readCatalogFile(path: string): CatalogContent {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BundleError(`${path}: not valid JSON (${(e as Error).message})`, path);
  }
  const result = validateCatalogFile(raw);
  if (!result.ok) {
    const first = result.errors.map((e) => `${e.pointer} ${e.message}`).join('; ');
    throw new BundleError(`${path}: does not match the catalog format: ${first}`, path, result.errors);
  }
  return catalogToDomain(result.file);
}

export function bundleVersion(dataDir = DATA_DIR): string {
  const meta = JSON.parse(readFileSync(join(dataDir, 'bundle.json'), 'utf8')) as { version: string };
  return meta.version;
}

export function loadBundle(options: { catalogDir?: string; dataDir?: string } = {}): Bundle {
  const catalogs = catalogFiles(options.catalogDir).map(readCatalogFile);
  return { version: bundleVersion(options.dataDir), catalogs };
}
