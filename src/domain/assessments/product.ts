// Products and releases as the registry stores them, and the declaration file they make together: the file a
// manufacturer downloads is the product's identity, the release's profile and the stored answers.
import type { Answer, Declaration } from './declaration.js';
import { DECLARATION_FORMAT } from './declaration.js';
import type { ProductFact } from './product-facts.js';
import type { ProductCategory, ReleaseProfile } from './product-profile.js';

export interface Product {
  id: string;
  /** The manufacturer organisation that owns it. */
  organisationId: string;
  name: string;
  model: string | null;
  category: ProductCategory;
  createdAt: string;
  updatedAt: string;
}

export interface Release extends ReleaseProfile {
  id: string;
  productId: string;
  /** The software version. */
  version: string;
  releaseDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The answers part of a declaration, as stored for a release. */
export interface DeclarationAnswers {
  baselineVersion: string | null;
  facts: Partial<Record<ProductFact, boolean | null>>;
  answers: Record<string, Answer>;
  followUp: Record<string, Record<string, Answer>>;
}

export interface StoredDeclaration extends DeclarationAnswers {
  releaseId: string;
  /** Starts at 1, bumped by every change. */
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

export const EMPTY_ANSWERS: DeclarationAnswers = { baselineVersion: null, facts: {}, answers: {}, followUp: {} };

export function releaseProfile(release: ReleaseProfile): ReleaseProfile {
  const { supportEnd, updateMechanism, disclosureContact, passwords, interfaces, dataPractices } = release;
  return { supportEnd, updateMechanism, disclosureContact, passwords, interfaces, dataPractices };
}

/** The declaration file of a release: what GET .../declaration returns and `iotspp assess` reads. */
export function declarationFile(product: Product, release: Release, answers: DeclarationAnswers, manufacturer: string | null, schemaUrl?: string): Declaration {
  return {
    ...(schemaUrl ? { $schema: schemaUrl } : {}),
    format: DECLARATION_FORMAT,
    baselineVersion: answers.baselineVersion,
    product: { name: product.name, model: product.model, manufacturer, category: product.category },
    release: { version: release.version, date: release.releaseDate, ...releaseProfile(release) },
    facts: answers.facts,
    answers: answers.answers,
    followUp: answers.followUp,
  };
}
