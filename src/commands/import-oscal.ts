// iotspp import / POST /api/import: an OSCAL catalog becomes a framework, an OSCAL mapping collection becomes
// mappings. The file is checked whole (JSON, official schema, our rules, and every mapping end exists) before
// anything is written, and then written in one transaction: an invalid file writes nothing.
import { DomainError } from '../domain/errors.js';
import { requirementKey } from '../domain/frameworks/requirement.js';
import type { Mapping } from '../domain/crosswalk/mapping.js';
import { parseOscalFile } from '../oscal-io/parse-oscal-file.js';
import { findFramework, upsertFramework } from '../db/repositories/frameworks.js';
import { replaceRequirements } from '../db/repositories/requirements.js';
import { findMapping, upsertMappings } from '../db/repositories/mappings.js';
import { bumpDataVersion } from '../db/repositories/meta.js';
import { registrySnapshot } from './registry-snapshot.js';
import type { CommandContext } from './context.js';
import type { Actor } from '../domain/access/actor.js';
import { appendAudit, auditActor } from './audit.js';
import { assertNoBaselineWrite } from './governance/baseline-authority.js';

export type ImportResult =
  | { kind: 'catalog'; frameworkId: string; requirements: number; replaced: boolean }
  | { kind: 'mapping-collection'; mappings: number; unchanged: number };

export interface ImportOptions {
  /** Replace a framework that already exists (its requirements and the mappings to removed ones go). */
  replace?: boolean;
  /** Store the catalog under this framework id instead of the one it names. */
  frameworkId?: string;
  /** Who imports, for the audit log: the signed-in user, or the CLI operator. */
  actor?: Actor | 'cli';
}

function lastModifiedOf(text: string, root: 'catalog' | 'mapping-collection'): string | undefined {
  const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, { metadata?: { 'last-modified'?: string } }>;
  const value = doc[root]?.metadata?.['last-modified'];
  return value ? new Date(value).toISOString() : undefined;
}

export async function importOscalCommand(ctx: CommandContext, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseOscalFile(text, { frameworkId: options.frameworkId });
  if (parsed.kind === 'invalid') {
    throw new DomainError('invalid_document', `The file was rejected, nothing was written: ${parsed.errors[0]?.pointer} ${parsed.errors[0]?.message}`, parsed.errors);
  }
  const db = ctx.store.db;
  if (parsed.kind === 'catalog') {
    const id = parsed.framework.id;
    assertNoBaselineWrite([{ entity: 'framework', key: id, frameworkId: id }], 'an OSCAL import');
    const existing = await findFramework(db, id);
    if (existing && !options.replace) {
      throw new DomainError('already_exists', `Framework "${id}" already exists; import with --replace (API: ?replace=true) to replace it, or under another id.`);
    }
    const when = lastModifiedOf(text, 'catalog') ?? ctx.clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await upsertFramework(trx, parsed.framework, 'imported', when);
      await replaceRequirements(trx, id, parsed.requirements);
      await bumpDataVersion(trx);
      await appendAudit(trx, ctx, {
        actor: auditActor(options.actor ?? 'cli'),
        action: 'registry.import-catalog',
        subject: `framework:${id}`,
        payload: { requirements: parsed.requirements.length, replaced: Boolean(existing) },
      });
    });
    return { kind: 'catalog', frameworkId: id, requirements: parsed.requirements.length, replaced: Boolean(existing) };
  }

  assertNoBaselineWrite(parsed.mappings.map((m) => ({ entity: 'mapping', key: m.id, frameworkId: m.sourceFrameworkId })), 'an OSCAL import');
  const snapshot = await registrySnapshot(ctx.store);
  const known = new Set(snapshot.requirements.map((r) => requirementKey(r.frameworkId, r.id)));
  const dangling = parsed.mappings.flatMap((m, i) =>
    [requirementKey(m.sourceFrameworkId, m.sourceRequirementId), requirementKey(m.targetFrameworkId, m.targetRequirementId)]
      .filter((k) => !known.has(k))
      .map((k) => ({ pointer: `/mapping-collection/mappings (map ${i + 1})`, message: `requirement ${k} is not in the registry` })),
  );
  if (dangling.length > 0) {
    throw new DomainError('invalid_document', `The file was rejected, nothing was written: ${dangling[0]!.message}; import its catalog first.`, dangling.slice(0, 20));
  }
  const when = lastModifiedOf(text, 'mapping-collection') ?? ctx.clock.now().toISOString();
  const changed: Mapping[] = [];
  let unchanged = 0;
  for (const m of parsed.mappings) {
    const current = await findMapping(db, m.id);
    if (current && JSON.stringify(current) === JSON.stringify(m)) unchanged += 1;
    // Only the bundle loader writes bundled rows: anything else arriving from a file is an import.
    else changed.push(m.origin === 'bundled' ? { ...m, origin: 'imported' } : m);
  }
  if (changed.length > 0) {
    await db.transaction().execute(async (trx) => {
      await upsertMappings(trx, changed, when);
      await bumpDataVersion(trx);
      await appendAudit(trx, ctx, {
        actor: auditActor(options.actor ?? 'cli'),
        action: 'registry.import-mappings',
        subject: `mappings:${[...new Set(changed.map((m) => m.sourceFrameworkId))].sort().join(',')}`,
        payload: { mappings: changed.length, unchanged },
      });
    });
  }
  return { kind: 'mapping-collection', mappings: changed.length, unchanged };
}
