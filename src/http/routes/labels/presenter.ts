// Labels as the API, the registry CSV and the label page present them: only public fields (never who issued
// or withdrew a label), absolute links built from PUBLIC_URL.
import { toCsv } from '../../../domain/csv.js';
import { describeStatus } from '../../../domain/labels/describe.js';
import type { LabelListing, LabelRecord } from '../../../domain/labels/label-record.js';
import { labelUrl } from '../../../domain/labels/payload.js';
import type { LabelStatus } from '../../../domain/labels/status.js';
import type { LabelLanguage } from '../../../domain/labels/texts/index.js';

export function labelLinks(publicUrl: string, id: string) {
  const page = labelUrl(publicUrl, id);
  return {
    page,
    jws: `${page}.jws`,
    status: `${publicUrl}/api/labels/${id}/status`,
    qrSvg: `${page}/qr.svg`,
    qrPng: `${page}/qr.png`,
    artwork: `${page}/label.svg`,
    jwks: `${publicUrl}/.well-known/jwks.json`,
  };
}

function supersession(record: LabelRecord, publicUrl: string) {
  const s = record.state.supersededBy;
  return s ? { ...s, url: labelUrl(publicUrl, s.labelId) } : null;
}

export function presentStatus(record: LabelRecord, status: LabelStatus, publicUrl: string, now: Date) {
  return {
    id: record.id,
    status,
    withdrawal: record.state.withdrawal,
    supersededBy: supersession(record, publicUrl),
    supportEnd: record.payload.supportEnd,
    expiresAt: new Date(record.payload.exp * 1000).toISOString(),
    checkedAt: now.toISOString(),
  };
}

export function presentLabel(record: LabelRecord, status: LabelStatus, publicUrl: string, language: LabelLanguage) {
  const p = record.payload;
  const text = describeStatus(status, p, record.state, language);
  return {
    id: record.id,
    url: p.url,
    status,
    statusText: { language, title: text.title, sentence: text.sentence, advice: text.advice },
    withdrawal: record.state.withdrawal,
    supersededBy: supersession(record, publicUrl),
    issuedAt: new Date(p.iat * 1000).toISOString(),
    expiresAt: new Date(p.exp * 1000).toISOString(),
    kid: record.kid,
    jws: record.jws,
    claims: p,
    links: labelLinks(publicUrl, record.id),
  };
}

export function presentListing(l: LabelListing, publicUrl: string) {
  return { ...l, url: labelUrl(publicUrl, l.id) };
}

export const REGISTRY_CSV_HEADERS = ['label', 'url', 'status', 'manufacturer', 'product', 'model', 'category', 'release', 'security updates until', 'issued', 'label expires', 'conforms to', 'other claims'];

export function registryCsvRows(items: readonly LabelListing[], publicUrl: string): (string | null)[][] {
  return items.map((l) => [
    l.id,
    labelUrl(publicUrl, l.id),
    l.status,
    l.manufacturer.name,
    l.product.name,
    l.product.model,
    l.product.category,
    l.release.version,
    l.supportEnd,
    l.issuedAt.slice(0, 10),
    l.expiresAt.slice(0, 10),
    l.claims.filter((c) => c.verdict === 'conforms').map((c) => `${c.frameworkName} ${c.frameworkVersion}`).join('; '),
    l.claims.filter((c) => c.verdict !== 'conforms').map((c) => `${c.frameworkName} ${c.frameworkVersion}: ${c.verdict}`).join('; '),
  ]);
}

export function registryCsv(items: readonly LabelListing[], publicUrl: string): string {
  return toCsv(REGISTRY_CSV_HEADERS, registryCsvRows(items, publicUrl));
}
