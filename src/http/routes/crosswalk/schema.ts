import { Type } from 'typebox';
import { RELATIONSHIPS } from '../../../domain/crosswalk/relationship.js';
import { GAP_STATUSES } from '../../../domain/crosswalk/gaps.js';
import { MAPPING_ORIGINS } from '../../../domain/crosswalk/mapping.js';
import { LEVELS } from '../../../domain/frameworks/requirement.js';
import { enumOf } from '../../../schemas/enum.js';

const PATH_RELATIONSHIPS = RELATIONSHIPS.filter((r) => r !== 'no-relationship') as unknown as readonly [
  'equivalent',
  'subset-of',
  'superset-of',
  'intersects-with',
];
const PathRelationship = enumOf(PATH_RELATIONSHIPS);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const RequirementKeyParam = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*:[^:\\s][^:]*$',
  maxLength: 200,
  description: 'FRAMEWORK:REQUIREMENT, e.g. etsi-en-303-645:5.1-1',
});
const FrameworkIdParam = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 });

export const RequirementRefSchema = Type.Object({
  key: Type.String(),
  frameworkId: Type.String(),
  frameworkName: Type.String(),
  id: Type.String(),
  title: Type.String(),
  level: enumOf(LEVELS),
});

const ExplainedRequirementSchema = Type.Object({
  key: Type.String(),
  frameworkId: Type.String(),
  frameworkName: Type.String(),
  requirementId: Type.String(),
  title: Nullable(Type.String()),
  label: Type.String(),
});

export const ExplainedPathSchema = Type.Object({
  sentence: Type.String({ description: 'the path in plain English' }),
  conclusion: Nullable(Type.String()),
  relationship: PathRelationship,
  strength: Type.Integer(),
  hops: Type.Array(
    Type.Object({
      from: ExplainedRequirementSchema,
      to: ExplainedRequirementSchema,
      relationship: PathRelationship,
      phrase: Type.String(),
      strength: Type.Integer(),
      mappingId: Type.String(),
      inverse: Type.Boolean(),
    }),
  ),
  rationales: Type.Array(Type.String(), { description: 'the rationale of each hop' }),
});

const ProvenanceSchema = Type.Object({ source: Type.String(), url: Nullable(Type.String()), date: Type.String() });

export const CrosswalkQuery = Type.Object(
  {
    from: RequirementKeyParam,
    to: Type.Optional(FrameworkIdParam),
    maxHops: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, default: 3 })),
  },
  { additionalProperties: false },
);

export const CrosswalkAnswerSchema = Type.Object({
  from: RequirementRefSchema,
  to: Nullable(Type.String()),
  maxHops: Type.Integer(),
  dataVersion: Type.Integer(),
  bundleVersion: Nullable(Type.String()),
  direct: Type.Array(
    Type.Object({
      requirement: RequirementRefSchema,
      relationship: enumOf(RELATIONSHIPS),
      strength: Type.Integer(),
      rationale: Type.String(),
      provenance: ProvenanceSchema,
      origin: enumOf(MAPPING_ORIGINS),
      mappingId: Type.String(),
      statedFromOtherSide: Type.Boolean(),
    }),
  ),
  inferred: Type.Array(
    Type.Object({
      requirement: RequirementRefSchema,
      relationship: PathRelationship,
      strength: Type.Integer(),
      hops: Type.Integer(),
      alsoDirect: Type.Boolean(),
      pathCount: Type.Integer(),
      paths: Type.Array(ExplainedPathSchema),
    }),
  ),
  truncated: Type.Boolean(),
});

export const GapsQuery = Type.Object({ a: FrameworkIdParam, b: FrameworkIdParam }, { additionalProperties: false });

export const GapsAnswerSchema = Type.Object({
  a: Type.String(),
  b: Type.String(),
  dataVersion: Type.Integer(),
  bundleVersion: Nullable(Type.String()),
  summary: Type.Object({
    total: Type.Integer(),
    covered: Type.Integer(),
    partial: Type.Integer(),
    missing: Type.Integer(),
    gaps: Type.Integer(),
  }),
  requirements: Type.Array(
    Type.Object({
      requirement: RequirementRefSchema,
      status: enumOf(GAP_STATUSES),
      counterparts: Type.Array(
        Type.Object({
          requirement: RequirementRefSchema,
          relationship: PathRelationship,
          strength: Type.Integer(),
          stated: Type.Boolean(),
          path: Nullable(ExplainedPathSchema),
        }),
      ),
      truncated: Type.Boolean(),
    }),
  ),
  truncated: Type.Boolean(),
});

export const CoverageQuery = Type.Object({ framework: Type.Optional(FrameworkIdParam) }, { additionalProperties: false });

export const CoverageAnswerSchema = Type.Object({
  baselineId: Type.String(),
  dataVersion: Type.Integer(),
  bundleVersion: Nullable(Type.String()),
  frameworks: Type.Array(Type.Object({ id: Type.String(), shortName: Type.String() })),
  organisations: Type.Array(Type.String()),
  items: Type.Array(
    Type.Object({
      item: Type.String(),
      requirementId: Type.String(),
      title: Type.String(),
      frameworks: Type.Array(
        Type.Object({
          frameworkId: Type.String(),
          full: Type.Boolean(),
          requirements: Type.Array(
            Type.Object({
              requirement: Type.String(),
              requirementId: Type.String(),
              relationship: PathRelationship,
              strength: Type.Integer(),
              mappingId: Type.String(),
              full: Type.Boolean(),
              organisations: Type.Array(Type.String()),
            }),
          ),
        }),
      ),
      organisations: Type.Array(
        Type.Object({ organisation: Type.String(), requirements: Type.Array(Type.String()), full: Type.Boolean() }),
      ),
    }),
  ),
});

export const ConsensusQuery = Type.Object(
  { framework: Type.Optional(Type.Array(FrameworkIdParam, { maxItems: 100, description: 'repeat to compare a subset' })) },
  { additionalProperties: false },
);

export const ConsensusAnswerSchema = Type.Object({
  baselineId: Type.String(),
  dataVersion: Type.Integer(),
  bundleVersion: Nullable(Type.String()),
  frameworkIds: Type.Array(Type.String()),
  unknownFrameworkIds: Type.Array(Type.String()),
  fragmentation: Nullable(Type.Number()),
  items: Type.Array(
    Type.Object({
      item: Type.String(),
      requirementId: Type.String(),
      title: Type.String(),
      frameworks: Type.Array(Type.String()),
      count: Type.Integer(),
      fullCount: Type.Integer(),
      total: Type.Integer(),
      share: Type.Number(),
    }),
  ),
  frameworks: Type.Array(
    Type.Object({
      frameworkId: Type.String(),
      requirements: Type.Integer(),
      unique: Type.Array(Type.String()),
      uniqueCount: Type.Integer(),
      uniqueShare: Nullable(Type.Number()),
    }),
  ),
  uncertainUnique: Type.Array(Type.String()),
});

export const StatsSchema = Type.Object({
  frameworks: Type.Integer(),
  requirements: Type.Integer(),
  mappings: Type.Integer(),
  countries: Type.Integer(),
  jurisdictions: Type.Array(Type.String()),
  dataVersion: Type.Integer(),
  bundleVersion: Nullable(Type.String()),
});
