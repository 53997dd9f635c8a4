// Labels as the API shows and accepts them. Enumerations come from the domain's const arrays; a response lists
// only public fields (a label is public once issued; who issued or withdrew it is not).
import { Type } from 'typebox';
import { LABEL_ID_PATTERN } from '../../../domain/labels/label-id.js';
import { LABEL_STATUSES } from '../../../domain/labels/status.js';
import { ASSESSMENT_TYPES, PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS, VERDICTS, WITHDRAWAL_REASONS } from '../../../domain/labels/vocabulary.js';
import { LABEL_LANGUAGES } from '../../../domain/labels/texts/index.js';
import { enumOf } from '../../../schemas/enum.js';
import { Page, PaginationQuery } from '../../schemas/common.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const LabelIdParams = Type.Object({ id: Type.String({ pattern: LABEL_ID_PATTERN, description: 'a label id (10 characters)' }) });
export const ReleaseIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
export const LanguageQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 20, description: `one of ${LABEL_LANGUAGES.join(', ')}; else Accept-Language` })) });

export const ClaimSchema = Type.Object({
  framework: Type.String(),
  frameworkName: Type.String(),
  frameworkVersion: Type.String(),
  verdict: enumOf(VERDICTS),
  assessmentType: enumOf(ASSESSMENT_TYPES),
  assessedAt: IsoDate,
});

export const LabelPayloadSchema = Type.Object(
  {
    format: Type.Literal('iotspp-label/1'),
    jti: Type.String(),
    iss: Type.String(),
    url: Type.String(),
    iat: Type.Integer(),
    exp: Type.Integer(),
    manufacturer: Type.Object({ id: Type.String(), name: Type.String() }),
    product: Type.Object({ id: Type.String(), name: Type.String(), model: Nullable(Type.String()), category: Nullable(enumOf(PRODUCT_CATEGORIES)) }),
    release: Type.Object({ id: Type.String(), version: Type.String() }),
    supportEnd: IsoDate,
    updateMechanism: Nullable(enumOf(UPDATE_MECHANISMS)),
    disclosureContact: Type.String(),
    passwords: Nullable(enumOf(PASSWORD_APPROACHES)),
    dataPractices: Type.Array(Type.Object({ data: Type.String(), purpose: Type.String(), sharedWith: Type.Array(Type.String()) })),
    conformance: Type.Array(ClaimSchema),
  },
  { description: 'the signed payload (iotspp-label/1), as in the JWS' },
);

export const WithdrawalSchema = Type.Object({ at: Type.String(), reason: enumOf(WITHDRAWAL_REASONS), note: Type.String() });
export const SupersessionSchema = Type.Object({ labelId: Type.String(), releaseVersion: Type.String(), at: Type.String(), url: Type.String() });

export const LabelStatusSchema = Type.Object({
  id: Type.String(),
  status: enumOf(LABEL_STATUSES),
  withdrawal: Nullable(WithdrawalSchema),
  supersededBy: Nullable(SupersessionSchema),
  supportEnd: IsoDate,
  expiresAt: Type.String(),
  checkedAt: Type.String(),
});

export const LabelSchema = Type.Object({
  id: Type.String(),
  url: Type.String({ description: 'the short URL the QR code encodes; its page shows the status' }),
  status: enumOf(LABEL_STATUSES),
  statusText: Type.Object({ language: enumOf(LABEL_LANGUAGES), title: Type.String(), sentence: Type.String(), advice: Nullable(Type.String()) }),
  withdrawal: Nullable(WithdrawalSchema),
  supersededBy: Nullable(SupersessionSchema),
  issuedAt: Type.String(),
  expiresAt: Type.String(),
  kid: Type.String(),
  jws: Type.String({ description: 'the signed label (compact JWS, EdDSA)' }),
  claims: LabelPayloadSchema,
  links: Type.Object({ page: Type.String(), jws: Type.String(), status: Type.String(), qrSvg: Type.String(), qrPng: Type.String(), artwork: Type.String(), jwks: Type.String() }),
});

export const LabelListingSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  manufacturer: Type.Object({ id: Type.String(), name: Type.String() }),
  product: Type.Object({ id: Type.String(), name: Type.String(), model: Nullable(Type.String()), category: Nullable(enumOf(PRODUCT_CATEGORIES)) }),
  release: Type.Object({ id: Type.String(), version: Type.String() }),
  supportEnd: IsoDate,
  issuedAt: Type.String(),
  expiresAt: Type.String(),
  status: enumOf(LABEL_STATUSES),
  claims: Type.Array(Type.Object({ framework: Type.String(), frameworkName: Type.String(), frameworkVersion: Type.String(), verdict: enumOf(VERDICTS), assessmentType: enumOf(ASSESSMENT_TYPES) })),
});

const FilterFields = {
  q: Type.Optional(Type.String({ maxLength: 200, description: 'words in the manufacturer, product, model or release version' })),
  manufacturer: Type.Optional(Type.String({ maxLength: 100, description: 'a manufacturer organisation id' })),
  category: Type.Optional(enumOf(PRODUCT_CATEGORIES)),
  status: Type.Optional(Type.Array(enumOf(LABEL_STATUSES), { maxItems: LABEL_STATUSES.length, description: 'repeat for several' })),
  framework: Type.Optional(Type.String({ maxLength: 100, description: 'labels claiming conformance to this framework id' })),
};

export const RegistryQuery = Type.Object({ ...FilterFields, ...PaginationQuery }, { additionalProperties: false });
export const RegistryCsvQuery = Type.Object(FilterFields, { additionalProperties: false });
export const RegistryPage = Page(LabelListingSchema);
export const ManufacturersSchema = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) });

export const IssueLabelBody = Type.Object(
  {
    frameworks: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50, description: 'framework ids to claim; default: every framework the release conforms to' })),
    validUntil: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);

export const WithdrawLabelBody = Type.Object(
  { reason: enumOf(WITHDRAWAL_REASONS), note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
