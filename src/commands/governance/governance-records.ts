// Records the Platform holds from before this software, loaded at every start (after the bundled catalogs)
// and written once: the joint statement of 14 November 2019, adopted and published with its historical date
// (data/governance/), and the version of the baseline the bundle shipped. A baseline arriving in the bundle
// is the one change to the published baseline that no proposal of this instance made: it is recorded as a
// version of source "bundle", naming the bundle and docs/baseline-changes.md, where the proposals behind it
// are listed for the members to enter and vote on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../catalogs/bundle-paths.js';
import { BASELINE_FRAMEWORK_ID } from '../../domain/frameworks/framework.js';
import { findFramework } from '../../db/repositories/frameworks.js';
import { readMeta } from '../../db/repositories/meta.js';
import { findStatement, insertStatement, insertStatementVersion } from '../../db/repositories/statements.js';
import { findBaselineVersion, insertBaselineVersion } from '../../db/repositories/baseline-versions.js';
import { appendAudit } from '../audit.js';
import type { CommandContext } from '../context.js';

interface StatementRecord {
  statement: { id: string; title: string; adoptedOn: string; recordNote: string; paragraphs: string[] };
}

export const HISTORICAL_STATEMENT_FILE = join(DATA_DIR, 'governance', 'platform-statement-2019-11-14.json');

export async function loadGovernanceRecords(ctx: CommandContext, file = HISTORICAL_STATEMENT_FILE): Promise<{ statement: boolean; baselineVersion: string | null }> {
  const record = (JSON.parse(readFileSync(file, 'utf8')) as StatementRecord).statement;
  return ctx.store.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    let statement = false;
    if (!(await findStatement(trx, record.id))) {
      statement = true;
      await insertStatement(trx, {
        id: record.id,
        title: record.title,
        visibility: 'public',
        status: 'adopted',
        createdBy: 'system',
        createdFor: null,
        createdAt: now,
        currentVersion: 1,
        adoptedVersion: 1,
        adoptedOn: record.adoptedOn,
        proposalId: null,
        recordNote: record.recordNote,
      });
      const paragraphs = record.paragraphs.map((text, i) => ({ id: `p${i + 1}`, text }));
      await insertStatementVersion(trx, { statementId: record.id, version: 1, title: record.title, paragraphs, note: 'As published on 14 November 2019.', createdBy: 'system', createdAt: now });
      await appendAudit(trx, ctx, { actor: 'system', action: 'governance.statement.record', subject: `statement:${record.id}`, payload: { adoptedOn: record.adoptedOn, paragraphs: paragraphs.length } });
    }
    let baselineVersion: string | null = null;
    const baseline = await findFramework(trx, BASELINE_FRAMEWORK_ID);
    if (baseline && baseline.origin === 'bundled' && !(await findBaselineVersion(trx, baseline.version))) {
      const bundleVersion = (await readMeta(trx, 'bundle_version')) ?? null;
      baselineVersion = baseline.version;
      await insertBaselineVersion(trx, {
        version: baseline.version,
        recordedAt: now,
        source: 'bundle',
        proposalId: null,
        bundleVersion,
        changes: [],
        note: `Shipped with the software in bundle ${bundleVersion ?? '(unknown)'}; the proposals behind it are recorded in docs/baseline-changes.md for the members to enter and vote on.`,
      });
      await appendAudit(trx, ctx, { actor: 'system', action: 'governance.baseline.bundled', subject: `framework:${BASELINE_FRAMEWORK_ID}`, payload: { version: baseline.version, bundleVersion } });
    }
    return { statement, baselineVersion };
  });
}
