// Everything the public label page, the printed artwork and the registry say, in plain words. One file per
// language; each must provide every message (the type makes a missing one a compile error).
import type { LabelStatus } from '../status.js';
import type { AssessmentType, PasswordApproach, ProductCategory, UpdateMechanism, Verdict, WithdrawalReason } from '../vocabulary.js';

export interface LabelMessages {
  /** The language's own name, for the language switch. */
  languageName: string;
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** A calendar date in words: day, month name, year. */
  date(day: number, month: string, year: number): string;

  labelName: string;
  pageTitle(product: string, manufacturer: string): string;
  byManufacturer(manufacturer: string): string;
  statusTitle: Record<LabelStatus, string>;
  supportedUntil(date: string): string;
  supportEndedOn(date: string): string;
  expiredOn(date: string, supportEnd: string): string;
  withdrawnOn(date: string, reason: string): string;
  withdrawnAdvice: string;
  supersededBy(version: string): string;
  newerLabel: string;
  withdrawalReason: Record<WithdrawalReason, string>;

  factsHeading: string;
  release: string;
  category: string;
  categories: Record<ProductCategory, string>;
  securityUpdatesUntil: string;
  updates: string;
  updateMechanism: Record<UpdateMechanism, string>;
  passwords: string;
  passwordApproach: Record<PasswordApproach, string>;
  notStated: string;
  reportVulnerability: string;
  reportHow(contact: string): string;
  dataPractices: string;
  dataPractice(data: string, purpose: string): string;
  sharedWith(parties: string): string;
  notShared: string;
  noDataPractices: string;

  conformanceHeading: string;
  verdict: Record<Verdict, string>;
  assessmentType: Record<AssessmentType, string>;
  assessedOn(date: string): string;
  noClaims: string;
  conformanceSummary(conforming: number, total: number): string;

  advisoriesHeading: string;
  noOpenAdvisories: string;
  advisoryFixedIn(version: string): string;
  advisoryNoFix: string;
  updateTo(version: string): string;

  signedHeading: string;
  signedBy(issuer: string): string;
  labelId: string;
  issuedOn: string;
  validUntil: string;
  downloadSigned: string;
  howToVerify: string;
  verifyCommand: string;
  verifyOffline: string;
  publicKeys: string;

  qrAlt(url: string): string;
  artworkTitle(product: string): string;
  artworkDescription(product: string, date: string): string;
  artworkSupported: string;
  artworkScan: string;
  languages: string;
  registryLink: string;
  notFoundTitle: string;
  notFoundText: string;
  statusName: Record<LabelStatus, string>;
  registryTitle: string;
  registryIntro: string;
  search: string;
  manufacturer: string;
  status: string;
  framework: string;
  any: string;
  applyFilters: string;
  clearFilters: string;
  results(total: number): string;
  pageOf(page: number, pages: number): string;
  previous: string;
  next: string;
  product: string;
  conformsTo: string;
  noResults: string;
  downloadCsv: string;
  pagination: string;
}
