// Schemas of the disclosure routes: what clients send and the fields they get back. Case responses go only to
// the case's participants (checked before the handler runs its command); public responses hold nothing sealed.
import { Type, type TSchema } from 'typebox';
import { CASE_STATES, CASE_STEPS } from '../../../domain/disclosure/case-state.js';
import { CVSS_SEVERITIES, CVSS_VERSIONS } from '../../../domain/disclosure/cvss/cvss-vector.js';
import { REMEDIATION_CATEGORIES } from '../../../domain/disclosure/csaf/advisory-document.js';
import { CWE_IDS } from '../../../domain/disclosure/csaf/cwe.js';
import { ATTACHMENT_LIMITS } from '../../../domain/disclosure/attachments.js';
import { RELEASE_ADVISORY_STATUSES } from '../../../domain/disclosure/release-advisories.js';
import { REPORT_LIMITS } from '../../../domain/disclosure/report.js';
import { SAFE_HARBOUR_MAX } from '../../../domain/disclosure/disclosure-policy.js';
import { EVENT_VISIBILITIES } from '../../../domain/disclosure/event-visibility.js';
import { enumOf } from '../../../schemas/enum.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, description?: string) => Type.String({ maxLength: max, ...(description ? { description } : {}) });

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
export const CaseAttachmentParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }), attachmentId: Type.String({ minLength: 1, maxLength: 100 }) });
export const TokenHeaders = Type.Object({ 'x-case-token': Type.String({ minLength: 1, maxLength: 200, description: 'the token of the private link (the part after #)' }) });

// Base64 of at most the per-file limit (4/3 larger), so the schema refuses oversized files before decoding.
export const AttachmentInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    content: Type.String({ maxLength: Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3) + 4, description: 'base64' }),
  },
  { additionalProperties: false },
);
export const Attachments = Type.Array(AttachmentInput, { maxItems: ATTACHMENT_LIMITS.maxFiles });

/** The request body limit of routes that take attachments: every file at its limit, base64, plus the text. */
export const ATTACHMENT_BODY_LIMIT = Math.ceil((ATTACHMENT_LIMITS.maxTotalBytes * 4) / 3) + 256 * 1024;

export const ReportBody = Type.Object(
  {
    productId: Type.String({ minLength: 1, maxLength: 100 }),
    title: Text(REPORT_LIMITS.title),
    description: Text(REPORT_LIMITS.description),
    affectedVersions: Text(REPORT_LIMITS.affectedVersions),
    steps: Text(REPORT_LIMITS.steps, 'how to reproduce'),
    reporterName: Type.Optional(Nullable(Text(REPORT_LIMITS.name))),
    reporterEmail: Type.Optional(Nullable(Text(254, 'for news of the case; never shown to anyone but the PSIRT and coordinators'))),
    credit: Type.Optional(Nullable(Text(REPORT_LIMITS.name, 'the name to credit in the advisory; leave out for no credit'))),
    attachments: Type.Optional(Attachments),
    homepage: Type.Optional(Type.String({ maxLength: 500, description: 'leave empty: a trap for spam robots' })),
  },
  { additionalProperties: false },
);

export const FiledReportSchema = Type.Object({
  trackingId: Type.String(),
  token: Type.String({ description: 'shown once: the Platform keeps only its hash' }),
  followUrl: Type.String(),
});

export const CvssScoreSchema = Type.Object({
  version: enumOf(CVSS_VERSIONS),
  vector: Type.String(),
  baseScore: Type.Number(),
  baseSeverity: enumOf(CVSS_SEVERITIES),
  temporalScore: Nullable(Type.Number()),
  environmentalScore: Nullable(Type.Number()),
  nomenclature: Nullable(Type.String()),
});

const OverdueSchema = Type.Object({ deadline: Type.Union([Type.Literal('acknowledgement'), Type.Literal('publication')]), dueAt: Type.String(), daysOverdue: Type.Integer() });
const ReleaseSchema = Type.Object({ id: Type.String(), version: Type.String(), releasedOn: Nullable(Type.String()) });

export const CaseViewSchema = Type.Object({
  id: Type.String(),
  trackingId: Type.String(),
  productId: Type.String(),
  productName: Type.String(),
  manufacturer: Type.Object({ id: Type.String(), name: Type.String() }),
  state: enumOf(CASE_STATES),
  receivedAt: Type.String(),
  acknowledgementDueAt: Type.String(),
  publicationDueAt: Type.String(),
  scores: Type.Array(CvssScoreSchema),
  cve: Nullable(Type.String()),
  duplicateOf: Nullable(Type.String()),
  affectedReleaseIds: Type.Array(Type.String()),
  fixedReleaseIds: Type.Array(Type.String()),
  releases: Type.Array(ReleaseSchema),
  advisory: Nullable(Type.Object({ id: Type.String(), url: Type.String() })),
  content: Type.Object({
    title: Type.String(),
    description: Type.String(),
    affectedVersions: Type.String(),
    steps: Type.String(),
    reporterName: Nullable(Type.String()),
    reporterEmail: Nullable(Type.String()),
    credit: Nullable(Type.String()),
  }),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Type.String(),
      kind: Type.String(),
      visibility: enumOf(EVENT_VISIBILITIES),
      author: Type.Object({ role: Type.String(), name: Type.String() }),
      body: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
  attachments: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), mediaType: Type.String(), size: Type.Integer(), createdAt: Type.String() })),
  overdue: Type.Array(OverdueSchema),
  nextSteps: Type.Array(enumOf(CASE_STEPS)),
  viewerRoles: Type.Array(Type.String()),
  coordinators: Type.Array(Type.Object({ userId: Type.String(), name: Type.String(), organisation: Type.String() })),
});

export const CaseSummarySchema = Type.Object({
  id: Type.String(),
  trackingId: Type.String(),
  title: Type.String(),
  productName: Type.String(),
  manufacturerName: Type.String(),
  state: enumOf(CASE_STATES),
  receivedAt: Type.String(),
  acknowledgementDueAt: Type.String(),
  publicationDueAt: Type.String(),
  maxScore: Nullable(Type.Number()),
  severity: Nullable(enumOf(CVSS_SEVERITIES)),
  overdue: Type.Array(OverdueSchema),
  viewerRoles: Type.Array(Type.String()),
});

export const OverdueCaseSchema = Type.Object({
  id: Type.String(),
  trackingId: Type.String(),
  productName: Type.String(),
  manufacturer: Type.Object({ id: Type.String(), name: Type.String() }),
  state: enumOf(CASE_STATES),
  receivedAt: Type.String(),
  overdue: Type.Array(OverdueSchema),
  coordinatorCount: Type.Integer(),
  maxScore: Nullable(Type.Number()),
  participating: Type.Boolean(),
});

export const StepBody = Type.Object(
  {
    step: enumOf(CASE_STEPS.filter((s) => s !== 'publish') as Exclude<(typeof CASE_STEPS)[number], 'publish'>[]),
    note: Type.Optional(Text(REPORT_LIMITS.message)),
    vectors: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 2, description: 'CVSS:3.1/... and/or CVSS:4.0/...; the score is computed' })),
    cve: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
    affectedReleaseIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })),
    fixedReleaseIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })),
    duplicateOf: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);

export const MessageBody = Type.Object(
  {
    text: Text(REPORT_LIMITS.message),
    visibility: Type.Optional(enumOf(EVENT_VISIBILITIES, 'internal: the manufacturer and coordinators only')),
    attachments: Type.Optional(Attachments),
  },
  { additionalProperties: false },
);

export const PublicationDateBody = Type.Object({ date: Type.String({ format: 'date-time' }), reason: Text(2000) }, { additionalProperties: false });
export const UserIdBody = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

const RemediationSchema = Type.Object(
  { category: enumOf(REMEDIATION_CATEGORIES), details: Text(5000), url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 500 }))) },
  { additionalProperties: false },
);

export const PublishBody = Type.Object(
  {
    title: Text(300),
    summary: Text(5000),
    description: Text(10000),
    cwe: Type.Optional(Nullable(enumOf(CWE_IDS))),
    remediations: Type.Array(RemediationSchema, { minItems: 1, maxItems: 5 }),
    creditReporter: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);

export const RevisionBody = Type.Object(
  {
    summary: Text(1000),
    cve: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
    affectedReleaseIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })),
    fixedReleaseIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })),
    remediations: Type.Optional(Type.Array(RemediationSchema, { minItems: 1, maxItems: 5 })),
  },
  { additionalProperties: false },
);

export const AdvisorySummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  cve: Nullable(Type.String()),
  severity: Type.String(),
  baseScore: Type.Number(),
  manufacturer: Type.Object({ id: Type.String(), name: Type.String() }),
  productId: Type.String(),
  version: Type.Integer(),
  initialReleaseDate: Type.String(),
  currentReleaseDate: Type.String(),
  url: Type.String({ description: 'the CSAF document' }),
  fixAvailable: Type.Boolean(),
});

export const AdvisoryDetailSchema = Type.Intersect([
  AdvisorySummarySchema,
  Type.Object({ document: Type.Unknown({ description: 'the CSAF 2.0 document' }), revisions: Type.Array(Type.Object({ version: Type.Integer(), at: Type.String(), summary: Type.String() })) }),
]);

export const PolicySchema = Type.Object({
  contactEmail: Nullable(Type.String()),
  contactUrl: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  acknowledgementDays: Type.Integer(),
  assessmentDays: Type.Integer(),
  safeHarbour: Type.String(),
  encryptionUrl: Nullable(Type.String()),
  website: Nullable(Type.String()),
  listCsaf: Type.Boolean(),
  updatedAt: Type.String(),
});

export const PolicyBody = Type.Object(
  {
    contactEmail: Nullable(Type.String({ maxLength: 254 })),
    contactUrl: Nullable(Type.String({ maxLength: 500 })),
    languages: Type.Array(Type.String({ maxLength: 20 }), { minItems: 1, maxItems: 20 }),
    acknowledgementDays: Type.Integer({ minimum: 1, maximum: 30 }),
    assessmentDays: Type.Integer({ minimum: 1, maximum: 90 }),
    safeHarbour: Text(SAFE_HARBOUR_MAX),
    encryptionUrl: Nullable(Type.String({ maxLength: 500 })),
    website: Nullable(Type.String({ maxLength: 500 })),
    listCsaf: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const PolicyPageSchema = Type.Object({
  manufacturer: Type.Object({ id: Type.String(), name: Type.String(), country: Type.String() }),
  policy: PolicySchema,
  published: Type.Boolean(),
  products: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), modelNumber: Nullable(Type.String()) })),
  pageUrl: Type.String(),
  reportUrl: Type.String(),
  securityTxtUrl: Type.String(),
});

export const PsirtMemberSchema = Type.Object({ userId: Type.String(), displayName: Nullable(Type.String()), addedAt: Type.String() });

export const ReleaseAdvisoriesSchema = Type.Object({
  releaseId: Type.String(),
  status: enumOf(RELEASE_ADVISORY_STATUSES),
  open: Type.Array(
    Type.Object({
      advisory: Type.Object({ trackingId: Type.String(), title: Type.String(), cve: Nullable(Type.String()), baseScore: Type.Number(), severity: Type.String(), url: Type.String(), publishedAt: Type.String() }),
      fixedIn: Nullable(Type.Object({ id: Type.String(), version: Type.String() })),
    }),
  ),
  updateTo: Nullable(Type.Object({ id: Type.String(), version: Type.String() })),
});

export const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
