// Reading products and releases for a caller. A product the caller may not read is "not found" (never
// "forbidden"), so its existence does not leak to other organisations.
import type { Actor } from '../../domain/access/actor.js';
import { can } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';
import type { Product, Release } from '../../domain/assessments/product.js';
import { findProduct, findRelease, listProducts, listReleases } from '../../db/repositories/products.js';
import { findDeclarations } from '../../db/repositories/declarations.js';
import { findAssessmentRecords, type AssessmentRecord } from '../../db/repositories/assessments.js';
import { readDataVersion } from '../../db/repositories/meta.js';
import type { CommandContext } from '../context.js';

export async function productOrThrow(ctx: CommandContext, actor: Actor, productId: string): Promise<Product> {
  const product = await findProduct(ctx.store.db, productId);
  if (!product || !can(actor, 'products.read', product)) throw new DomainError('product_not_found', `No product "${productId}".`);
  return product;
}

export async function releaseOrThrow(ctx: CommandContext, actor: Actor, releaseId: string): Promise<{ product: Product; release: Release }> {
  const release = await findRelease(ctx.store.db, releaseId);
  const product = release ? await findProduct(ctx.store.db, release.productId) : undefined;
  if (!release || !product || !can(actor, 'products.read', product)) throw new DomainError('release_not_found', `No release "${releaseId}".`);
  return { product, release };
}

export interface ReleaseSummary {
  release: Release;
  declarationRevision: number;
  answered: number;
  /** The recorded assessment, when one was computed (it may be older than the declaration: see currentAssessment). */
  assessment: AssessmentRecord | null;
  /** The record was derived from this declaration revision and the registry's current data version. */
  current: boolean;
}

export async function releaseSummaries(ctx: CommandContext, releases: Release[]): Promise<ReleaseSummary[]> {
  const ids = releases.map((r) => r.id);
  const [declarations, records, dataVersion] = await Promise.all([findDeclarations(ctx.store.db, ids), findAssessmentRecords(ctx.store.db, ids), readDataVersion(ctx.store.db)]);
  return releases.map((release) => {
    const d = declarations.find((x) => x.releaseId === release.id);
    const assessment = records.find((r) => r.releaseId === release.id) ?? null;
    const declarationRevision = d?.revision ?? 0;
    return {
      release,
      declarationRevision,
      answered: d ? Object.values(d.answers).filter((a) => a.status !== 'unknown').length : 0,
      assessment,
      current: assessment !== null && assessment.declarationRevision === declarationRevision && assessment.dataVersion === dataVersion,
    };
  });
}

export async function productWithReleases(ctx: CommandContext, actor: Actor, productId: string): Promise<{ product: Product; releases: ReleaseSummary[] }> {
  const product = await productOrThrow(ctx, actor, productId);
  return { product, releases: await releaseSummaries(ctx, await listReleases(ctx.store.db, [product.id])) };
}

/** The caller's organisation's products, each with its newest release. */
export async function listOwnProducts(
  ctx: CommandContext,
  actor: Actor,
  page: { limit: number; offset: number; search?: string },
): Promise<{ items: { product: Product; latest: ReleaseSummary | null; releases: number }[]; total: number }> {
  if (actor.kind !== 'user' || actor.organisationId === null) return { items: [], total: 0 };
  const { items, total } = await listProducts(ctx.store.db, actor.organisationId, page);
  const releases = await listReleases(ctx.store.db, items.map((p) => p.id));
  const latest = releases.filter((r, i) => releases.findIndex((x) => x.productId === r.productId) === i);
  const summaries = await releaseSummaries(ctx, latest);
  return {
    items: items.map((product) => ({
      product,
      latest: summaries.find((s) => s.release.productId === product.id) ?? null,
      releases: releases.filter((r) => r.productId === product.id).length,
    })),
    total,
  };
}
