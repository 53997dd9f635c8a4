// The data check: the bundled catalogs as shipped pass every rule, and a copy broken on purpose fails with the
// problem code a curator would need to see.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogFiles } from './load-bundle.js';
import { CATALOG_DIR, DATA_DIR } from './bundle-paths.js';
import { checkBundle } from './check-bundle.js';
import { catalogToDomain } from './catalog-to-domain.js';
import { validateCatalogFile } from '../validation/catalog-file.js';
import { catalogJsonSchemaText } from '../schemas/catalog-json-schema.js';
import { checkCatalogIntegrity } from '../domain/frameworks/catalog-integrity.js';
import { BASELINE_FRAMEWORK_ID } from '../domain/frameworks/framework.js';
import type { CatalogFile } from '../schemas/catalog-file.js';

const read = (path: string): CatalogFile => JSON.parse(readFileSync(path, 'utf8')) as CatalogFile;
const describeProblems = (problems: { code: string; message: string }[]) => problems.map((p) => `${p.code}: ${p.message}`);

describe('the bundled catalogs', () => {
  it.each(catalogFiles().map((path) => [basename(path), path]))('%s matches the catalog format', (_name, path) => {
    const result = validateCatalogFile(read(path));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('data/catalog.schema.json is the schema generated from src/schemas/catalog-file.ts', () => {
    const committed = readFileSync(join(DATA_DIR, 'catalog.schema.json'), 'utf8');
    expect(committed, 'stale: run node bin/run-ts.js scripts/write-catalog-schema.ts').toBe(catalogJsonSchemaText());
  });

  it('pass every integrity rule: baseline reached, no dangling ends, no duplicates, known levels and conditions', () => {
    expect(describeProblems(checkBundle())).toEqual([]);
  });

  it('give every requirement a baseline mapping, or a no-relationship to the baseline with a rationale', () => {
    const catalogs = catalogFiles().map((path) => catalogToDomain(read(path)));
    const mappings = catalogs.flatMap((c) => c.mappings);
    const lacking = catalogs
      .filter((c) => c.framework.id !== BASELINE_FRAMEWORK_ID)
      .flatMap((c) => c.requirements)
      .filter((r) => {
        const toBaseline = mappings.filter(
          (m) => m.sourceFrameworkId === r.frameworkId && m.sourceRequirementId === r.id && m.targetFrameworkId === BASELINE_FRAMEWORK_ID,
        );
        return toBaseline.length === 0 || toBaseline.every((m) => m.relationship === 'no-relationship' && m.rationale.trim() === '');
      })
      .map((r) => `${r.frameworkId}:${r.id}`);
    expect(lacking).toEqual([]);
  });
});

describe('the data check on a copy broken on purpose', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'iotspp-bundle-'));
    cpSync(CATALOG_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (name: string, change: (file: CatalogFile) => void) => {
    const path = join(dir, name);
    const file = read(path);
    change(file);
    writeFileSync(path, JSON.stringify(file, null, 2));
  };
  const codes = () => checkBundle(dir).map((p) => [p.code, p.subject]);

  it('starts clean, so every failure below comes from its mutation', () => {
    expect(describeProblems(checkBundle(dir))).toEqual([]);
  });

  it('removing the only baseline mapping of a requirement: unmapped-requirement', () => {
    // Found in the data rather than named, so the test survives curation of the catalogs.
    const found = catalogFiles(dir)
      .map((path) => ({ name: basename(path), file: read(path) }))
      .flatMap(({ name, file }) =>
        file.requirements.map((r) => ({ name, id: `${file.framework.id}:${r.id}`, requirementId: r.id, toBaseline: file.mappings.filter((m) => m.source === r.id && m.target.startsWith(`${BASELINE_FRAMEWORK_ID}:`)) })),
      )
      .find((r) => r.toBaseline.length === 1);
    expect(found).toBeDefined();
    edit(found!.name, (file) => {
      file.mappings = file.mappings.filter((m) => m !== file.mappings.find((x) => x.source === found!.requirementId && x.target === found!.toBaseline[0]!.target));
    });
    expect(codes()).toEqual([['unmapped-requirement', found!.id]]);
  });

  it('pointing a mapping at a requirement that does not exist: dangling-mapping-target', () => {
    edit('uk-psti.json', (file) => {
      file.mappings[0]!.target = 'platform-baseline:B-NO-SUCH-ITEM';
    });
    const source = read(join(dir, 'uk-psti.json')).mappings[0]!.source;
    expect(codes()).toContainEqual(['dangling-mapping-target', `uk-psti:${source}->platform-baseline:B-NO-SUCH-ITEM`]);
    expect(codes().every(([code]) => code === 'dangling-mapping-target' || code === 'unmapped-requirement')).toBe(true);
  });

  it('duplicating a requirement id: duplicate-requirement', () => {
    edit('uk-psti.json', (file) => {
      file.requirements.push({ ...file.requirements[0]! });
    });
    expect(codes()).toEqual([['duplicate-requirement', `uk-psti:${read(join(dir, 'uk-psti.json')).requirements[0]!.id}`]]);
  });

  it('duplicating a mapping: duplicate-mapping', () => {
    edit('uk-psti.json', (file) => {
      file.mappings.push({ ...file.mappings[0]! });
    });
    expect(codes().map(([code]) => code)).toEqual(['duplicate-mapping']);
  });

  it('an unknown level: the format rejects the file at the level, and the integrity rule names it unknown-level', () => {
    edit('uk-psti.json', (file) => {
      (file.requirements[0] as { level: string }).level = 'optional';
    });
    expect(codes()).toContainEqual(['schema-violation', 'uk-psti.json#/requirements/0/level']);
    // Data that bypasses the file format (a curated write) meets the same rule in the integrity check.
    const catalogs = catalogFiles(CATALOG_DIR).map((path) => catalogToDomain(read(path)));
    const requirements = catalogs.flatMap((c) => c.requirements).map((r, i) => (i === 0 ? { ...r, level: 'optional' as never } : r));
    const problems = checkCatalogIntegrity({ frameworks: catalogs.map((c) => c.framework), requirements, mappings: catalogs.flatMap((c) => c.mappings) });
    expect(problems.map((p) => p.code)).toEqual(['unknown-level']);
  });

  it('a condition its framework does not define: unknown-condition', () => {
    edit('etsi-en-303-645.json', (file) => {
      file.requirements[1]!.conditions = ['99'];
    });
    expect(codes().map(([code]) => code)).toEqual(['unknown-condition']);
  });

  it('a mapping without a rationale (no-relationship ones included): rejected by the format, rationale is required text', () => {
    edit('uk-psti.json', (file) => {
      file.mappings[0]!.rationale = '';
    });
    expect(codes()).toContainEqual(['schema-violation', 'uk-psti.json#/mappings/0/rationale']);
  });
});
