// iotspp mappings compare: our crosswalk (stated and inferred) measured against a published mapping file.
import { DomainError } from '../domain/errors.js';
import { adaptPublishedMapping } from '../domain/crosswalk/published/formats/index.js';
import { registryViewOf } from '../domain/crosswalk/published/publication.js';
import { comparePublication, type Comparison, type ComparedPair, type ExtraPair, type OurRelation } from '../domain/crosswalk/published/compare.js';
import { explainPath, indexLookup } from '../domain/crosswalk/explain-path.js';
import type { CrosswalkIndex } from '../domain/crosswalk/crosswalk-index.js';
import { loadCrosswalk } from './crosswalk-index.js';
import { memoize } from './registry-snapshot.js';
import type { CommandContext } from './context.js';

export interface OurRelationOut {
  relationship: OurRelation['relationship'];
  stated: boolean;
  strength: number;
  mappingId: string | null;
  /** The stated mapping or the best inferred path, in words; null for a stated no-relationship. */
  path: string | null;
  /** The path's hops as requirement keys, so a reader can follow it. */
  hops: { from: string; to: string; relationship: string; strength: number }[];
}

export interface ComparedPairOut extends Omit<ComparedPair, 'ours'> {
  ours: OurRelationOut | null;
}

export interface ExtraPairOut extends Omit<ExtraPair, 'ours'> {
  ours: OurRelationOut;
}

export interface PublishedComparisonAnswer extends Omit<Comparison, 'publication' | 'agreements' | 'contradictions' | 'missed' | 'extra'> {
  format: string;
  title: string;
  /** The file's provenance block, as the file gives it. */
  provenance: unknown;
  hubBased: boolean;
  relations: number;
  outOfScope: number;
  outOfScopeRelations: Comparison['publication']['outOfScope'];
  notes: string[];
  bundleVersion: string | null;
  dataVersion: number;
  agreements: ComparedPairOut[];
  contradictions: ComparedPairOut[];
  missed: ComparedPairOut[];
  extra: ExtraPairOut[];
}

function present(index: CrosswalkIndex, ours: OurRelation): OurRelationOut {
  return {
    relationship: ours.relationship,
    stated: ours.stated,
    strength: ours.strength,
    mappingId: ours.mappingId,
    path: ours.path ? explainPath(ours.path, indexLookup(index)).sentence : null,
    hops: (ours.path?.hops ?? []).map((h) => ({ from: h.from, to: h.to, relationship: h.relationship, strength: h.strength })),
  };
}

/** Parses the file's text; anything but JSON is an invalid document (exit 4 from the CLI). */
export function parsePublishedMapping(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DomainError('invalid_document', `the published mapping file is not valid JSON (${(e as Error).message})`);
  }
}

export async function comparePublishedMappingCommand(ctx: Pick<CommandContext, 'store'>, fileText: string): Promise<PublishedComparisonAnswer> {
  const file = parsePublishedMapping(fileText);
  const c = await loadCrosswalk(ctx.store);
  const view = memoize(c.snapshot, 'registry-view', () => registryViewOf(c.index));
  const publication = adaptPublishedMapping(file, view);
  const { publication: p, agreements, contradictions, missed, extra, ...figures } = comparePublication(c.index, publication);
  const pair = ({ ours, ...rest }: ComparedPair): ComparedPairOut => ({ ...rest, ours: ours ? present(c.index, ours) : null });
  return {
    format: p.format,
    title: p.title,
    provenance: p.provenance,
    hubBased: p.hubBased,
    relations: p.relations,
    ...figures,
    outOfScope: p.outOfScope.length,
    outOfScopeRelations: p.outOfScope,
    notes: p.notes,
    bundleVersion: c.snapshot.bundleVersion,
    dataVersion: c.snapshot.dataVersion,
    agreements: agreements.map(pair),
    contradictions: contradictions.map(pair),
    missed: missed.map(pair),
    extra: extra.map((e) => ({ ...e, ours: present(c.index, e.ours) })),
  };
}
