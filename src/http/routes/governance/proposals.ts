// Proposals and votes: list and read them as visibility allows; make a motion; open its vote; cast or change
// a ballot; withdraw; discuss; and the verifiable record of every ballot, the tally and the audit chain.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createProposal } from '../../../commands/governance/create-proposal.js';
import { openVote } from '../../../commands/governance/open-vote.js';
import { castVote } from '../../../commands/governance/cast-vote.js';
import { withdrawProposal } from '../../../commands/governance/withdraw-proposal.js';
import { commentOnProposal } from '../../../commands/governance/comment-on-proposal.js';
import { proposalComments, proposalDetail, proposalRecord, visibleProposals } from '../../../commands/governance/proposal-queries.js';
import { organisationNames } from '../../../commands/governance/names.js';
import { CHOICES } from '../../../domain/governance/tally.js';
import { enumOf } from '../../../schemas/enum.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { governanceContext, READ, viewerOf } from './context.js';
import { CommentBody, CommentSchema, CreateProposalBody, IdParams, ProposalListQuery, ProposalSchema, ProposalSummarySchema, RecordSchema } from './schema.js';
import { presentComment, presentProposal, presentProposalSummary, presentRecord } from './presenter.js';

const tags = ['governance'];
const Created = Type.Object({ id: Type.String(), status: Type.String() });

export const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = governanceContext(app);
  const detail = async (req: Parameters<typeof viewerOf>[1], id: string) => presentProposal(await proposalDetail(ctx, await viewerOf(app, req), id));

  app.get(
    '/api/governance/proposals',
    { schema: { tags, summary: 'Proposals the caller may see, newest first', querystring: ProposalListQuery, response: { 200: Type.Object({ items: Type.Array(ProposalSummarySchema) }), ...readErrors } }, config: READ },
    async (req) => {
      const items = await visibleProposals(ctx, await viewerOf(app, req), req.query);
      const names = Object.fromEntries(await organisationNames(ctx.store.db));
      return { items: items.map((s) => presentProposalSummary(s, names)) };
    },
  );

  app.get('/api/governance/proposals/:id', { schema: { tags, summary: 'One proposal, its rule, electorate and (unless hidden until close) tally', params: IdParams, response: { 200: ProposalSchema, ...readErrors } }, config: READ }, async (req) =>
    detail(req, req.params.id),
  );

  app.get(
    '/api/governance/proposals/:id/record',
    { schema: { tags, summary: 'The verifiable record: every ballot with time, representative and audit entry; the tally; a recount and the audit chain check', params: IdParams, response: { 200: RecordSchema, ...readErrors } }, config: READ },
    async (req) => presentRecord(await proposalRecord(ctx, await viewerOf(app, req), req.params.id)),
  );

  app.get(
    '/api/governance/proposals/:id/comments',
    { schema: { tags, summary: 'The discussion of a proposal', params: IdParams, response: { 200: Type.Object({ items: Type.Array(CommentSchema) }), ...readErrors } }, config: READ },
    async (req) => ({ items: (await proposalComments(ctx, await viewerOf(app, req), req.params.id)).map(presentComment) }),
  );

  app.post(
    '/api/governance/proposals',
    { schema: { tags, summary: 'Propose a baseline change, a re-charter or a setting change (member representatives)', body: CreateProposalBody, response: { 201: Created, ...writeErrors } }, config: { access: { action: 'governance.propose' } } },
    async (req, reply) => {
      const p = await createProposal(ctx, req.actor, { ...req.body, visibility: req.body.visibility ?? 'members-and-advisors' } as Parameters<typeof createProposal>[2]);
      return reply.status(201).send({ id: p.id, status: p.status });
    },
  );

  app.post(
    '/api/governance/proposals/:id/open',
    {
      schema: {
        tags,
        summary: 'Open the vote: fixes the rule, the electorate (current members) and the closing time (default 14 days)',
        params: IdParams,
        body: Type.Object({ closesAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
        response: { 200: ProposalSchema, ...writeErrors },
      },
      config: { access: { action: 'governance.open' } },
    },
    async (req) => {
      await openVote(ctx, req.actor, req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  app.post(
    '/api/governance/proposals/:id/ballots',
    {
      schema: {
        tags,
        summary: "Cast or change your organisation's vote (member representatives); refused with the reason when late, repeated or not in the electorate",
        params: IdParams,
        body: Type.Object({ choice: enumOf(CHOICES) }, { additionalProperties: false }),
        response: { 201: Type.Object({ choice: enumOf(CHOICES), at: Type.String(), auditSeq: Type.Integer(), changed: Type.Boolean(), proposal: ProposalSchema }), ...writeErrors },
      },
      config: { access: { action: 'governance.vote' } },
    },
    async (req, reply) => {
      const cast = await castVote(ctx, req.actor, req.params.id, req.body.choice);
      return reply.status(201).send({ choice: cast.ballot.choice, at: cast.ballot.at, auditSeq: cast.ballot.seq, changed: cast.changed, proposal: await detail(req, req.params.id) });
    },
  );

  app.post(
    '/api/governance/proposals/:id/withdrawal',
    { schema: { tags, summary: 'Withdraw a proposal before its vote closes (its proposer)', params: IdParams, response: { 200: Created, ...writeErrors } }, config: { access: { action: 'governance.withdraw' } } },
    async (req) => {
      const p = await withdrawProposal(ctx, req.actor, req.params.id);
      return { id: p.id, status: p.status };
    },
  );

  app.post(
    '/api/governance/proposals/:id/comments',
    { schema: { tags, summary: 'Comment on a proposal (members and expert advisors who can see it)', params: IdParams, body: CommentBody, response: { 201: CommentSchema, ...writeErrors } }, config: { access: { action: 'governance.comment' } } },
    async (req, reply) => {
      const c = await commentOnProposal(ctx, req.actor, req.params.id, req.body.body);
      const all = await proposalComments(ctx, await viewerOf(app, req), req.params.id);
      return reply.status(201).send(presentComment(all.find((x) => x.id === c.id)!));
    },
  );
};
