// Changing the baseline. The published baseline is the catalog of the framework `platform-baseline`: its
// facts, its baseline items and the mappings stated from them. Only an adopted proposal changes it; each
// adoption makes a new version, numbered by what changed (semantic versioning, read for a catalog):
// removing an item breaks anyone who relied on it (major), adding or rewording one is a minor version,
// changing only mappings a patch. Mappings from other frameworks to baseline items describe those frameworks
// and stay with the curators; a proposal may still state or correct them, and adoption writes them.

import { BASELINE_FRAMEWORK_ID } from '../frameworks/framework.js';

export const BASELINE_CHANGE_OPS = ['add-item', 'change-item', 'remove-item', 'add-mapping', 'change-mapping', 'remove-mapping'] as const;
export type BaselineChangeOp = (typeof BASELINE_CHANGE_OPS)[number];

/** A baseline item as the catalog file format states a requirement (validated against that schema). */
export type ItemEntry = Record<string, unknown> & { id: string };

export interface MappingEntry {
  source: string;
  target: string;
  relationship: string;
  strength: number;
  rationale: string;
}

export type BaselineChange =
  | { op: 'add-item'; item: ItemEntry }
  | { op: 'change-item'; item: ItemEntry }
  | { op: 'remove-item'; itemId: string }
  | { op: 'add-mapping'; mapping: MappingEntry }
  | { op: 'change-mapping'; mappingId: string; patch: Partial<Pick<MappingEntry, 'relationship' | 'strength' | 'rationale'>> }
  | { op: 'remove-mapping'; mappingId: string };

export const MAX_BASELINE_CHANGES = 100;

/** A registry write as the curation commands describe it: which framework's catalog it belongs to. */
export interface RegistryWrite {
  entity: string;
  key: string;
  frameworkId: string;
}

/** The writes that change the published baseline (and so need an adopted proposal). */
export function baselineWrites<T extends RegistryWrite>(writes: readonly T[]): T[] {
  return writes.filter((w) => w.frameworkId === BASELINE_FRAMEWORK_ID);
}

export function parseVersion(version: string): [number, number, number] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function nextBaselineVersion(current: string, changes: readonly BaselineChange[]): string {
  const [major, minor, patch] = parseVersion(current) ?? [1, 0, 0];
  if (changes.some((c) => c.op === 'remove-item')) return `${major + 1}.0.0`;
  if (changes.some((c) => c.op === 'add-item' || c.op === 'change-item')) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** What a change touches: "item:B-AUTH-1" or "mapping:<id>" ("<source>-><target>" for a new mapping). */
export function changeKey(c: BaselineChange): string {
  switch (c.op) {
    case 'add-item':
    case 'change-item':
      return `item:${c.item.id}`;
    case 'remove-item':
      return `item:${c.itemId}`;
    case 'add-mapping':
      return `mapping:${c.mapping.source}->${c.mapping.target}`;
    case 'change-mapping':
    case 'remove-mapping':
      return `mapping:${c.mappingId}`;
  }
}

/** Problems a list of changes has on its own (before it meets the registry). */
export function checkChangeList(changes: readonly BaselineChange[]): string[] {
  const problems: string[] = [];
  if (changes.length === 0) problems.push('a baseline proposal changes at least one item or mapping');
  if (changes.length > MAX_BASELINE_CHANGES) problems.push(`a baseline proposal makes at most ${MAX_BASELINE_CHANGES} changes`);
  const touched = new Set<string>();
  changes.forEach((c, i) => {
    const key = changeKey(c);
    if (touched.has(key)) problems.push(`change ${i + 1} touches ${key} again; one change per item or mapping`);
    touched.add(key);
  });
  return problems;
}
