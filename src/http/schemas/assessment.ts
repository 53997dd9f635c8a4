// The assessment report (format iotspp-assessment/1, docs/assessment.md) as the API serializes it: shared by
// the assessment routes and the share links. Reasons are one object whose fields depend on `kind`.
import { Type, type TInteger } from 'typebox';
import { LEVELS } from '../../domain/frameworks/requirement.js';
import { RELATIONSHIPS } from '../../domain/crosswalk/relationship.js';
import { APPLICABILITIES, STATUSES, VERDICTS, type Status } from '../../domain/assessments/status.js';
import { GIVES } from '../../domain/assessments/derivation-rules.js';
import { REASON_KINDS } from '../../domain/assessments/reasons.js';
import { EVIDENCE_TYPES } from '../../domain/assessments/declaration.js';
import { enumOf } from '../../schemas/enum.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const EvidenceOutSchema = Type.Object({
  type: enumOf(EVIDENCE_TYPES),
  text: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  sha256: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  mediaType: Type.Optional(Type.String()),
  size: Type.Optional(Type.Integer()),
});

export const ReasonSchema = Type.Object({
  kind: enumOf(REASON_KINDS),
  text: Type.String(),
  conditionId: Type.Optional(Type.String()),
  condition: Type.Optional(Type.String()),
  fact: Type.Optional(Nullable(Type.String())),
  factValue: Type.Optional(Nullable(Type.Boolean())),
  holds: Type.Optional(Nullable(Type.Boolean())),
  item: Type.Optional(Type.String()),
  itemTitle: Type.Optional(Type.String()),
  answer: Type.Optional(enumOf(STATUSES)),
  relationship: Type.Optional(enumOf(RELATIONSHIPS)),
  gives: Type.Optional(enumOf(GIVES)),
  mappingId: Type.Optional(Type.String()),
  strength: Type.Optional(Type.Integer()),
  rationale: Type.Optional(Type.String()),
  answerReason: Type.Optional(Nullable(Type.String())),
  evidence: Type.Optional(Type.Array(EvidenceOutSchema)),
  children: Type.Optional(Type.Array(Type.Object({ id: Type.String(), status: enumOf(STATUSES) }))),
});

export const RequirementResultSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  level: enumOf(LEVELS),
  parentId: Nullable(Type.String()),
  applies: enumOf(APPLICABILITIES),
  status: enumOf(STATUSES),
  deciding: Type.Boolean(),
  settled: Type.Boolean(),
  followUp: Type.Boolean(),
  reasons: Type.Array(ReasonSchema),
  action: Nullable(Type.String()),
});

const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, Type.Integer()])) as { [K in Status]: TInteger };
const CountsSchema = Type.Object({ total: Type.Integer(), applicable: Type.Integer(), ...statusCounts });

export const DecidingSchema = Type.Object({ applicable: Type.Integer(), met: Type.Integer(), failing: Type.Integer(), open: Type.Integer() });

export const FrameworkAssessmentSchema = Type.Object({
  framework: Type.String(),
  shortName: Type.String(),
  title: Type.String(),
  version: Type.String(),
  verdict: enumOf(VERDICTS),
  decidingLevels: Type.Array(enumOf(LEVELS)),
  deciding: DecidingSchema,
  counts: Type.Object(Object.fromEntries(LEVELS.map((l) => [l, Type.Optional(CountsSchema)]))),
  followUp: Type.Array(Type.String()),
  requirements: Type.Optional(Type.Array(RequirementResultSchema)),
});

export const AssessmentReportSchema = Type.Object({
  format: Type.Literal('iotspp-assessment/1'),
  bundleVersion: Nullable(Type.String()),
  dataVersion: Nullable(Type.Integer()),
  baseline: Type.Object({ id: Type.String(), version: Type.String() }),
  product: Type.Object({ name: Type.String(), model: Nullable(Type.String()), manufacturer: Nullable(Type.String()) }),
  release: Type.Object({ version: Nullable(Type.String()), date: Nullable(Type.String()), supportEnd: Nullable(Type.String()) }),
  warnings: Type.Array(Type.String()),
  frameworks: Type.Array(FrameworkAssessmentSchema),
  productId: Type.String(),
  releaseId: Type.String(),
  declarationRevision: Type.Integer(),
  assessedAt: Type.String({ description: 'when this declaration revision was first assessed against this data version' }),
});
