// Curators state, correct and withdraw mappings. A mapping's id follows from its two ends, as for bundled
// mappings, so one relation between two requirements is stated once.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { parseRequirementKey } from '../../domain/frameworks/requirement.js';
import { mappingId, type Mapping, type Provenance } from '../../domain/crosswalk/mapping.js';
import type { Relationship } from '../../domain/crosswalk/relationship.js';
import { deleteMapping, upsertMappings } from '../../db/repositories/mappings.js';
import type { CommandContext } from '../context.js';
import { curate } from './curate.js';

export interface MappingInput {
  source: string;
  target: string;
  relationship: Relationship;
  strength: number;
  rationale: string;
  provenance?: Provenance;
}

export type MappingPatch = Partial<Pick<MappingInput, 'relationship' | 'strength' | 'rationale' | 'provenance'>>;

function curatorsProvenance(now: Date): Provenance {
  return { source: 'iotspp curators', url: null, date: now.toISOString().slice(0, 10) };
}

export async function createMapping(ctx: CommandContext, actor: Actor, input: MappingInput): Promise<Mapping> {
  const source = parseRequirementKey(input.source);
  const target = parseRequirementKey(input.target);
  if (!source || !target) throw new DomainError('validation_failed', 'source and target are "framework-id:requirement-id".');
  const ends = { sourceFrameworkId: source.frameworkId, sourceRequirementId: source.requirementId, targetFrameworkId: target.frameworkId, targetRequirementId: target.requirementId };
  const mapping: Mapping = {
    id: mappingId(ends),
    ...ends,
    relationship: input.relationship,
    strength: input.strength,
    rationale: input.rationale.trim(),
    provenance: input.provenance ?? curatorsProvenance(ctx.clock.now()),
    origin: 'curated',
  };
  return curate(ctx, actor, (current) => {
    if (current.mappings.some((m) => m.id === mapping.id)) throw new DomainError('already_exists', `The mapping ${mapping.id} already exists; change it with PATCH.`);
    return {
      next: { ...current, mappings: [...current.mappings, mapping] },
      write: (trx, now) => upsertMappings(trx, [mapping], now),
      changes: [{ entity: 'mapping', key: mapping.id, frameworkId: mapping.sourceFrameworkId, change: 'create', before: null, after: mapping }],
      result: mapping,
    };
  });
}

export async function updateMapping(ctx: CommandContext, actor: Actor, id: string, patch: MappingPatch): Promise<Mapping> {
  return curate(ctx, actor, (current) => {
    const before = current.mappings.find((m) => m.id === id);
    if (!before) throw new DomainError('mapping_not_found', `No mapping "${id}".`);
    const after: Mapping = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      rationale: (patch.rationale ?? before.rationale).trim(),
      origin: 'curated',
    };
    return {
      next: { ...current, mappings: current.mappings.map((m) => (m === before ? after : m)) },
      write: (trx, now) => upsertMappings(trx, [after], now),
      changes: [{ entity: 'mapping', key: id, frameworkId: before.sourceFrameworkId, change: 'update', before, after }],
      result: after,
    };
  });
}

export async function removeMapping(ctx: CommandContext, actor: Actor, id: string): Promise<void> {
  await curate(ctx, actor, (current) => {
    const before = current.mappings.find((m) => m.id === id);
    if (!before) throw new DomainError('mapping_not_found', `No mapping "${id}".`);
    return {
      next: { ...current, mappings: current.mappings.filter((m) => m !== before) },
      write: (trx) => deleteMapping(trx, id),
      changes: [{ entity: 'mapping', key: id, frameworkId: before.sourceFrameworkId, change: 'delete', before, after: null }],
      result: undefined,
    };
  });
}
