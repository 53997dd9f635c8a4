// The declaration file (iotspp-declaration/1): what a manufacturer keeps in its own repository, uploads for a
// release, and gives to `iotspp assess`. schemas/declaration.schema.json is generated from this
// (node bin/run-ts.js scripts/write-declaration-schema.ts) and served at GET /api/schemas/declaration.json;
// docs/assessment.md explains every field.
import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';
import { ANSWER_STATUSES } from '../domain/assessments/status.js';
import { DECLARATION_FORMAT, EVIDENCE_TYPES, type Declaration } from '../domain/assessments/declaration.js';
import { PRODUCT_FACTS, type ProductFact } from '../domain/assessments/product-facts.js';
import { INTERFACES, PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS } from '../domain/assessments/product-profile.js';
import { enumOf } from './enum.js';

export const DECLARATION_SCHEMA_ID = 'https://iotspp.org/schemas/declaration-1.json';

/** Limits that keep one declaration small enough to stream 100,000 of them. */
export const DECLARATION_LIMITS = { text: 4000, shortText: 200, url: 2000, evidence: 20, answers: 500, dataPractices: 50 } as const;

const Text = Type.String({ minLength: 1, maxLength: DECLARATION_LIMITS.text });
const ShortText = Type.String({ minLength: 1, maxLength: DECLARATION_LIMITS.shortText });
/**
 * T or null, as one schema ({type: [t, "null"]} or an enum with null) rather than an anyOf, so that a wrong
 * value gets one clear error instead of one per branch.
 */
function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const raw = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  if (Array.isArray(raw.enum)) return Type.Unsafe<Static<T> | null>({ ...raw, enum: [...(raw.enum as unknown[]), null] });
  return Type.Unsafe<Static<T> | null>({ ...raw, type: [raw.type, 'null'] });
}
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const HttpUrl = Type.String({ pattern: '^https?://[^\\s]+$', maxLength: DECLARATION_LIMITS.url });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the file, lower-case hex' });
/** Baseline item and requirement ids: official ids, no colon, no spaces at the ends. */
const Id = Type.String({ pattern: '^[^:\\s]([^:]{0,62}[^:\\s])?$' });
const FrameworkId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });

export const EvidenceSchema = Type.Object(
  {
    type: enumOf(EVIDENCE_TYPES),
    text: Type.Optional(Text),
    url: Type.Optional(HttpUrl),
    sha256: Type.Optional(Sha256),
    name: Type.Optional(ShortText),
    mediaType: Type.Optional(ShortText),
    size: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  {
    additionalProperties: false,
    description: 'text: {type, text}; url: {type, url}; file: {type, sha256, name} of a file uploaded for the product',
    allOf: [
      { if: { properties: { type: { const: 'text' } } }, then: { required: ['text'] } },
      { if: { properties: { type: { const: 'url' } } }, then: { required: ['url'] } },
      { if: { properties: { type: { const: 'file' } } }, then: { required: ['sha256', 'name'] } },
    ],
  },
);

export const AnswerSchema = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: DECLARATION_LIMITS.shortText, description: 'ignored: the template writes the title for the reader' })),
    status: enumOf(ANSWER_STATUSES, 'met = all of it done; partly-met = some; not-met = none; not-applicable needs a reason; unknown = not answered yet'),
    reason: Type.Optional(Text),
    evidence: Type.Optional(Type.Array(EvidenceSchema, { maxItems: DECLARATION_LIMITS.evidence })),
  },
  { additionalProperties: false, if: { properties: { status: { const: 'not-applicable' } } }, then: { required: ['reason'] } },
);

export const DataPracticeSchema = Type.Object(
  {
    data: ShortText,
    purpose: Text,
    sharedWith: Type.Array(ShortText, { maxItems: 50 }),
    retention: Nullable(ShortText),
    deletion: Nullable(Text),
  },
  { additionalProperties: false },
);

export const DeclaredProductSchema = Type.Object(
  {
    name: ShortText,
    model: Type.Optional(Nullable(ShortText)),
    manufacturer: Type.Optional(Nullable(ShortText)),
    category: Type.Optional(Nullable(enumOf(PRODUCT_CATEGORIES))),
  },
  { additionalProperties: false },
);

export const DeclaredReleaseSchema = Type.Object(
  {
    version: Type.Optional(Nullable(ShortText)),
    date: Type.Optional(Nullable(IsoDate)),
    supportEnd: Type.Optional(Nullable(IsoDate)),
    updateMechanism: Type.Optional(Nullable(enumOf(UPDATE_MECHANISMS))),
    disclosureContact: Type.Optional(Nullable(Type.String({ pattern: '^(https?://|mailto:)[^\\s]+$', maxLength: DECLARATION_LIMITS.url }))),
    passwords: Type.Optional(Nullable(enumOf(PASSWORD_APPROACHES))),
    interfaces: Type.Optional(Nullable(Type.Array(enumOf(INTERFACES), { uniqueItems: true }))),
    dataPractices: Type.Optional(Nullable(Type.Array(DataPracticeSchema, { maxItems: DECLARATION_LIMITS.dataPractices }))),
  },
  { additionalProperties: false },
);

const NullableBoolean = Nullable(Type.Boolean());
const factProperties = Object.fromEntries(PRODUCT_FACTS.map((f) => [f, Type.Optional(NullableBoolean)])) as {
  [K in ProductFact]: ReturnType<typeof Type.Optional<typeof NullableBoolean>>;
};

export const FactsSchema = Type.Object(factProperties, {
  additionalProperties: false,
  description: 'product facts that decide conditional requirements; null = not stated',
});

export const DeclarationFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    format: Type.Literal(DECLARATION_FORMAT),
    baselineVersion: Type.Optional(Nullable(ShortText)),
    product: DeclaredProductSchema,
    release: Type.Optional(DeclaredReleaseSchema),
    facts: Type.Optional(FactsSchema),
    answers: Type.Record(Id, AnswerSchema, { additionalProperties: false, maxProperties: DECLARATION_LIMITS.answers, description: 'baseline item id -> answer' }),
    followUp: Type.Optional(
      Type.Record(FrameworkId, Type.Record(Id, AnswerSchema, { additionalProperties: false, maxProperties: DECLARATION_LIMITS.answers }), {
        additionalProperties: false,
        maxProperties: 100,
        description: 'framework id -> requirement id -> answer, for requirements the baseline answers cannot settle',
      }),
    ),
  },
  { additionalProperties: false },
);

export type DeclarationFile = Static<typeof DeclarationFileSchema>;

// The file's type and the domain's must stay the same shape: this line fails to compile if they drift.
export const sameShape: (file: DeclarationFile) => Declaration = (file) => file;

/** The declaration format as a standalone JSON Schema document (draft-07), pretty-printed. */
export function declarationJsonSchemaText(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DECLARATION_SCHEMA_ID,
    title: 'iotspp declaration: a release\'s answers to the Platform baseline',
    ...JSON.parse(JSON.stringify(DeclarationFileSchema)),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
