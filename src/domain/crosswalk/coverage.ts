// Coverage: for each baseline item, which frameworks reach it and through which of their requirements. Only
// stated mappings to or from the baseline count here: coverage is what curators and publications assert, not
// what the graph implies.
import type { CrosswalkIndex } from './crosswalk-index.js';
import { compareKeys, type PathRelationship } from './path.js';
import { inverseRelationship } from './relationship.js';

export interface CoveringRequirement {
  requirement: string;
  requirementId: string;
  /** Read "framework requirement RELATIONSHIP baseline item". */
  relationship: PathRelationship;
  strength: number;
  mappingId: string;
  /** The requirement asks at least what the item asks (equivalent or superset-of); otherwise partial. */
  full: boolean;
  /** Organisations the source credits with the practice (PETRAS Table 2); empty for most frameworks. */
  organisations: string[];
}

export interface FrameworkCoverage {
  frameworkId: string;
  /** Some requirement of the framework covers the item fully. */
  full: boolean;
  requirements: CoveringRequirement[];
}

export interface OrganisationCoverage {
  organisation: string;
  /** Keys of the requirements that credit the organisation and cover the item. */
  requirements: string[];
  full: boolean;
}

export interface BaselineItemCoverage {
  item: string;
  requirementId: string;
  title: string;
  /** Covering frameworks, by framework id. */
  frameworks: FrameworkCoverage[];
  /** One row of the baseline item x organisation heatmap, by organisation name. */
  organisations: OrganisationCoverage[];
}

export interface BaselineCoverage {
  baselineId: string;
  /** Baseline items in catalog order. */
  items: BaselineItemCoverage[];
  /** Every organisation named by a covering requirement: the heatmap's columns, sorted. */
  organisations: string[];
}

function isFull(relationship: PathRelationship): boolean {
  return relationship === 'equivalent' || relationship === 'superset-of';
}

/** Full beats partial, then the stronger mapping: what we keep when one pair is mapped twice. */
function better(a: CoveringRequirement, b: CoveringRequirement): boolean {
  return a.full !== b.full ? a.full : a.strength > b.strength;
}

function coverItem(index: CrosswalkIndex, node: number): BaselineItemCoverage {
  const byRequirement = new Map<number, CoveringRequirement>();
  for (const edge of index.edges[node]!) {
    const other = index.requirements[edge.to]!;
    if (edge.relationship === 'no-relationship' || other.frameworkId === index.baselineId) continue;
    // The edge reads "baseline item R requirement"; coverage speaks from the requirement's side.
    const relationship = inverseRelationship(edge.relationship) as PathRelationship;
    const candidate: CoveringRequirement = {
      requirement: index.keys[edge.to]!,
      requirementId: other.id,
      relationship,
      strength: edge.strength,
      mappingId: edge.mapping.id,
      full: isFull(relationship),
      organisations: [...other.organisations],
    };
    const kept = byRequirement.get(edge.to);
    if (!kept || better(candidate, kept)) byRequirement.set(edge.to, candidate);
  }

  const byFramework = new Map<string, FrameworkCoverage>();
  const byOrganisation = new Map<string, OrganisationCoverage>();
  for (const [covering, c] of byRequirement) {
    const frameworkId = index.requirements[covering]!.frameworkId;
    let f = byFramework.get(frameworkId);
    if (!f) byFramework.set(frameworkId, (f = { frameworkId, full: false, requirements: [] }));
    f.requirements.push(c);
    f.full ||= c.full;
    for (const organisation of c.organisations) {
      let o = byOrganisation.get(organisation);
      if (!o) byOrganisation.set(organisation, (o = { organisation, requirements: [], full: false }));
      if (!o.requirements.includes(c.requirement)) o.requirements.push(c.requirement);
      o.full ||= c.full;
    }
  }
  for (const f of byFramework.values()) f.requirements.sort((a, b) => compareKeys(a.requirement, b.requirement));
  for (const o of byOrganisation.values()) o.requirements.sort(compareKeys);

  const item = index.requirements[node]!;
  return {
    item: index.keys[node]!,
    requirementId: item.id,
    title: item.title,
    frameworks: [...byFramework.values()].sort((a, b) => compareKeys(a.frameworkId, b.frameworkId)),
    organisations: [...byOrganisation.values()].sort((a, b) => compareKeys(a.organisation, b.organisation)),
  };
}

/** Coverage of every baseline item. */
export function baselineCoverage(index: CrosswalkIndex): BaselineCoverage {
  const items = index.frameworkNodes(index.baselineId).map((node) => coverItem(index, node));
  const organisations = new Set<string>();
  for (const item of items) for (const o of item.organisations) organisations.add(o.organisation);
  return { baselineId: index.baselineId, items, organisations: [...organisations].sort(compareKeys) };
}

/** Coverage of one baseline item; null when the key is not a requirement of the baseline. */
export function baselineItemCoverage(index: CrosswalkIndex, key: string): BaselineItemCoverage | null {
  const node = index.node(key);
  if (node === undefined || index.requirements[node]!.frameworkId !== index.baselineId) return null;
  return coverItem(index, node);
}
