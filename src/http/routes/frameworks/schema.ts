import { Type } from 'typebox';
import {
  DEVELOPMENT_STAGES,
  FRAMEWORK_KINDS,
  FRAMEWORK_LAYERS,
  FRAMEWORK_SCOPES,
  FRAMEWORK_STATUSES,
} from '../../../domain/frameworks/framework.js';
import { LEVELS, VERIFICATIONS } from '../../../domain/frameworks/requirement.js';
import { enumOf } from '../../../schemas/enum.js';
import { Page, PaginationQuery } from '../../schemas/common.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const LevelCountsSchema = Type.Object(Object.fromEntries(LEVELS.map((l) => [l, Type.Integer()])));

export const FrameworkSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  shortName: Type.String(),
  version: Type.String(),
  kind: enumOf(FRAMEWORK_KINDS),
  issuer: Type.String(),
  organisation: Type.String(),
  jurisdictions: Type.Array(Type.String()),
  publicationDate: Nullable(Type.String()),
  status: enumOf(FRAMEWORK_STATUSES),
  scope: enumOf(FRAMEWORK_SCOPES),
  layers: Type.Array(enumOf(FRAMEWORK_LAYERS)),
  sourceUrl: Type.String(),
  summary: Type.String(),
  development: Type.Object({
    stage: enumOf(DEVELOPMENT_STAGES),
    multistakeholder: Nullable(Type.Boolean()),
    note: Nullable(Type.String()),
  }),
  licence: Type.Object({ name: Type.String(), url: Nullable(Type.String()), note: Nullable(Type.String()) }),
  conditions: Type.Array(
    Type.Object({ id: Type.String(), text: Type.String(), fact: Nullable(Type.String()), negated: Type.Boolean() }),
  ),
  notes: Type.Array(Type.String()),
  origin: Type.String(),
  requirementCount: Type.Integer(),
  levelCounts: LevelCountsSchema,
  unverifiedCount: Type.Integer(),
});

export const FrameworkDetailSchema = Type.Intersect([FrameworkSchema, Type.Object({ groups: Type.Array(Type.String()) })]);

export const RequirementSchema = Type.Object({
  key: Type.String({ description: 'framework-id:requirement-id' }),
  frameworkId: Type.String(),
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  level: enumOf(LEVELS),
  group: Type.String(),
  tags: Type.Array(Type.String()),
  conditions: Type.Array(Type.String()),
  sourceUrl: Nullable(Type.String()),
  officialRef: Nullable(Type.String()),
  verification: enumOf(VERIFICATIONS),
  verificationNote: Nullable(Type.String()),
  organisations: Type.Array(Type.String()),
  footnotes: Type.Array(Type.String()),
  assuranceLevels: Type.Array(Type.String()),
  parentId: Nullable(Type.String()),
  position: Type.Integer(),
});

const many = <T extends readonly string[]>(values: T) =>
  Type.Optional(Type.Array(enumOf(values), { description: 'repeat to match any of several values' }));

export const FrameworkListQuery = Type.Object(
  {
    jurisdiction: Type.Optional(Type.Array(Type.String({ pattern: '^([A-Z]{2}|EU|INT)$' }))),
    scope: many(FRAMEWORK_SCOPES),
    layer: many(FRAMEWORK_LAYERS),
    status: many(FRAMEWORK_STATUSES),
    kind: many(FRAMEWORK_KINDS),
    search: Type.Optional(Type.String({ maxLength: 200 })),
    ...PaginationQuery,
  },
  { additionalProperties: false },
);

export const RequirementListQuery = Type.Object(
  {
    search: Type.Optional(Type.String({ maxLength: 200 })),
    level: Type.Optional(enumOf(LEVELS)),
    ...PaginationQuery,
  },
  { additionalProperties: false },
);

export const FrameworkIdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 }) });
export const RequirementParams = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 }),
  requirementId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const FrameworkPage = Page(FrameworkSchema);
export const RequirementPage = Page(RequirementSchema);
