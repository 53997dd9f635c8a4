import type { Relationship } from './relationship.js';

export const STRENGTH_MIN = 1;
export const STRENGTH_MAX = 10;

/** Where a mapping came from: bundled data, a curator's edit, or an imported file. */
export const MAPPING_ORIGINS = ['bundled', 'curated', 'imported'] as const;
export type MappingOrigin = (typeof MAPPING_ORIGINS)[number];

export interface Provenance {
  /** Who made the mapping or which document states it ("iotspp curators", "SI 2023/1007 Schedule 2"). */
  source: string;
  url: string | null;
  /** YYYY-MM-DD */
  date: string;
}

export interface Mapping {
  /** Stable id: bundled mappings derive it from their endpoints, so re-loading the data is idempotent. */
  id: string;
  sourceFrameworkId: string;
  sourceRequirementId: string;
  targetFrameworkId: string;
  targetRequirementId: string;
  relationship: Relationship;
  /** 1 (weak, debatable) to 10 (certain, e.g. stated by law). */
  strength: number;
  /** One line, in our words: why the relationship holds. */
  rationale: string;
  provenance: Provenance;
  origin: MappingOrigin;
}

export function mappingId(m: Pick<Mapping, 'sourceFrameworkId' | 'sourceRequirementId' | 'targetFrameworkId' | 'targetRequirementId'>): string {
  return `${m.sourceFrameworkId}:${m.sourceRequirementId}->${m.targetFrameworkId}:${m.targetRequirementId}`;
}
