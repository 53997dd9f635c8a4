import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root, found from this file's place so the CLI works from any working directory. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DATA_DIR = resolve(REPO_ROOT, 'data');
export const CATALOG_DIR = resolve(DATA_DIR, 'catalogs');
export const SCHEMA_DIR = resolve(REPO_ROOT, 'schemas');
