// Mail about votes, written to the outbox in the transaction that caused it (and delivered after commit when
// SMTP is configured): when a vote opens, when it closes soon (to members that have not voted yet), and when
// it closes. Recipients are the member representatives of the electorate, who can all see the proposal (the
// electorate of a governments-only statement is its government members), plus the proposer at the close.
import type { Proposal } from '../../db/repositories/proposals.js';
import { findUser, listUsers } from '../../db/repositories/users.js';
import { queueEmail } from '../accounts/mail.js';
import type { GovernanceContext, Trx } from './context.js';

const PLATFORM = 'IoT Security Policy Platform';

interface Recipient {
  userId: string;
  email: string;
}

async function representativesOf(trx: Trx, organisationIds: readonly string[]): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for (const organisationId of organisationIds) {
    for (const u of await listUsers(trx, { organisationId })) {
      if (u.status === 'active' && u.email !== null && u.roles.includes('member-representative')) out.push({ userId: u.id, email: u.email });
    }
  }
  return out;
}

function link(ctx: GovernanceContext, p: Proposal): string {
  return `${ctx.publicUrl}/governance/proposals/${encodeURIComponent(p.id)}`;
}

function utc(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

async function send(trx: Trx, ctx: GovernanceContext, to: Recipient[], purpose: string, subject: string, text: string): Promise<string[]> {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const r of to) {
    if (seen.has(r.userId)) continue;
    seen.add(r.userId);
    ids.push(await queueEmail(trx, ctx, { to: r.email, userId: r.userId, purpose, subject: `[${PLATFORM}] ${subject}`, text }));
  }
  return ids;
}

export async function notifyVoteOpened(trx: Trx, ctx: GovernanceContext, p: Proposal): Promise<string[]> {
  const to = await representativesOf(trx, p.electorate ?? []);
  const text = [
    `A vote has opened on the proposal "${p.title}".`,
    '',
    `It closes at ${utc(p.closesAt!)}. Your organisation has one vote (yes, no or abstain), cast by one of its member representatives, and may change it until the vote closes.`,
    p.rule?.hideResultsUntilClose ? 'Results stay hidden until the vote closes.' : 'The running tally is shown with the proposal.',
    '',
    `Read the proposal and vote: ${link(ctx, p)}`,
  ].join('\n');
  return send(trx, ctx, to, 'governance.vote-opened', `Vote open: ${p.title}`, text);
}

export async function notifyClosesSoon(trx: Trx, ctx: GovernanceContext, p: Proposal, notVoted: readonly string[]): Promise<string[]> {
  const to = await representativesOf(trx, notVoted);
  const text = [
    `The vote on "${p.title}" closes at ${utc(p.closesAt!)}, and your organisation has not voted yet.`,
    '',
    `Read the proposal and vote: ${link(ctx, p)}`,
  ].join('\n');
  return send(trx, ctx, to, 'governance.vote-closing', `Vote closes soon: ${p.title}`, text);
}

export async function notifyVoteClosed(trx: Trx, ctx: GovernanceContext, p: Proposal, electorate: readonly string[]): Promise<string[]> {
  const to = await representativesOf(trx, electorate);
  const proposer = await findUser(trx, p.proposedBy);
  if (proposer?.email && proposer.status === 'active') to.push({ userId: proposer.id, email: proposer.email });
  const r = p.result;
  const outcome =
    p.status === 'withdrawn'
      ? 'The proposal was withdrawn before the vote closed.'
      : `Outcome: ${p.status}${r ? ` (yes ${r.tally.yes}, no ${r.tally.no}, abstain ${r.tally.abstain}, not voted ${r.tally.notVoted}, of ${r.tally.electorate} members${r.decidedEarly ? '; decided early, when the outcome could no longer change' : ''})` : ''}.`;
  const text = [`The vote on "${p.title}" has closed.`, '', outcome, ...(r?.lapsedBecause ? [`It lapsed: ${r.lapsedBecause}`] : []), '', `The record: ${link(ctx, p)}`].join('\n');
  return send(trx, ctx, to, 'governance.vote-closed', `Vote closed: ${p.title}`, text);
}
