// A manufacturer's vulnerability disclosure policy: how to reach its PSIRT, in which languages, how fast it
// answers, and what it promises finders who act in good faith (safe harbour). It is shown on a public page and
// turned into an RFC 9116 security.txt for the manufacturer's own site.
import { isPlausibleEmail } from '../accounts/email.js';
import { DEFAULT_ACKNOWLEDGEMENT_DAYS } from './deadlines.js';
import { buildSecurityTxt } from './security-txt.js';

export interface DisclosurePolicy {
  organisationId: string;
  /** Where the PSIRT reads mail (shown publicly). */
  contactEmail: string | null;
  /** The manufacturer's own reporting page, if it has one (https). */
  contactUrl: string | null;
  /** Languages the PSIRT reads, as language tags, preferred first. */
  languages: string[];
  /** Acknowledgement within this many days: the acknowledgement deadline of every case. */
  acknowledgementDays: number;
  /** A first assessment (triage) within this many days: a stated expectation, shown on the page. */
  assessmentDays: number;
  safeHarbour: string;
  /** An OpenPGP key for encrypted mail (https, or openpgp4fpr:), for security.txt's Encryption. */
  encryptionUrl: string | null;
  /** The manufacturer's website origin, for security.txt's Canonical. */
  website: string | null;
  /** Lists the Platform's CSAF provider metadata in the manufacturer's security.txt. */
  listCsaf: boolean;
  updatedAt: string;
}

export type DisclosurePolicyInput = Omit<DisclosurePolicy, 'organisationId' | 'updatedAt'>;

export const SAFE_HARBOUR_MAX = 8000;

export const DEFAULT_SAFE_HARBOUR =
  'We will not take legal action against anyone who, in good faith, finds and reports a vulnerability in our products ' +
  'through this channel, avoids harm to users and their data, does not exploit the vulnerability beyond what is needed ' +
  'to show it, and gives us reasonable time to fix it before telling anyone else.';

export function defaultPolicyInput(): DisclosurePolicyInput {
  return {
    contactEmail: null,
    contactUrl: null,
    languages: ['en'],
    acknowledgementDays: DEFAULT_ACKNOWLEDGEMENT_DAYS,
    assessmentDays: 30,
    safeHarbour: DEFAULT_SAFE_HARBOUR,
    encryptionUrl: null,
    website: null,
    listCsaf: true,
  };
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Problems with a policy, each with the JSON pointer of the field; empty when it is acceptable. */
export function policyProblems(p: DisclosurePolicyInput): { pointer: string; message: string }[] {
  const problems: { pointer: string; message: string }[] = [];
  const add = (field: string, message: string) => problems.push({ pointer: `body/${field}`, message });
  if (p.contactEmail !== null && !isPlausibleEmail(p.contactEmail)) add('contactEmail', 'is not an email address');
  if (p.contactUrl !== null && !isHttps(p.contactUrl)) add('contactUrl', 'must be an https:// address');
  if (p.languages.length === 0) add('languages', 'name at least one language');
  p.languages.forEach((l, i) => {
    if (!LANGUAGE_TAG.test(l)) add(`languages/${i}`, `"${l}" is not a language tag (like en, fr or pt-BR)`);
  });
  if (new Set(p.languages).size !== p.languages.length) add('languages', 'lists a language twice');
  if (!Number.isInteger(p.acknowledgementDays) || p.acknowledgementDays < 1 || p.acknowledgementDays > 30) add('acknowledgementDays', 'must be 1 to 30 days');
  if (!Number.isInteger(p.assessmentDays) || p.assessmentDays < 1 || p.assessmentDays > 90) add('assessmentDays', 'must be 1 to 90 days');
  if (p.safeHarbour.trim().length < 20 || p.safeHarbour.length > SAFE_HARBOUR_MAX) add('safeHarbour', `must be 20 to ${SAFE_HARBOUR_MAX} characters`);
  if (p.encryptionUrl !== null && !isHttps(p.encryptionUrl) && !p.encryptionUrl.startsWith('openpgp4fpr:')) add('encryptionUrl', 'must be an https:// address or an openpgp4fpr: fingerprint');
  if (p.website !== null && !isHttps(p.website)) add('website', 'must be an https:// address');
  return problems;
}

/** Where the Platform shows a manufacturer's policy and takes its reports. */
export function policyPageUrl(publicUrl: string, organisationId: string): string {
  return `${publicUrl}/disclosure/manufacturers/${encodeURIComponent(organisationId)}`;
}

export function reportFormUrl(publicUrl: string, organisationId: string): string {
  return `${policyPageUrl(publicUrl, organisationId)}/report`;
}

/** RFC 9116 recommends an Expires under a year ahead; a file the manufacturer copies to its site gets 364 days. */
export const MANUFACTURER_SECURITY_TXT_DAYS = 364;

/** The security.txt a manufacturer puts at https://its-site/.well-known/security.txt. */
export function manufacturerSecurityTxt(policy: DisclosurePolicy, manufacturerName: string, publicUrl: string, now: Date): string {
  const contact = [
    ...(policy.contactEmail ? [`mailto:${policy.contactEmail}`] : []),
    ...(policy.contactUrl ? [policy.contactUrl] : []),
    reportFormUrl(publicUrl, policy.organisationId),
  ];
  return buildSecurityTxt({
    comment: [`Vulnerability disclosure for ${manufacturerName}, generated by the IoT Security Policy Platform.`, 'Renew this file before it expires.'],
    contact,
    expires: new Date(now.getTime() + MANUFACTURER_SECURITY_TXT_DAYS * 24 * 60 * 60 * 1000),
    encryption: policy.encryptionUrl ? [policy.encryptionUrl] : [],
    preferredLanguages: policy.languages,
    canonical: policy.website ? [`${new URL(policy.website).origin}/.well-known/security.txt`] : [],
    policy: [policyPageUrl(publicUrl, policy.organisationId)],
    csaf: policy.listCsaf ? [`${publicUrl}/.well-known/csaf/provider-metadata.json`] : [],
  });
}

/** How long the Platform's own security.txt stays valid: it is written on every request, so a short time is safe. */
export const PLATFORM_SECURITY_TXT_DAYS = 30;

export function platformSecurityTxt(input: { publicUrl: string; contact: string[]; now: Date }): string {
  return buildSecurityTxt({
    comment: ['Security contact of the IoT Security Policy Platform itself (this software and this site).'],
    contact: input.contact,
    expires: new Date(input.now.getTime() + PLATFORM_SECURITY_TXT_DAYS * 24 * 60 * 60 * 1000),
    preferredLanguages: ['en', 'fr', 'es'],
    canonical: [`${input.publicUrl}/.well-known/security.txt`],
    policy: [`${input.publicUrl}/security`],
    csaf: [`${input.publicUrl}/.well-known/csaf/provider-metadata.json`],
  });
}
