// Schemas of the governance routes: what a client sends, and the public fields it gets back (no emails, no
// hashes of secrets; people appear by pseudonymous id, and by name only to members and advisors).
import { Type } from 'typebox';
import { enumOf } from '../../../schemas/enum.js';
import { VISIBILITIES } from '../../../domain/governance/visibility.js';
import { THRESHOLDS } from '../../../domain/governance/vote-rule.js';
import { CHOICES } from '../../../domain/governance/tally.js';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../../domain/governance/proposals.js';
import { MEMBERSHIP_CRITERIA } from '../../../domain/governance/membership.js';
import { ADVISOR_CRITERIA, SETTINGS } from '../../../domain/governance/expert-advisors.js';
import { RELATIONSHIPS } from '../../../domain/crosswalk/relationship.js';
import { CatalogRequirementSchema } from '../../../schemas/catalog-file.js';

// Null first: with type coercion on, Ajv would otherwise turn a null sent for a string into "".
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([Type.Null(), t]);
export const Id = Type.String({ minLength: 1, maxLength: 100 });
export const IdParams = Type.Object({ id: Id });
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const Title = Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' });
export const LongText = Type.String({ maxLength: 20_000 });
export const Visibility = enumOf(VISIBILITIES, 'public; members-and-advisors; governments-only (government members only)');
export const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const VoteRuleSchema = Type.Object({
  threshold: enumOf(THRESHOLDS),
  quorumPercent: Type.Integer({ minimum: 0, maximum: 100 }),
  hideResultsUntilClose: Type.Boolean(),
  decideEarly: Type.Boolean(),
});
export const RequestedRuleSchema = Type.Partial(VoteRuleSchema, { additionalProperties: false, description: 'what the proposal states; anything left out takes the default (majority of all members)' });

export const TallySchema = Type.Object({
  electorate: Type.Integer(),
  yes: Type.Integer(),
  no: Type.Integer(),
  abstain: Type.Integer(),
  notVoted: Type.Integer(),
});

export const ProposalSummarySchema = Type.Object({
  id: Type.String(),
  kind: enumOf(PROPOSAL_KINDS),
  title: Type.String(),
  visibility: Visibility,
  status: enumOf(PROPOSAL_STATUSES),
  phase: Type.Union([enumOf(PROPOSAL_STATUSES), Type.Literal('counting')], { description: 'the status now: an open vote past its closing time is being counted' }),
  access: Type.Union([Type.Literal('full'), Type.Literal('applicant')]),
  proposedFor: Nullable(Named),
  createdAt: Type.String(),
  openedAt: Nullable(Type.String()),
  closesAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
});

export const ProposalSchema = Type.Object({
  ...ProposalSummarySchema.properties,
  body: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  requestedRule: RequestedRuleSchema,
  rule: Nullable(VoteRuleSchema),
  electorate: Nullable(Type.Array(Named)),
  tally: Nullable(TallySchema),
  resultsHidden: Type.Boolean(),
  myBallot: Nullable(Type.Object({ choice: enumOf(CHOICES), at: Type.String() })),
  canVote: Type.Boolean(),
  result: Nullable(Type.Object({ outcome: Type.Union([Type.Literal('approved'), Type.Literal('refused')]), decidedEarly: Type.Boolean(), lapsedBecause: Nullable(Type.String()) })),
  evidence: Nullable(Type.Object({ consistent: Nullable(Type.Boolean()), note: Type.String() })),
});

export const ProposalListQuery = Type.Object(
  { status: Type.Optional(Type.Array(enumOf(PROPOSAL_STATUSES), { maxItems: PROPOSAL_STATUSES.length })), kind: Type.Optional(Type.Array(enumOf(PROPOSAL_KINDS), { maxItems: PROPOSAL_KINDS.length })) },
  { additionalProperties: false },
);

export const BallotRecordSchema = Type.Object({
  organisation: Named,
  choice: enumOf(CHOICES),
  at: Type.String(),
  representative: Type.Object({ id: Type.String(), name: Nullable(Type.String()) }),
  auditSeq: Type.Integer(),
  auditHash: Nullable(Type.String()),
});

export const RecordSchema = Type.Object({
  proposalId: Type.String(),
  rule: Nullable(VoteRuleSchema),
  electorate: Nullable(Type.Array(Type.String())),
  openedAt: Nullable(Type.String()),
  closesAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  ballots: Type.Array(BallotRecordSchema),
  partial: Type.Boolean({ description: 'results are hidden until close: only your organisation’s ballots are listed' }),
  tally: Nullable(TallySchema),
  result: Nullable(Type.Object({ outcome: Type.String(), decidedEarly: Type.Boolean(), ballotsDigest: Type.String(), lapsedBecause: Nullable(Type.String()) })),
  closeEntry: Nullable(Type.Object({ seq: Type.Integer(), hash: Type.String() })),
  check: Nullable(Type.Object({ ok: Type.Boolean(), recounted: TallySchema, problems: Type.Array(Type.String()) })),
  chain: Type.Object({ ok: Type.Boolean(), entries: Type.Integer() }),
});

export const CommentSchema = Type.Object({
  id: Type.String(),
  author: Type.Object({ id: Type.String(), name: Nullable(Type.String()) }),
  organisation: Nullable(Named),
  /** Empty when erased. */
  body: Type.String(),
  /** The author deleted their account: the text is gone, the comment keeps its place. */
  erased: Type.Boolean(),
  createdAt: Type.String(),
});
export const CommentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S' }) }, { additionalProperties: false });

const MappingEntrySchema = Type.Object(
  {
    source: Type.String({ minLength: 3, maxLength: 300 }),
    target: Type.String({ minLength: 3, maxLength: 300 }),
    relationship: enumOf(RELATIONSHIPS),
    strength: Type.Integer({ minimum: 1, maximum: 10 }),
    rationale: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const BaselineChangeSchema = Type.Union([
  Type.Object({ op: Type.Literal('add-item'), item: CatalogRequirementSchema }, { additionalProperties: false }),
  Type.Object({ op: Type.Literal('change-item'), item: CatalogRequirementSchema }, { additionalProperties: false }),
  Type.Object({ op: Type.Literal('remove-item'), itemId: Id }, { additionalProperties: false }),
  Type.Object({ op: Type.Literal('add-mapping'), mapping: MappingEntrySchema }, { additionalProperties: false }),
  Type.Object(
    { op: Type.Literal('change-mapping'), mappingId: Type.String({ minLength: 3, maxLength: 700 }), patch: Type.Partial(Type.Pick(MappingEntrySchema, ['relationship', 'strength', 'rationale']), { additionalProperties: false }) },
    { additionalProperties: false },
  ),
  Type.Object({ op: Type.Literal('remove-mapping'), mappingId: Type.String({ minLength: 3, maxLength: 700 }) }, { additionalProperties: false }),
]);

export const CharterTermSchema = Type.Object(
  { startsOn: Day, endsOn: Day, goals: Type.Array(Type.String({ maxLength: 2000 }), { minItems: 1, maxItems: 50 }), deliverables: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 }) },
  { additionalProperties: false },
);

const Motion = { title: Title, body: LongText, visibility: Type.Optional(Visibility), rule: Type.Optional(RequestedRuleSchema) };
export const CreateProposalBody = Type.Union([
  Type.Object({ kind: Type.Literal('change-baseline'), ...Motion, payload: Type.Object({ changes: Type.Array(BaselineChangeSchema, { minItems: 1, maxItems: 100 }) }, { additionalProperties: false }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('recharter'), ...Motion, payload: CharterTermSchema }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('change-setting'), ...Motion, payload: Type.Object({ setting: enumOf(SETTINGS), value: Type.Boolean() }, { additionalProperties: false }) }, { additionalProperties: false }),
]);

export const ApplicationBody = Type.Object(
  {
    criterion: enumOf(MEMBERSHIP_CRITERIA, 'developed-framework: has developed an IoT security framework; developing-framework-multistakeholder: is developing one through a multistakeholder process'),
    frameworkId: Nullable(Type.String({ maxLength: 100, description: 'the framework in the registry (GET /api/frameworks), where it exists' })),
    motivation: LongText,
    rule: Type.Optional(RequestedRuleSchema),
  },
  { additionalProperties: false },
);

export const NominationBody = Type.Object(
  {
    nomineeUserId: Id,
    criterion: enumOf(ADVISOR_CRITERIA, 'expertise: judged by the members; trade-designated: designated by a trade organisation or alliance'),
    country: Type.String({ pattern: '^[A-Z]{2}$', description: 'the member country the advisor is counted against (ISO 3166-1 alpha-2)' }),
    expertise: LongText,
    rule: Type.Optional(RequestedRuleSchema),
  },
  { additionalProperties: false },
);

export const FoundingBody = Type.Object(
  { organisationId: Id, criterion: enumOf(MEMBERSHIP_CRITERIA), frameworkId: Nullable(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

export const MemberSchema = Type.Object({
  organisation: Type.Object({ id: Type.String(), name: Type.String(), type: Type.String(), country: Type.String() }),
  criterion: enumOf(MEMBERSHIP_CRITERIA),
  framework: Nullable(Named),
  admittedAt: Type.String(),
  source: Type.Union([Type.Literal('founding'), Type.Literal('proposal')]),
  proposalId: Nullable(Type.String()),
});

export const AdvisorSchema = Type.Object({
  id: Type.String(),
  person: Nullable(Type.Object({ id: Type.String(), name: Nullable(Type.String()) }, { description: "shown to members and expert advisors" })),
  country: Type.String(),
  criterion: enumOf(ADVISOR_CRITERIA),
  designatedBy: Nullable(Type.String()),
  admittedAt: Type.String(),
  proposalId: Type.String(),
});
