// The Platform itself: members (public), expert advisors, settings, the charter, baseline versions, the
// caller's standing; founding members and the first charter term (administrators); applications and
// nominations; a member leaving.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { foundMember } from '../../../commands/governance/found-member.js';
import { withdrawMembership } from '../../../commands/governance/withdraw-membership.js';
import { applyForMembership } from '../../../commands/governance/apply-for-membership.js';
import { nominateAdvisor } from '../../../commands/governance/nominate-advisor.js';
import { recordInitialCharter } from '../../../commands/governance/record-initial-charter.js';
import { baselineVersions, charter, currentAdvisors, currentMembers, governanceSettings, standingOf } from '../../../commands/governance/member-queries.js';
import { SETTINGS } from '../../../domain/governance/expert-advisors.js';
import { enumOf } from '../../../schemas/enum.js';
import { DomainError } from '../../../domain/errors.js';
import { assertCan } from '../../plugins/authorization.js';
import { writeErrors } from '../../schemas/common.js';
import { governanceContext, READ, viewerOf } from './context.js';
import { AdvisorSchema, ApplicationBody, CharterTermSchema, Day, FoundingBody, Id, MemberSchema, NominationBody, Nullable } from './schema.js';

const tags = ['governance'];
const MembershipIdSchema = Type.Object({ id: Type.String(), organisationId: Type.String(), admittedAt: Type.String(), endedAt: Nullable(Type.String()) });
const TermSchema = Type.Object({ id: Type.String(), startsOn: Day, endsOn: Day, goals: Type.Array(Type.String()), deliverables: Type.Array(Type.String()), source: Type.String(), proposalId: Nullable(Type.String()), recordedAt: Type.String() });
const StandingSchema = Type.Object({
  signedIn: Type.Boolean(),
  organisationId: Nullable(Type.String()),
  member: Type.Boolean(),
  advisor: Type.Boolean(),
  representative: Type.Boolean(),
  governmentMember: Type.Boolean(),
  administrator: Type.Boolean(),
  mayApply: Type.Boolean(),
});

export const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = governanceContext(app);

  app.get('/api/governance/standing', { schema: { tags, summary: 'What the caller is on the Platform (member, representative, advisor...)', response: { 200: StandingSchema } }, config: READ }, async (req) =>
    standingOf(await viewerOf(app, req)),
  );

  app.get('/api/governance/members', { schema: { tags, summary: 'The member organisations of the Platform (public)', response: { 200: Type.Object({ items: Type.Array(MemberSchema) }) } }, config: READ }, async () => ({
    items: (await currentMembers(ctx)).map((m) => ({
      organisation: { id: m.organisationId, name: m.name, type: m.type, country: m.country },
      criterion: m.criterion,
      framework: m.frameworkId ? { id: m.frameworkId, name: m.frameworkTitle ?? m.frameworkId } : null,
      admittedAt: m.admittedAt,
      source: m.source,
      proposalId: m.proposalId,
    })),
  }));

  app.get('/api/governance/advisors', { schema: { tags, summary: 'The Expert Advisors Group (names shown to members and advisors)', response: { 200: Type.Object({ items: Type.Array(AdvisorSchema) }) } }, config: READ }, async (req) => {
    const viewer = await viewerOf(app, req);
    const insider = viewer.member || viewer.advisor;
    return {
      items: (await currentAdvisors(ctx)).map((a) => ({
        id: a.id,
        person: insider ? { id: a.userId, name: a.displayName } : null,
        country: a.country,
        criterion: a.criterion,
        designatedBy: a.designatedByName,
        admittedAt: a.admittedAt,
        proposalId: a.proposalId,
      })),
    };
  });

  app.get(
    '/api/governance/settings',
    { schema: { tags, summary: 'Platform settings decided by vote', response: { 200: Type.Object({ items: Type.Array(Type.Object({ key: enumOf(SETTINGS), value: Type.Boolean(), updatedAt: Nullable(Type.String()), proposalId: Nullable(Type.String()) })) }) } }, config: READ },
    async () => ({ items: await governanceSettings(ctx) }),
  );

  app.get('/api/governance/charter', { schema: { tags, summary: "The Platform's charter terms and the one in force", response: { 200: Type.Object({ terms: Type.Array(TermSchema), inForce: Nullable(TermSchema) }) } }, config: READ }, async () =>
    charter(ctx),
  );

  app.get(
    '/api/governance/baseline-versions',
    {
      schema: {
        tags,
        summary: 'Versions of the published baseline and what made each (an adopted proposal, or the bundle)',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ version: Type.String(), recordedAt: Type.String(), source: Type.String(), proposalId: Nullable(Type.String()), bundleVersion: Nullable(Type.String()), changes: Type.Array(Type.Unknown()), note: Type.String() })) }) },
      },
      config: READ,
    },
    async () => ({ items: await baselineVersions(ctx) }),
  );

  app.post(
    '/api/governance/members',
    { schema: { tags, summary: 'Register a founding member (administrators, until members first vote on an application)', body: FoundingBody, response: { 201: MembershipIdSchema, ...writeErrors } }, config: { access: { action: 'governance.members.found' } } },
    async (req, reply) => reply.status(201).send(await foundMember(ctx, req.actor, req.body)),
  );

  app.post(
    '/api/governance/members/:organisationId/withdrawal',
    {
      schema: { tags, summary: 'A member leaves the Platform (its representative, or an administrator recording it)', params: Type.Object({ organisationId: Id }), body: Type.Optional(Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false })), response: { 200: MembershipIdSchema, ...writeErrors } },
      config: { access: { action: 'governance.members.withdraw' } },
    },
    async (req) => {
      const members = await currentMembers(ctx);
      if (!members.some((m) => m.organisationId === req.params.organisationId)) throw new DomainError('organisation_not_found', `Organisation "${req.params.organisationId}" is not a member.`);
      assertCan(req, 'governance.members.withdraw', { organisationId: req.params.organisationId });
      return withdrawMembership(ctx, req.actor, req.params.organisationId, req.body?.note ?? '');
    },
  );

  app.post(
    '/api/governance/applications',
    { schema: { tags, summary: 'Apply for membership for your organisation (a proposal of kind admit-member)', body: ApplicationBody, response: { 201: Type.Object({ id: Type.String(), status: Type.String() }), ...writeErrors } }, config: { access: { action: 'governance.apply' } } },
    async (req, reply) => {
      const p = await applyForMembership(ctx, req.actor, req.body);
      return reply.status(201).send({ id: p.id, status: p.status });
    },
  );

  app.post(
    '/api/governance/nominations',
    { schema: { tags, summary: 'Nominate an expert advisor (a proposal of kind admit-expert-advisor)', body: NominationBody, response: { 201: Type.Object({ id: Type.String(), status: Type.String() }), ...writeErrors } }, config: { access: { action: 'governance.nominate' } } },
    async (req, reply) => {
      const p = await nominateAdvisor(ctx, req.actor, req.body);
      return reply.status(201).send({ id: p.id, status: p.status });
    },
  );

  app.post(
    '/api/governance/charter',
    { schema: { tags, summary: 'Record the first charter term (administrators; later terms come from adopted re-charter proposals)', body: CharterTermSchema, response: { 201: TermSchema, ...writeErrors } }, config: { access: { action: 'governance.charter.set' } } },
    async (req, reply) => reply.status(201).send(await recordInitialCharter(ctx, req.actor, req.body)),
  );
};
