// What the API shows of products and releases: only the fields in schema.ts, built explicitly.
import type { Product } from '../../../domain/assessments/product.js';
import type { ReleaseSummary } from '../../../commands/products/product-queries.js';

export function presentProduct(p: Product) {
  return { id: p.id, organisationId: p.organisationId, name: p.name, model: p.model, category: p.category, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

export function presentRelease(s: ReleaseSummary) {
  const r = s.release;
  const a = s.assessment;
  return {
    id: r.id,
    productId: r.productId,
    version: r.version,
    releaseDate: r.releaseDate,
    supportEnd: r.supportEnd,
    updateMechanism: r.updateMechanism,
    disclosureContact: r.disclosureContact,
    passwords: r.passwords,
    interfaces: r.interfaces,
    dataPractices: r.dataPractices,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    declarationRevision: s.declarationRevision,
    answered: s.answered,
    assessment: a
      ? {
          assessedAt: a.computedAt,
          declarationRevision: a.declarationRevision,
          dataVersion: a.dataVersion,
          bundleVersion: a.bundleVersion,
          baselineVersion: a.baselineVersion,
          current: s.current,
          verdicts: a.verdicts.map((v) => ({
            framework: v.frameworkId,
            frameworkVersion: v.frameworkVersion,
            verdict: v.verdict,
            deciding: { applicable: v.decidingApplicable, met: v.decidingMet, failing: v.decidingFailing, open: v.decidingOpen },
          })),
        }
      : null,
  };
}
