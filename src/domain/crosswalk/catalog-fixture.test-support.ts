// Small hand-made catalogs for the crosswalk tests: requirements and frameworks are created from the keys the
// mappings name, so a test states only the graph it is about.
import type { Framework } from '../frameworks/framework.js';
import { parseRequirementKey, type Requirement } from '../frameworks/requirement.js';
import { buildCrosswalkIndex, type CrosswalkData, type CrosswalkIndex } from './crosswalk-index.js';
import { mappingId, type Mapping } from './mapping.js';
import type { Relationship } from './relationship.js';

/** [source key, relationship, target key, strength (default 5)] */
export type MappingRow = [string, Relationship, string, number?];

export interface FixtureOptions {
  /** Extra requirements (keys) that no mapping names, or requirements with fields set. */
  requirements?: (string | (Partial<Requirement> & { key: string }))[];
  shortNames?: Record<string, string>;
  titles?: Record<string, string>;
}

export function framework(id: string, shortName = id): Framework {
  return {
    id,
    title: shortName,
    shortName,
    version: '1',
    kind: id === 'platform-baseline' ? 'baseline' : 'standard',
    issuer: 'test',
    organisation: 'test',
    jurisdictions: ['INT'],
    publicationDate: null,
    status: 'in-force',
    scope: 'consumer',
    layers: ['device'],
    sourceUrl: 'https://example.org/',
    summary: '',
    development: { stage: 'developed', multistakeholder: null, note: null },
    licence: { name: 'test', url: null, note: null },
    conditions: [],
    notes: [],
  };
}

function split(key: string): { frameworkId: string; requirementId: string } {
  const parsed = parseRequirementKey(key);
  if (!parsed) throw new Error(`fixture: "${key}" is not framework:requirement`);
  return parsed;
}

export function requirement(key: string, fields: Partial<Requirement> = {}, position = 0): Requirement {
  const { frameworkId, requirementId } = split(key);
  return {
    frameworkId,
    id: requirementId,
    title: `Title of ${requirementId}`,
    summary: '',
    level: 'mandatory',
    group: '',
    tags: [],
    conditions: [],
    sourceUrl: null,
    officialRef: null,
    verification: 'verified',
    verificationNote: null,
    organisations: [],
    footnotes: [],
    assuranceLevels: [],
    parentId: null,
    position,
    ...fields,
  };
}

export function mapping(source: string, relationship: Relationship, target: string, strength = 5): Mapping {
  const s = split(source);
  const t = split(target);
  const endpoints = {
    sourceFrameworkId: s.frameworkId,
    sourceRequirementId: s.requirementId,
    targetFrameworkId: t.frameworkId,
    targetRequirementId: t.requirementId,
  };
  return {
    id: mappingId(endpoints),
    ...endpoints,
    relationship,
    strength,
    rationale: `why ${source} ${relationship} ${target}`,
    provenance: { source: 'test curators', url: null, date: '2026-01-01' },
    origin: 'curated',
  };
}

/** Catalog data from mapping rows: every key named becomes a requirement, every framework id a framework. */
export function catalog(rows: MappingRow[], options: FixtureOptions = {}): CrosswalkData {
  const requirements = new Map<string, Requirement>();
  const add = (key: string, fields: Partial<Requirement> = {}) => {
    const existing = requirements.get(key);
    requirements.set(key, requirement(key, { ...existing, ...fields, title: options.titles?.[key] ?? fields.title ?? existing?.title ?? `Title of ${split(key).requirementId}` }, requirements.size));
  };
  for (const r of options.requirements ?? []) {
    if (typeof r === 'string') add(r);
    else {
      const { key, ...fields } = r;
      add(key, fields);
    }
  }
  for (const [source, , target] of rows) {
    if (!requirements.has(source)) add(source);
    if (!requirements.has(target)) add(target);
  }
  const frameworkIds = [...new Set([...requirements.values()].map((r) => r.frameworkId))];
  return {
    frameworks: frameworkIds.map((id) => framework(id, options.shortNames?.[id])),
    requirements: [...requirements.values()],
    mappings: rows.map(([source, relationship, target, strength]) => mapping(source, relationship, target, strength)),
  };
}

export function indexOf(rows: MappingRow[], options: FixtureOptions = {}): CrosswalkIndex {
  return buildCrosswalkIndex(catalog(rows, options));
}
