// Curators add, replace and delete requirements, in the catalog file format of a requirement.
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { requirementKey, type Requirement } from '../../domain/frameworks/requirement.js';
import type { CatalogRequirementEntry } from '../../schemas/catalog-file.js';
import { deleteRequirement, upsertRequirement } from '../../db/repositories/requirements.js';
import type { CommandContext } from '../context.js';
import { curate } from './curate.js';
import { assertSchema, requirementFromEntry, validRequirement } from './framework-curation.js';

export async function saveRequirement(
  ctx: CommandContext,
  actor: Actor,
  frameworkId: string,
  entry: CatalogRequirementEntry,
  mode: 'create' | 'replace',
): Promise<Requirement> {
  assertSchema(validRequirement, entry, 'body');
  return curate(ctx, actor, (current) => {
    if (!current.frameworks.some((f) => f.id === frameworkId)) throw new DomainError('framework_not_found', `No framework "${frameworkId}".`);
    const siblings = current.requirements.filter((r) => r.frameworkId === frameworkId);
    const before = siblings.find((r) => r.id === entry.id) ?? null;
    if (mode === 'create' && before) throw new DomainError('already_exists', `Framework "${frameworkId}" already has requirement "${entry.id}".`);
    if (mode === 'replace' && !before) throw new DomainError('requirement_not_found', `Framework "${frameworkId}" has no requirement "${entry.id}".`);
    const position = before?.position ?? Math.max(-1, ...siblings.map((r) => r.position)) + 1;
    const after = requirementFromEntry(frameworkId, entry, position);
    const key = requirementKey(frameworkId, entry.id);
    return {
      next: { ...current, requirements: before ? current.requirements.map((r) => (r === before ? after : r)) : [...current.requirements, after] },
      write: (trx) => upsertRequirement(trx, after),
      changes: [{ entity: 'requirement', key, frameworkId, change: before ? 'update' : 'create', before, after }],
      result: after,
    };
  });
}

export async function removeRequirement(ctx: CommandContext, actor: Actor, frameworkId: string, requirementId: string): Promise<void> {
  await curate(ctx, actor, (current) => {
    const before = current.requirements.find((r) => r.frameworkId === frameworkId && r.id === requirementId);
    if (!before) throw new DomainError('requirement_not_found', `Framework "${frameworkId}" has no requirement "${requirementId}".`);
    const key = requirementKey(frameworkId, requirementId);
    const touches = (m: { sourceFrameworkId: string; sourceRequirementId: string; targetFrameworkId: string; targetRequirementId: string }) =>
      requirementKey(m.sourceFrameworkId, m.sourceRequirementId) === key || requirementKey(m.targetFrameworkId, m.targetRequirementId) === key;
    return {
      next: { ...current, requirements: current.requirements.filter((r) => r !== before), mappings: current.mappings.filter((m) => !touches(m)) },
      write: (trx) => deleteRequirement(trx, frameworkId, requirementId),
      changes: [{ entity: 'requirement', key, frameworkId, change: 'delete', before: { requirement: before, mappings: current.mappings.filter(touches) }, after: null }],
      result: undefined,
    };
  });
}
