// A synthetic, hub-shaped catalog for benchmarks: a baseline hub that most mappings point to, and frameworks
// mapped to it (plus some direct framework-to-framework mappings), like the real bundle but fifty times larger.
// Same seed, same catalog.
import { BASELINE_FRAMEWORK_ID, type Framework } from '../src/domain/frameworks/framework.js';
import type { Requirement } from '../src/domain/frameworks/requirement.js';
import { mappingId, type Mapping } from '../src/domain/crosswalk/mapping.js';
import type { Relationship } from '../src/domain/crosswalk/relationship.js';
import type { CrosswalkData } from '../src/domain/crosswalk/crosswalk-index.js';

export interface CatalogShape {
  /** All requirements, baseline items included. */
  requirements: number;
  mappings: number;
  seed: number;
  /** Frameworks including the baseline; default 50. */
  frameworks?: number;
  /** Baseline items; default 200. */
  baselineItems?: number;
  /** Share of mappings that point to the baseline; default 0.9. */
  hubShare?: number;
}

/** mulberry32: tiny, fast and good enough to spread benchmark data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Curated data leans to equivalent and subset; no-relationship is rare but present.
const RELATIONSHIP_WEIGHTS: [Relationship, number][] = [
  ['equivalent', 0.3],
  ['subset-of', 0.25],
  ['superset-of', 0.2],
  ['intersects-with', 0.2],
  ['no-relationship', 0.05],
];

function framework(id: string, shortName: string, kind: Framework['kind']): Framework {
  return {
    id,
    title: shortName,
    shortName,
    version: '1',
    kind,
    issuer: 'bench',
    organisation: 'bench',
    jurisdictions: ['INT'],
    publicationDate: null,
    status: 'in-force',
    scope: 'consumer',
    layers: ['device'],
    sourceUrl: 'https://example.org/',
    summary: 'Synthetic framework for benchmarks.',
    development: { stage: 'developed', multistakeholder: null, note: null },
    licence: { name: 'CC0', url: null, note: null },
    conditions: [],
    notes: [],
  };
}

function requirement(frameworkId: string, id: string, position: number): Requirement {
  return {
    frameworkId,
    id,
    title: `${frameworkId} ${id}`,
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
  };
}

export function generateCatalog(shape: CatalogShape): CrosswalkData {
  const rand = random(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const frameworkCount = shape.frameworks ?? 50;
  const hubSize = Math.min(shape.baselineItems ?? 200, shape.requirements);
  const hubShare = shape.hubShare ?? 0.9;

  const frameworks: Framework[] = [framework(BASELINE_FRAMEWORK_ID, 'Platform baseline', 'baseline')];
  const requirements: Requirement[] = [];
  for (let i = 0; i < hubSize; i++) requirements.push(requirement(BASELINE_FRAMEWORK_ID, `B-${i + 1}`, i));
  const others = Math.max(1, frameworkCount - 1);
  const leaves = shape.requirements - hubSize;
  for (let f = 0; f < others; f++) frameworks.push(framework(`fw-${f + 1}`, `FW ${f + 1}`, 'standard'));
  for (let i = 0; i < leaves; i++) {
    const f = i % others;
    requirements.push(requirement(`fw-${f + 1}`, `R-${Math.floor(i / others) + 1}`, Math.floor(i / others)));
  }
  const hub = requirements.slice(0, hubSize);
  const leaf = requirements.slice(hubSize);

  const mappings: Mapping[] = [];
  const seen = new Set<string>();
  const relationship = (): Relationship => {
    let r = rand();
    for (const [rel, weight] of RELATIONSHIP_WEIGHTS) if ((r -= weight) < 0) return rel;
    return 'equivalent';
  };
  const add = (source: Requirement, target: Requirement): void => {
    const endpoints = { sourceFrameworkId: source.frameworkId, sourceRequirementId: source.id, targetFrameworkId: target.frameworkId, targetRequirementId: target.id };
    const id = mappingId(endpoints);
    if (source === target || seen.has(id)) return;
    seen.add(id);
    mappings.push({
      id,
      ...endpoints,
      relationship: relationship(),
      strength: 1 + Math.floor(rand() * 10),
      rationale: 'synthetic',
      provenance: { source: 'bench', url: null, date: '2026-01-01' },
      origin: 'imported',
    });
  };

  // Like the real bundle, every framework requirement reaches the baseline at least once.
  if (hub.length > 0) for (const r of leaf) if (mappings.length < shape.mappings) add(r, pick(hub));
  // Duplicates are skipped, so bound the attempts: a tiny catalog may not have room for every mapping asked.
  for (let attempts = 0; mappings.length < shape.mappings && attempts < shape.mappings * 10; attempts++) {
    if (leaf.length === 0) break;
    const source = pick(leaf);
    if (hub.length > 0 && rand() < hubShare) add(source, pick(hub));
    else {
      const target = pick(leaf);
      if (target.frameworkId !== source.frameworkId) add(source, target);
    }
  }
  return { frameworks, requirements, mappings };
}
