// Reading statements. An adopted statement is published: everyone reads its adopted text. The drafting (every
// version, the current text of a draft, the comments on paragraphs) is for those the statement's visibility
// admits; anyone else does not learn a draft exists.
import { DomainError } from '../../domain/errors.js';
import { canSee, type Viewer } from '../../domain/governance/visibility.js';
import { findStatement, listStatementComments, listStatementVersions, listStatements, type Statement, type StatementComment, type StatementVersion } from '../../db/repositories/statements.js';
import type { CommandContext } from '../context.js';
import { organisationNames, personNames } from './names.js';

type Ctx = Pick<CommandContext, 'store'>;

export interface StatementView {
  statement: Statement;
  /** drafting: the viewer sees the drafting; published: only the adopted text. */
  access: 'drafting' | 'published';
  /** The text shown: the adopted version to the public, the current version to drafters. */
  version: StatementVersion;
  adopted: StatementVersion | null;
  versions: { version: number; title: string; createdAt: string; note: string | null }[];
  commentCounts: Record<string, number>;
}

function accessTo(viewer: Viewer, s: Statement): StatementView['access'] | null {
  if (canSee(viewer, s.visibility)) return 'drafting';
  return s.status === 'adopted' && s.adoptedVersion !== null ? 'published' : null;
}

export async function visibleStatements(ctx: Ctx, viewer: Viewer): Promise<{ statement: Statement; access: StatementView['access'] }[]> {
  return (await listStatements(ctx.store.db)).flatMap((s) => {
    const access = accessTo(viewer, s);
    return access ? [{ statement: s, access }] : [];
  });
}

async function load(ctx: Ctx, viewer: Viewer, id: string): Promise<{ statement: Statement; access: StatementView['access'] }> {
  const statement = await findStatement(ctx.store.db, id);
  const access = statement ? accessTo(viewer, statement) : null;
  if (!statement || access === null) throw new DomainError('statement_not_found', `No statement "${id}".`);
  return { statement, access };
}

export async function statementView(ctx: Ctx, viewer: Viewer, id: string): Promise<StatementView> {
  const { statement, access } = await load(ctx, viewer, id);
  const versions = await listStatementVersions(ctx.store.db, statement.id);
  const adopted = statement.adoptedVersion !== null ? (versions.find((v) => v.version === statement.adoptedVersion) ?? null) : null;
  const version = access === 'published' ? adopted! : versions.find((v) => v.version === statement.currentVersion)!;
  const counts: Record<string, number> = {};
  if (access === 'drafting') {
    for (const c of await listStatementComments(ctx.store.db, statement.id)) counts[c.paragraphId] = (counts[c.paragraphId] ?? 0) + 1;
  }
  return {
    statement,
    access,
    version,
    adopted,
    versions: access === 'drafting' ? versions.map((v) => ({ version: v.version, title: v.title, createdAt: v.createdAt, note: v.note })) : [],
    commentCounts: counts,
  };
}

export async function statementVersion(ctx: Ctx, viewer: Viewer, id: string, version: number): Promise<StatementVersion> {
  const { statement, access } = await load(ctx, viewer, id);
  if (access !== 'drafting' && version !== statement.adoptedVersion) throw new DomainError('not_found', `Statement "${id}" has no published version ${version}.`);
  const found = (await listStatementVersions(ctx.store.db, statement.id)).find((v) => v.version === version);
  if (!found) throw new DomainError('not_found', `Statement "${id}" has no version ${version}.`);
  return found;
}

export async function statementComments(ctx: Ctx, viewer: Viewer, id: string): Promise<(StatementComment & { authorName: string | null; organisationName: string | null })[]> {
  const { statement, access } = await load(ctx, viewer, id);
  if (access !== 'drafting') throw new DomainError('statement_not_found', `No statement "${id}".`);
  const comments = await listStatementComments(ctx.store.db, statement.id);
  const [names, people] = [await organisationNames(ctx.store.db), await personNames(ctx.store.db, comments.map((c) => c.userId))];
  return comments.map((c) => ({ ...c, authorName: people.get(c.userId) ?? null, organisationName: c.organisationId ? (names.get(c.organisationId) ?? null) : null }));
}
