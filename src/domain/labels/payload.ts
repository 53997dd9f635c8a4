// The label payload: what the platform signs about one release (issue 7 item 1). Plain data in, plain data out.
// Registered JWT claims carry the id (jti), issuer (iss, the platform's public origin), issued-at (iat) and
// expiry (exp, in seconds); everything else is ours, in the same words as the rest of the Platform. Fields are
// only ever added to format iotspp-label/1, never renamed or removed.
import { DomainError, type ErrorDetail } from '../errors.js';
import { endOfDay, isIsoDate, toSeconds } from './dates.js';
import { isLabelId } from './label-id.js';
import {
  ASSESSMENT_TYPES,
  isOneOf,
  PASSWORD_APPROACHES,
  PRODUCT_CATEGORIES,
  UPDATE_MECHANISMS,
  VERDICTS,
  type AssessmentType,
  type PasswordApproach,
  type ProductCategory,
  type UpdateMechanism,
  type Verdict,
} from './vocabulary.js';

export const LABEL_FORMAT = 'iotspp-label/1';
/** The JWS `typ` header of a label, so a label is never mistaken for another kind of signed token. */
export const LABEL_JWS_TYPE = 'iotspp-label+jws';

export interface ConformanceClaim {
  /** Framework id, e.g. etsi-en-303-645. */
  framework: string;
  /** Its short name, for readers without the registry at hand. */
  frameworkName: string;
  frameworkVersion: string;
  verdict: Verdict;
  assessmentType: AssessmentType;
  /** The day the assessment was made (YYYY-MM-DD). */
  assessedAt: string;
}

/** A data practice in short: the label names the data, why, and who else gets it; the details stay on the page. */
export interface DataPracticeSummary {
  data: string;
  purpose: string;
  sharedWith: string[];
}

export interface LabelPayload {
  format: typeof LABEL_FORMAT;
  jti: string;
  iss: string;
  /** The short URL printed with the QR code; its page shows the label's current status. */
  url: string;
  iat: number;
  exp: number;
  manufacturer: { id: string; name: string };
  product: { id: string; name: string; model: string | null; category: ProductCategory | null };
  release: { id: string; version: string };
  /** The last day the manufacturer provides security updates (inclusive, UTC). */
  supportEnd: string;
  updateMechanism: UpdateMechanism | null;
  /** Where to report a vulnerability: an https URL or an email address. */
  disclosureContact: string;
  passwords: PasswordApproach | null;
  dataPractices: DataPracticeSummary[];
  conformance: ConformanceClaim[];
}

/** What the issuer knows when it issues a label; the builder checks it and computes the rest. */
export interface LabelFacts {
  id: string;
  /** The platform's public origin (PUBLIC_URL). */
  issuer: string;
  manufacturer: { id: string; name: string };
  product: { id: string; name: string; model: string | null; category: ProductCategory | null };
  release: { id: string; version: string };
  supportEnd: string | null;
  updateMechanism: UpdateMechanism | null;
  disclosureContact: string | null;
  passwords: PasswordApproach | null;
  dataPractices: readonly { data: string; purpose: string; sharedWith: readonly string[] }[];
  conformance: readonly ConformanceClaim[];
  /** A day before the end of support after which the label needs renewing; null: it lasts the support period. */
  validUntil: string | null;
}

/** A label says "in short": a few data practices of a few words each; the rest belongs on the product's pages. */
export const MAX_DATA_PRACTICES = 10;
export const MAX_SHORT_TEXT = 200;

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

export function isDisclosureContact(value: string): boolean {
  if (EMAIL.test(value)) return true;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** The short URL of a label: the issuer's origin, /l/, and the id. */
export function labelUrl(issuer: string, id: string): string {
  return `${issuer.replace(/\/+$/, '')}/l/${id}`;
}

/** When a label issued on `now` for a release supported until `supportEnd` expires: never after support ends. */
export function labelExpiry(supportEnd: string, validUntil: string | null): number {
  const end = endOfDay(supportEnd);
  const until = validUntil === null ? end : endOfDay(validUntil);
  return toSeconds(until < end ? until : end);
}

// Texts are cut to MAX_SHORT_TEXT characters (with an ellipsis): the label says it in short, the manufacturer's
// declaration keeps the whole text.
const short = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= MAX_SHORT_TEXT ? t : `${t.slice(0, MAX_SHORT_TEXT - 1).trimEnd()}…`;
};

export function buildLabelPayload(facts: LabelFacts, now: Date): LabelPayload {
  const problems: ErrorDetail[] = [];
  const problem = (pointer: string, message: string, hint?: string) => problems.push({ pointer, message, ...(hint ? { hint } : {}) });

  if (!isLabelId(facts.id)) problem('id', 'not a label id');
  if (facts.supportEnd === null) problem('supportEnd', 'the release states no end of security support', 'state supportEnd in the release profile: a label tells buyers how long updates last');
  else if (!isIsoDate(facts.supportEnd)) problem('supportEnd', 'not a calendar date (YYYY-MM-DD)');
  else if (endOfDay(facts.supportEnd) <= now) problem('supportEnd', `security support ended on ${facts.supportEnd}`, 'a label is only issued for a release that is still supported');
  if (facts.validUntil !== null) {
    if (!isIsoDate(facts.validUntil)) problem('validUntil', 'not a calendar date (YYYY-MM-DD)');
    else if (endOfDay(facts.validUntil) <= now) problem('validUntil', 'the label would already have expired');
    else if (facts.supportEnd !== null && isIsoDate(facts.supportEnd) && facts.validUntil > facts.supportEnd) {
      problem('validUntil', `after the end of support (${facts.supportEnd})`, 'a label never lasts longer than security support');
    }
  }
  if (facts.disclosureContact === null || facts.disclosureContact.trim() === '') {
    problem('disclosureContact', 'the release names no vulnerability disclosure contact', 'a label tells finders where to report a vulnerability');
  } else if (!isDisclosureContact(facts.disclosureContact.trim())) {
    problem('disclosureContact', 'neither an https URL nor an email address');
  }
  if (facts.dataPractices.length > MAX_DATA_PRACTICES) problem('dataPractices', `more than ${MAX_DATA_PRACTICES} data practices`, 'a label carries data practices in short');
  facts.dataPractices.forEach((d, i) => {
    if (short(d.data) === '' || short(d.purpose) === '') problem(`dataPractices/${i}`, 'a data practice names its data and purpose');
  });
  const seen = new Set<string>();
  facts.conformance.forEach((c, i) => {
    if (seen.has(c.framework)) problem(`conformance/${i}`, `${c.framework} is claimed twice`);
    seen.add(c.framework);
    if (!isIsoDate(c.assessedAt)) problem(`conformance/${i}/assessedAt`, 'not a calendar date (YYYY-MM-DD)');
    if (!isOneOf(VERDICTS, c.verdict)) problem(`conformance/${i}/verdict`, 'not a verdict');
    if (!isOneOf(ASSESSMENT_TYPES, c.assessmentType)) problem(`conformance/${i}/assessmentType`, 'not an assessment type');
  });
  if (facts.release.version.trim() === '') problem('release/version', 'the release has no version');
  if (problems.length > 0) throw new DomainError('validation_failed', 'This release cannot have a label yet.', problems);

  const issuer = facts.issuer.replace(/\/+$/, '');
  return {
    format: LABEL_FORMAT,
    jti: facts.id,
    iss: issuer,
    url: labelUrl(issuer, facts.id),
    iat: toSeconds(now),
    exp: labelExpiry(facts.supportEnd!, facts.validUntil),
    manufacturer: { id: facts.manufacturer.id, name: short(facts.manufacturer.name) },
    product: { id: facts.product.id, name: short(facts.product.name), model: facts.product.model, category: facts.product.category },
    release: { id: facts.release.id, version: facts.release.version.trim() },
    supportEnd: facts.supportEnd!,
    updateMechanism: facts.updateMechanism,
    disclosureContact: facts.disclosureContact!.trim(),
    passwords: facts.passwords,
    dataPractices: facts.dataPractices.map((d) => ({ data: short(d.data), purpose: short(d.purpose), sharedWith: d.sharedWith.map(short).filter((s) => s !== '') })),
    conformance: facts.conformance.map((c) => ({ ...c })),
  };
}
