// What every curation write shares, in one transaction: load the registry, apply the change in memory, refuse
// it if it breaks a rule the bundled data must also keep (src/domain/frameworks/catalog-integrity.ts: ids,
// dangling mappings, unknown conditions or parents...), then write, and for each changed entity append an
// audit entry, a history row (who, when, before, after) and a curation override (so the bundle loader leaves
// curated rows alone), and bump the data version so every cache of the registry refreshes.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkCatalogIntegrity, type CatalogData } from '../../domain/frameworks/catalog-integrity.js';
import { listFrameworks } from '../../db/repositories/frameworks.js';
import { listAllRequirements } from '../../db/repositories/requirements.js';
import { listMappings } from '../../db/repositories/mappings.js';
import { bumpDataVersion } from '../../db/repositories/meta.js';
import { insertHistory, type HistoryEntity } from '../../db/repositories/history.js';
import { writeOverride } from '../../db/repositories/curation-overrides.js';
import { appendAudit, auditActor } from '../audit.js';
import type { CommandContext } from '../context.js';
import { assertBaselineWriteAllowed, type BaselineAuthority } from '../governance/baseline-authority.js';

export interface CurationChange {
  entity: HistoryEntity;
  key: string;
  frameworkId: string;
  change: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

export interface Curation<T> {
  /** The registry as it would be after the change (checked before anything is written). */
  next: CatalogData;
  /** Writes the change through the repositories. */
  write(trx: Kysely<Database>, now: string): Promise<void>;
  changes: CurationChange[];
  result: T;
}

const NOT_BLOCKING = new Set(['unmapped-requirement']);

export interface CurateOptions {
  /** The adopted proposal a change to the published baseline comes from; without one such a change is refused. */
  authority?: BaselineAuthority;
}

export async function curate<T>(
  ctx: CommandContext,
  actor: Actor,
  plan: (current: CatalogData) => Curation<T> | Promise<Curation<T>>,
  options: CurateOptions = {},
): Promise<T> {
  return ctx.store.db.transaction().execute((trx) => curateIn(trx, ctx, actor, plan, options));
}

/** The same inside a transaction the caller owns (an adopted proposal's changes commit with its decision). */
export async function curateIn<T>(
  trx: Kysely<Database>,
  ctx: Pick<CommandContext, 'clock'>,
  actor: Actor | 'system',
  plan: (current: CatalogData) => Curation<T> | Promise<Curation<T>>,
  options: CurateOptions = {},
): Promise<T> {
  const [frameworks, requirements, mappings] = await Promise.all([listFrameworks(trx), listAllRequirements(trx), listMappings(trx)]);
  const current: CatalogData = { frameworks, requirements, mappings };
  const curation = await plan(current);
  const known = new Set(checkCatalogIntegrity(current).map((p) => `${p.code} ${p.subject}`));
  const introduced = checkCatalogIntegrity(curation.next).filter((p) => !NOT_BLOCKING.has(p.code) && !known.has(`${p.code} ${p.subject}`));
  if (introduced.length > 0) {
    throw new DomainError(
      'invalid_document',
      `The change breaks ${introduced.length} rule(s) of the registry; first: ${introduced[0]!.message}.`,
      introduced.slice(0, 20).map((p) => ({ pointer: p.subject, message: `${p.code}: ${p.message}` })),
    );
  }
  await assertBaselineWriteAllowed(trx, curation.changes, options.authority);
  const now = ctx.clock.now().toISOString();
  await curation.write(trx, now);
  // The data version before the audit entries: every writer takes the meta row, then the audit lock, in this
  // order (the bundle loader too), so two writers on PostgreSQL cannot deadlock.
  await bumpDataVersion(trx);
  for (const c of curation.changes) {
    const seq = await appendAudit(trx, ctx, { actor: auditActor(actor), action: `registry.${c.entity}.${c.change}`, subject: `${c.entity}:${c.key}`, payload: { frameworkId: c.frameworkId, ...(options.authority ? { proposalId: options.authority.proposalId } : {}) } });
    await insertHistory(trx, { auditSeq: seq, entity: c.entity, entityKey: c.key, frameworkId: c.frameworkId, change: c.change, actor: auditActor(actor), at: now, before: c.before ?? null, after: c.after ?? null });
    await writeOverride(trx, { entity: c.entity, entityKey: c.key, frameworkId: c.frameworkId, state: c.change === 'delete' ? 'deleted' : 'edited', updatedAt: now });
  }
  return curation.result;
}
