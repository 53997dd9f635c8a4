// Filtering and summarising frameworks for the registry list: plain data in, plain data out.
import type { Framework, FrameworkLayer, FrameworkScope, FrameworkStatus, FrameworkKind } from './framework.js';
import { LEVELS, type Level, type Requirement } from './requirement.js';

export interface FrameworkFilter {
  jurisdiction?: string[];
  scope?: FrameworkScope[];
  layer?: FrameworkLayer[];
  status?: FrameworkStatus[];
  kind?: FrameworkKind[];
  /** Words that must all appear in the id, titles, issuer or organisation. */
  search?: string;
}

export function matchesFilter(f: Framework, filter: FrameworkFilter): boolean {
  if (filter.jurisdiction?.length && !f.jurisdictions.some((j) => filter.jurisdiction!.includes(j))) return false;
  if (filter.scope?.length && !filter.scope.includes(f.scope)) return false;
  if (filter.layer?.length && !f.layers.some((l) => filter.layer!.includes(l))) return false;
  if (filter.status?.length && !filter.status.includes(f.status)) return false;
  if (filter.kind?.length && !filter.kind.includes(f.kind)) return false;
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const text = [f.id, f.title, f.shortName, f.issuer, f.organisation].join(' ').toLowerCase();
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export type LevelCounts = Record<Level, number>;

export function countByLevel(requirements: Requirement[]): LevelCounts {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as LevelCounts;
  for (const r of requirements) counts[r.level] += 1;
  return counts;
}
