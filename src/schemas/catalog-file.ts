// The format of a bundled catalog file in data/catalogs/: one framework, its requirements, and its mappings.
// docs/data-format.md explains it for curators; data/catalog.schema.json is generated from this (npm run
// data:schema) so editors can validate while typing.
import { Type, type Static } from 'typebox';
import {
  DEVELOPMENT_STAGES,
  FRAMEWORK_KINDS,
  FRAMEWORK_LAYERS,
  FRAMEWORK_SCOPES,
  FRAMEWORK_STATUSES,
} from '../domain/frameworks/framework.js';
import { LEVELS, VERIFICATIONS } from '../domain/frameworks/requirement.js';
import { RELATIONSHIPS, } from '../domain/crosswalk/relationship.js';
import { STRENGTH_MAX, STRENGTH_MIN } from '../domain/crosswalk/mapping.js';
import { PRODUCT_FACTS } from '../domain/assessments/product-facts.js';
import { enumOf } from './enum.js';

export const CATALOG_FORMAT = 'iotspp-catalog/1';

const Text = Type.String({ minLength: 1 });
const NullableText = Type.Union([Text, Type.Null()]);
const Url = Type.String({ pattern: '^https?://' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const RequirementId = Type.String({ pattern: '^[^:\\s][^:]*$', description: 'official id, no colon' });
const RequirementKey = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*:[^:\\s][^:]*$',
  description: 'framework-id:requirement-id',
});

export const ProvenanceSchema = Type.Object(
  {
    source: Text,
    url: Type.Union([Url, Type.Null()]),
    date: IsoDate,
  },
  { additionalProperties: false },
);

export const CatalogConditionSchema = Type.Object(
  {
    id: Text,
    text: Text,
    fact: Type.Union([enumOf(PRODUCT_FACTS), Type.Null()]),
    negated: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const CatalogFrameworkSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Text,
    shortName: Text,
    version: Text,
    kind: enumOf(FRAMEWORK_KINDS),
    issuer: Text,
    organisation: Text,
    jurisdictions: Type.Array(Type.String({ pattern: '^([A-Z]{2}|EU|INT)$' }), { minItems: 1 }),
    publicationDate: Type.Union([Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }), Type.Null()]),
    status: enumOf(FRAMEWORK_STATUSES),
    scope: enumOf(FRAMEWORK_SCOPES),
    layers: Type.Array(enumOf(FRAMEWORK_LAYERS), { minItems: 1, uniqueItems: true }),
    sourceUrl: Url,
    summary: Text,
    development: Type.Object(
      {
        stage: enumOf(DEVELOPMENT_STAGES),
        multistakeholder: Type.Union([Type.Boolean(), Type.Null()]),
        note: NullableText,
      },
      { additionalProperties: false },
    ),
    licence: Type.Object(
      { name: Text, url: Type.Union([Url, Type.Null()]), note: NullableText },
      { additionalProperties: false },
    ),
    conditions: Type.Optional(Type.Array(CatalogConditionSchema)),
    notes: Type.Optional(Type.Array(Text)),
  },
  { additionalProperties: false },
);

export const CatalogRequirementSchema = Type.Object(
  {
    id: RequirementId,
    title: Text,
    summary: Text,
    level: enumOf(LEVELS),
    group: Text,
    tags: Type.Optional(Type.Array(Text, { uniqueItems: true })),
    conditions: Type.Optional(Type.Array(Text, { uniqueItems: true })),
    sourceUrl: Type.Optional(Type.Union([Url, Type.Null()])),
    officialRef: Type.Optional(NullableText),
    verification: Type.Optional(enumOf(VERIFICATIONS)),
    verificationNote: Type.Optional(NullableText),
    organisations: Type.Optional(Type.Array(Text)),
    footnotes: Type.Optional(Type.Array(Text)),
    assuranceLevels: Type.Optional(Type.Array(Text, { uniqueItems: true })),
    parentId: Type.Optional(Type.Union([RequirementId, Type.Null()])),
  },
  { additionalProperties: false },
);

export const CatalogMappingSchema = Type.Object(
  {
    source: RequirementId,
    target: RequirementKey,
    relationship: enumOf(RELATIONSHIPS),
    strength: Type.Integer({ minimum: STRENGTH_MIN, maximum: STRENGTH_MAX }),
    rationale: Text,
    provenance: Type.Optional(ProvenanceSchema),
  },
  { additionalProperties: false },
);

export const CatalogFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    format: Type.Literal(CATALOG_FORMAT),
    /** The licence of the facts in this file (its source's licence), stated per the NOTICE file. */
    dataLicence: Text,
    framework: CatalogFrameworkSchema,
    requirements: Type.Array(CatalogRequirementSchema, { minItems: 1 }),
    /** Provenance used by mappings that do not state their own. */
    defaultProvenance: Type.Optional(ProvenanceSchema),
    mappings: Type.Array(CatalogMappingSchema),
  },
  { additionalProperties: false },
);

export type CatalogFile = Static<typeof CatalogFileSchema>;
export type CatalogMappingEntry = Static<typeof CatalogMappingSchema>;
export type CatalogRequirementEntry = Static<typeof CatalogRequirementSchema>;
