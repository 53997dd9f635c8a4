import { Type } from 'typebox';
import { LEVELS } from '../../../domain/frameworks/requirement.js';
import { PRODUCT_CATEGORIES } from '../../../domain/assessments/product-profile.js';
import { STATUSES, VERDICTS } from '../../../domain/assessments/status.js';
import { enumOf } from '../../../schemas/enum.js';
import { DecidingSchema } from '../../schemas/assessment.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const FrameworkIds = Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }), { maxItems: 30, description: 'repeat for several; all assessable frameworks when absent' });

/** Filters apply to the requirements listed; verdicts and counts always cover the whole framework. */
export const AssessmentQuery = Type.Object(
  {
    framework: Type.Optional(FrameworkIds),
    status: Type.Optional(Type.Array(enumOf(STATUSES), { maxItems: STATUSES.length })),
    level: Type.Optional(Type.Array(enumOf(LEVELS), { maxItems: LEVELS.length })),
    deciding: Type.Optional(Type.Boolean({ description: 'only requirements that decide the verdict' })),
    followUp: Type.Optional(Type.Boolean({ description: 'only the follow-up questionnaire' })),
    search: Type.Optional(Type.String({ maxLength: 100, description: 'in requirement ids and titles' })),
    detail: Type.Optional(enumOf(['full', 'summary'] as const, 'summary: verdicts and counts without the requirements (default full)')),
  },
  { additionalProperties: false },
);

export const CompareParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }), otherId: Type.String({ minLength: 1, maxLength: 100 }) });
export const CompareQuery = Type.Object({ framework: Type.Optional(FrameworkIds) }, { additionalProperties: false });

const ReleaseHead = Type.Object({
  productId: Type.String(),
  releaseId: Type.String(),
  product: Type.Object({ name: Type.String(), model: Nullable(Type.String()), manufacturer: Nullable(Type.String()) }),
  release: Type.Object({ version: Nullable(Type.String()), date: Nullable(Type.String()), supportEnd: Nullable(Type.String()) }),
  declarationRevision: Type.Integer(),
  assessedAt: Type.String(),
});

export const ComparisonSchema = Type.Object({
  before: ReleaseHead,
  after: ReleaseHead,
  frameworks: Type.Array(
    Type.Object({
      framework: Type.String(),
      shortName: Type.String(),
      before: Nullable(enumOf(VERDICTS)),
      after: Nullable(enumOf(VERDICTS)),
      changes: Type.Array(
        Type.Object({
          id: Type.String(),
          title: Type.String(),
          level: enumOf(LEVELS),
          deciding: Type.Boolean(),
          before: enumOf(STATUSES),
          after: enumOf(STATUSES),
          direction: enumOf(['better', 'worse', 'other'] as const),
        }),
      ),
    }),
  ),
});

export const OverviewQuery = Type.Object(
  { category: Type.Optional(enumOf(PRODUCT_CATEGORIES)), framework: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' })) },
  { additionalProperties: false },
);

const VerdictCounts = Type.Object(Object.fromEntries(VERDICTS.map((v) => [v, Type.Integer()])));

export const OverviewSchema = Type.Object({
  products: Type.Integer(),
  releases: Type.Integer({ description: 'the newest release of each product' }),
  bundleVersion: Nullable(Type.String()),
  dataVersion: Type.Integer(),
  baselineVersion: Type.String(),
  generatedAt: Type.String(),
  frameworks: Type.Array(Type.Object({ framework: Type.String(), shortName: Type.String(), version: Type.String(), verdicts: VerdictCounts })),
  categories: Type.Array(Type.Object({ category: Type.String(), releases: Type.Integer(), frameworks: Type.Record(Type.String(), VerdictCounts) })),
  commonGaps: Type.Array(Type.Object({ framework: Type.String(), requirement: Type.String(), title: Type.String(), releases: Type.Integer() })),
});

export { DecidingSchema };
