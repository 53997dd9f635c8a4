// Products and releases as the API shows and accepts them. Enumerations come from the domain's const arrays.
import { Type } from 'typebox';
import { INTERFACES, PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS } from '../../../domain/assessments/product-profile.js';
import { VERDICTS } from '../../../domain/assessments/status.js';
import { enumOf } from '../../../schemas/enum.js';
import { PaginationQuery } from '../../schemas/common.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const ShortText = Type.String({ minLength: 1, maxLength: 200 });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const ProductSchema = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  name: Type.String(),
  model: Nullable(Type.String()),
  category: enumOf(PRODUCT_CATEGORIES),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const ProductInputSchema = Type.Object(
  { name: ShortText, model: Type.Optional(Nullable(ShortText)), category: enumOf(PRODUCT_CATEGORIES) },
  { additionalProperties: false },
);

export const ProductPatchSchema = Type.Partial(ProductInputSchema, { additionalProperties: false });

const DataPracticeSchema = Type.Object(
  {
    data: ShortText,
    purpose: Type.String({ minLength: 1, maxLength: 4000 }),
    sharedWith: Type.Array(ShortText, { maxItems: 50 }),
    retention: Nullable(ShortText),
    deletion: Nullable(Type.String({ minLength: 1, maxLength: 4000 })),
  },
  { additionalProperties: false },
);

/** The release's profile fields (all may be null while the manufacturer is still filling them in). */
const profileFields = {
  releaseDate: Nullable(IsoDate),
  supportEnd: Nullable(IsoDate),
  updateMechanism: Nullable(enumOf(UPDATE_MECHANISMS)),
  disclosureContact: Nullable(Type.String({ pattern: '^(https?://|mailto:)[^\\s]+$', maxLength: 2000, description: 'https:// link or mailto: address' })),
  passwords: Nullable(enumOf(PASSWORD_APPROACHES)),
  interfaces: Nullable(Type.Array(enumOf(INTERFACES), { uniqueItems: true })),
  dataPractices: Nullable(Type.Array(DataPracticeSchema, { maxItems: 50 })),
};

export const ReleaseInputSchema = Type.Object(
  {
    version: ShortText,
    releaseDate: Type.Optional(profileFields.releaseDate),
    supportEnd: Type.Optional(profileFields.supportEnd),
    updateMechanism: Type.Optional(profileFields.updateMechanism),
    disclosureContact: Type.Optional(profileFields.disclosureContact),
    passwords: Type.Optional(profileFields.passwords),
    interfaces: Type.Optional(profileFields.interfaces),
    dataPractices: Type.Optional(profileFields.dataPractices),
    copyFrom: Type.Optional(Type.String({ description: 'id of an earlier release of the product whose declaration to start from' })),
  },
  { additionalProperties: false },
);

export const ReleasePatchSchema = Type.Partial(Type.Omit(ReleaseInputSchema, ['copyFrom']), { additionalProperties: false });

export const VerdictSummarySchema = Type.Object({
  framework: Type.String(),
  frameworkVersion: Type.String(),
  verdict: enumOf(VERDICTS),
  deciding: Type.Object({ applicable: Type.Integer(), met: Type.Integer(), failing: Type.Integer(), open: Type.Integer() }),
});

export const ReleaseSchema = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  version: Type.String(),
  ...profileFields,
  createdAt: Type.String(),
  updatedAt: Type.String(),
  declarationRevision: Type.Integer({ description: 'bumped by every change of the declaration or the profile' }),
  answered: Type.Integer({ description: 'baseline items answered (not unknown)' }),
  assessment: Nullable(
    Type.Object({
      assessedAt: Type.String(),
      declarationRevision: Type.Integer(),
      dataVersion: Type.Integer(),
      bundleVersion: Nullable(Type.String()),
      baselineVersion: Type.String(),
      current: Type.Boolean({ description: 'false when the declaration or the registry changed since: reading the assessment recomputes it' }),
      verdicts: Type.Array(VerdictSummarySchema),
    }),
  ),
});

export const ProductListQuery = Type.Object({ ...PaginationQuery, search: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false });

export const ProductListSchema = Type.Object({
  items: Type.Array(Type.Object({ product: ProductSchema, releases: Type.Integer(), latest: Nullable(ReleaseSchema) })),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const ProductDetailSchema = Type.Object({ product: ProductSchema, releases: Type.Array(ReleaseSchema) });
