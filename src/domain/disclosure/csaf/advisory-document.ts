// Builds the CSAF 2.0 document of an advisory (profile csaf_security_advisory) from plain data: the case's
// public write-up, its scores, and the product and releases it concerns. The output is designed to pass the
// OASIS schema and the mandatory tests of CSAF 2.0 section 6.1 (checked in the tests with the BSI validator):
// every product id is defined once and used, no product is both affected and fixed, revision numbers are whole
// numbers counting up from 1, and scores agree with their vectors.
//
// The Platform publishes as a coordinator (it is the trusted provider serving the files); the manufacturer is
// the vendor branch of the product tree. CSAF 2.0 has no place for a CVSS v4.0 score, so a v4.0 vector and its
// score go into a vulnerability note instead.
import type { CvssScore } from '../cvss/cvss-score.js';
import { cvssV3Json } from './cvss-v3-json.js';

export const REMEDIATION_CATEGORIES = ['vendor_fix', 'workaround', 'mitigation', 'none_available', 'no_fix_planned'] as const;
export type RemediationCategory = (typeof REMEDIATION_CATEGORIES)[number];

export interface AdvisoryRelease {
  id: string;
  version: string;
}

export interface Remediation {
  category: RemediationCategory;
  details: string;
  url: string | null;
}

export interface Revision {
  date: string;
  summary: string;
}

export interface AdvisoryInput {
  trackingId: string;
  title: string;
  /** The document-level summary (public). */
  summary: string;
  /** The vulnerability's public description. */
  description: string;
  cve: string | null;
  cwe: { id: string; name: string } | null;
  /** Names credited for finding and reporting it (only with the reporter's consent). */
  acknowledgments: string[];
  scores: CvssScore[];
  manufacturer: { name: string };
  /** The product; its model number, when known, identifies each release's product in the tree. */
  product: { name: string; modelNumber: string | null };
  /** The releases the advisory names, in order (oldest first). */
  releases: AdvisoryRelease[];
  affectedReleaseIds: string[];
  fixedReleaseIds: string[];
  remediations: Remediation[];
  publisher: { name: string; namespace: string; contactDetails: string };
  generator: { name: string; version: string; date: string };
  /** Every revision so far, oldest first; the last is the current one. */
  revisions: Revision[];
  /** Where the document is served. */
  selfUrl: string;
  /** When the report was received (the discovery date as far as the Platform knows). */
  receivedAt: string;
}

export type CsafDocument = Record<string, unknown> & {
  document: { tracking: { id: string; version: string; current_release_date: string; initial_release_date: string } & Record<string, unknown> } & Record<string, unknown>;
};

// CSAF 6.1.31: a product_version name holds one version, never a range ("1.2 and later", "<= 2.0").
const RANGE_WORDS = /(<|>|\b(after|all|before|earlier|later|prior|versions)\b)/i;

/** Problems that would make the document invalid, found before building it; empty when it can be built. */
export function advisoryProblems(input: AdvisoryInput): string[] {
  const problems: string[] = [];
  const known = new Set(input.releases.map((r) => r.id));
  if (input.affectedReleaseIds.length === 0) problems.push('Name at least one affected release.');
  for (const id of [...input.affectedReleaseIds, ...input.fixedReleaseIds]) {
    if (!known.has(id)) problems.push(`Release "${id}" is not a release of ${input.product.name}.`);
  }
  const both = input.affectedReleaseIds.filter((id) => input.fixedReleaseIds.includes(id));
  if (both.length > 0) problems.push('A release cannot be both affected and fixed.');
  for (const r of input.releases) {
    if (RANGE_WORDS.test(r.version)) problems.push(`Release version "${r.version}" reads like a range; CSAF needs one version per release.`);
  }
  const hasFix = input.fixedReleaseIds.length > 0;
  if (hasFix && !input.remediations.some((r) => r.category === 'vendor_fix')) problems.push('With a fixed release, describe the vendor fix.');
  if (!hasFix && input.remediations.some((r) => r.category === 'vendor_fix')) problems.push('A vendor fix needs a fixed release.');
  if (input.remediations.length === 0) problems.push('Give at least one remediation (a fix, a workaround, or that none is available).');
  if (input.scores.length === 0) problems.push('The advisory needs the case\'s CVSS score.');
  if (input.revisions.length === 0) problems.push('An advisory has at least one revision.');
  if (input.cve !== null && !/^CVE-\d{4}-\d{4,}$/.test(input.cve)) problems.push('A CVE id looks like CVE-2026-12345.');
  return problems;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Object keys in alphabetical order at every depth (CSAF optional test 6.2.13 expects it). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
}

export function buildAdvisoryDocument(input: AdvisoryInput): CsafDocument {
  return sortedKeys(documentOf(input)) as CsafDocument;
}

function documentOf(input: AdvisoryInput): CsafDocument {
  const problems = advisoryProblems(input);
  if (problems.length > 0) throw new Error(`advisory cannot be built: ${problems.join(' ')}`);

  // Only releases the advisory refers to are defined (an unused product id is flagged by CSAF test 6.2.1).
  const referenced = new Set([...input.affectedReleaseIds, ...input.fixedReleaseIds]);
  const releases = input.releases.filter((r) => referenced.has(r.id));
  const productId = new Map(releases.map((r, i) => [r.id, `CSAFPID-${String(i + 1).padStart(4, '0')}`]));
  const ids = (releaseIds: string[]) => releaseIds.map((id) => productId.get(id)!);
  const affected = ids(input.affectedReleaseIds);
  const fixed = ids(input.fixedReleaseIds);

  const v3 = input.scores.filter((s) => s.version === '3.1');
  const v4 = input.scores.filter((s) => s.version === '4.0');
  const worst = [...input.scores].sort((a, b) => b.baseScore - a.baseScore)[0]!;

  const revisions = input.revisions.map((r, i) => ({ date: r.date, number: String(i + 1), summary: r.summary }));
  const current = revisions.at(-1)!;

  const vulnerability: Record<string, unknown> = {
    ...(input.cve ? { cve: input.cve } : {}),
    ...(input.cwe ? { cwe: input.cwe } : {}),
    title: input.title,
    discovery_date: input.receivedAt,
    notes: [
      { category: 'description', title: 'Description', text: input.description },
      ...v4.map((s) => ({ category: 'other', title: 'CVSS v4.0', text: `${s.vector} — score ${s.baseScore.toFixed(1)} (${capitalised(s.baseSeverity)}, ${s.nomenclature}).` })),
    ],
    ...(input.acknowledgments.length > 0 ? { acknowledgments: [{ names: input.acknowledgments, summary: 'finding and reporting the vulnerability' }] } : {}),
    product_status: { known_affected: affected, ...(fixed.length > 0 ? { fixed } : {}) },
    remediations: input.remediations.map((r) => ({ category: r.category, details: r.details, product_ids: affected, ...(r.url ? { url: r.url } : {}) })),
    ...(v3.length > 0 ? { scores: v3.slice(0, 1).map((s) => ({ cvss_v3: cvssV3Json(s), products: affected })) } : {}),
  };

  return {
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      title: input.title,
      lang: 'en',
      aggregate_severity: { text: capitalised(worst.baseSeverity) },
      distribution: { tlp: { label: 'WHITE', url: 'https://www.first.org/tlp/' } },
      publisher: { category: 'coordinator', name: input.publisher.name, namespace: input.publisher.namespace, contact_details: input.publisher.contactDetails },
      notes: [
        { category: 'summary', title: 'Summary', text: input.summary },
        {
          category: 'legal_disclaimer',
          title: 'Terms of use',
          text: `This advisory was coordinated through the ${input.publisher.name} with ${input.manufacturer.name}. It is provided as is, without warranty of any kind.`,
        },
      ],
      references: [{ category: 'self', summary: 'This advisory in CSAF 2.0', url: input.selfUrl }],
      tracking: {
        id: input.trackingId,
        status: 'final',
        version: current.number,
        initial_release_date: revisions[0]!.date,
        current_release_date: current.date,
        revision_history: revisions,
        generator: { engine: { name: input.generator.name, version: input.generator.version }, date: input.generator.date },
      },
    },
    product_tree: {
      branches: [
        {
          category: 'vendor',
          name: input.manufacturer.name,
          branches: [
            {
              category: 'product_name',
              name: input.product.name,
              branches: releases.map((r) => ({
                category: 'product_version',
                name: r.version,
                product: {
                  name: `${input.manufacturer.name} ${input.product.name} ${r.version}`,
                  product_id: productId.get(r.id)!,
                  ...(input.product.modelNumber ? { product_identification_helper: { model_numbers: [input.product.modelNumber] } } : {}),
                },
              })),
            },
          ],
        },
      ],
    },
    vulnerabilities: [vulnerability],
  };
}
