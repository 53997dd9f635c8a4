// Curators create, edit and delete frameworks. Framework facts follow the catalog file format
// (src/schemas/catalog-file.ts), checked with the same schema the bundled files are.
import { Ajv, type ValidateFunction } from 'ajv';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import type { Framework } from '../../domain/frameworks/framework.js';
import { requirementKey, type Requirement } from '../../domain/frameworks/requirement.js';
import { CatalogFrameworkSchema, CatalogRequirementSchema, type CatalogRequirementEntry } from '../../schemas/catalog-file.js';
import { toSchemaErrors } from '../../validation/schema-errors.js';
import { deleteFramework, upsertFramework, type StoredFramework } from '../../db/repositories/frameworks.js';
import { upsertRequirement } from '../../db/repositories/requirements.js';
import type { CommandContext } from '../context.js';
import { curate, type CurationChange } from './curate.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validFramework = ajv.compile(CatalogFrameworkSchema);
export const validRequirement = ajv.compile(CatalogRequirementSchema);

export type FrameworkFacts = Omit<Framework, 'conditions' | 'notes'> & Partial<Pick<Framework, 'conditions' | 'notes'>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any compiled schema
export function assertSchema(validate: ValidateFunction<any>, value: unknown, where: string): void {
  if (!validate(value)) {
    const errors = toSchemaErrors(validate.errors);
    throw new DomainError('validation_failed', `${where}${errors[0]?.pointer ?? ''} ${errors[0]?.message ?? 'is invalid'}`, errors.map((e) => ({ pointer: `${where}${e.pointer}`, message: e.message })));
  }
}

function facts(f: FrameworkFacts): Framework {
  return { ...f, conditions: f.conditions ?? [], notes: f.notes ?? [] };
}

function withoutStorage(f: StoredFramework): Framework {
  const { origin: _o, updatedAt: _u, ...rest } = f;
  return rest;
}

export function requirementFromEntry(frameworkId: string, e: CatalogRequirementEntry, position: number): Requirement {
  return {
    frameworkId,
    id: e.id,
    title: e.title,
    summary: e.summary,
    level: e.level,
    group: e.group,
    tags: e.tags ?? [],
    conditions: e.conditions ?? [],
    sourceUrl: e.sourceUrl ?? null,
    officialRef: e.officialRef ?? null,
    verification: e.verification ?? 'unverified',
    verificationNote: e.verificationNote ?? null,
    organisations: e.organisations ?? [],
    footnotes: e.footnotes ?? [],
    assuranceLevels: e.assuranceLevels ?? [],
    parentId: e.parentId ?? null,
    position,
  };
}

export async function createFramework(ctx: CommandContext, actor: Actor, input: FrameworkFacts, entries: CatalogRequirementEntry[] = []): Promise<Framework> {
  assertSchema(validFramework, input, 'body/framework');
  const framework = facts(input);
  const requirements = entries.map((e, i) => requirementFromEntry(framework.id, e, i));
  return curate(ctx, actor, (current) => {
    if (current.frameworks.some((f) => f.id === framework.id)) throw new DomainError('already_exists', `Framework "${framework.id}" already exists.`);
    const changes: CurationChange[] = [
      { entity: 'framework', key: framework.id, frameworkId: framework.id, change: 'create', before: null, after: framework },
      ...requirements.map((r) => ({ entity: 'requirement' as const, key: requirementKey(r.frameworkId, r.id), frameworkId: r.frameworkId, change: 'create' as const, before: null, after: r })),
    ];
    return {
      next: { ...current, frameworks: [...current.frameworks, framework], requirements: [...current.requirements, ...requirements] },
      write: async (trx, now) => {
        await upsertFramework(trx, framework, 'curated', now);
        for (const r of requirements) await upsertRequirement(trx, r);
      },
      changes,
      result: framework,
    };
  });
}

export async function updateFramework(ctx: CommandContext, actor: Actor, id: string, patch: Partial<FrameworkFacts>): Promise<Framework> {
  return curate(ctx, actor, (current) => {
    const stored = current.frameworks.find((f) => f.id === id) as StoredFramework | undefined;
    if (!stored) throw new DomainError('framework_not_found', `No framework "${id}".`);
    const before = withoutStorage(stored);
    const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), id };
    assertSchema(validFramework, merged, 'body');
    const after = facts(merged as FrameworkFacts);
    return {
      next: { ...current, frameworks: current.frameworks.map((f) => (f.id === id ? after : f)) },
      write: (trx, now) => upsertFramework(trx, after, 'curated', now),
      changes: [{ entity: 'framework', key: id, frameworkId: id, change: 'update', before, after }],
      result: after,
    };
  });
}

export async function removeFramework(ctx: CommandContext, actor: Actor, id: string): Promise<void> {
  await curate(ctx, actor, (current) => {
    const stored = current.frameworks.find((f) => f.id === id) as StoredFramework | undefined;
    if (!stored) throw new DomainError('framework_not_found', `No framework "${id}".`);
    const touches = (m: { sourceFrameworkId: string; targetFrameworkId: string }) => m.sourceFrameworkId === id || m.targetFrameworkId === id;
    const before = {
      framework: withoutStorage(stored),
      requirements: current.requirements.filter((r) => r.frameworkId === id),
      mappings: current.mappings.filter(touches),
    };
    return {
      next: {
        frameworks: current.frameworks.filter((f) => f.id !== id),
        requirements: current.requirements.filter((r) => r.frameworkId !== id),
        mappings: current.mappings.filter((m) => !touches(m)),
      },
      write: async (trx) => {
        await deleteFramework(trx, id);
      },
      changes: [{ entity: 'framework', key: id, frameworkId: id, change: 'delete', before, after: null }],
      result: undefined,
    };
  });
}
