// The public side of disclosure policies: a manufacturer's policy page (with its products, to report against),
// the security.txt it can put on its own site, the list of manufacturers that take reports, and the Platform's
// own security.txt.
import { defaultPolicyInput, manufacturerSecurityTxt, platformSecurityTxt, policyPageUrl, reportFormUrl, type DisclosurePolicy } from '../../domain/disclosure/disclosure-policy.js';
import { DomainError } from '../../domain/errors.js';
import { findOrganisation, listOrganisations } from '../../db/repositories/organisations.js';
import { findPolicy, listPolicies, listPsirtMembers, type PsirtMember } from '../../db/repositories/disclosure-policies.js';
import type { DisclosureContext } from './disclosure-context.js';
import type { RegisteredProduct } from './product-registry.js';

export interface PolicyPage {
  manufacturer: { id: string; name: string; country: string };
  /** The published policy, or the defaults when the manufacturer has not written one (published: false). */
  policy: DisclosurePolicy;
  published: boolean;
  products: Pick<RegisteredProduct, 'id' | 'name' | 'modelNumber'>[];
  pageUrl: string;
  reportUrl: string;
  securityTxtUrl: string;
}

export async function policyPage(ctx: Pick<DisclosureContext, 'store' | 'clock' | 'publicUrl' | 'products'>, organisationId: string): Promise<PolicyPage> {
  const organisation = await findOrganisation(ctx.store.db, organisationId);
  if (!organisation || organisation.type !== 'manufacturer') throw new DomainError('organisation_not_found', 'No such manufacturer.');
  const stored = await findPolicy(ctx.store.db, organisationId);
  const policy = stored ?? { ...defaultPolicyInput(), organisationId, updatedAt: organisation.createdAt };
  const products = (await ctx.products.listProducts(organisationId)).map((p) => ({ id: p.id, name: p.name, modelNumber: p.modelNumber }));
  return {
    manufacturer: { id: organisation.id, name: organisation.name, country: organisation.country },
    policy,
    published: stored !== undefined,
    products,
    pageUrl: policyPageUrl(ctx.publicUrl, organisationId),
    reportUrl: reportFormUrl(ctx.publicUrl, organisationId),
    securityTxtUrl: `${ctx.publicUrl}/api/disclosure/manufacturers/${encodeURIComponent(organisationId)}/security.txt`,
  };
}

export async function manufacturerSecurityTxtFor(ctx: Pick<DisclosureContext, 'store' | 'clock' | 'publicUrl' | 'products'>, organisationId: string): Promise<string> {
  const page = await policyPage(ctx, organisationId);
  return manufacturerSecurityTxt(page.policy, page.manufacturer.name, ctx.publicUrl, ctx.clock.now());
}

/** Manufacturers that take reports here: those with a policy or at least one registered product. */
export async function reportableManufacturers(ctx: Pick<DisclosureContext, 'store' | 'products'>): Promise<{ id: string; name: string; published: boolean; products: number }[]> {
  const policies = new Set((await listPolicies(ctx.store.db)).map((p) => p.organisationId));
  const out = [];
  for (const o of await listOrganisations(ctx.store.db)) {
    if (o.type !== 'manufacturer') continue;
    const products = (await ctx.products.listProducts(o.id)).length;
    if (products > 0 || policies.has(o.id)) out.push({ id: o.id, name: o.name, published: policies.has(o.id), products });
  }
  return out;
}

export function psirtMembers(ctx: Pick<DisclosureContext, 'store'>, organisationId: string): Promise<PsirtMember[]> {
  return listPsirtMembers(ctx.store.db, organisationId);
}

export function platformSecurityTxtFor(ctx: Pick<DisclosureContext, 'clock' | 'publicUrl'>, contact: string[]): string {
  return platformSecurityTxt({ publicUrl: ctx.publicUrl, contact, now: ctx.clock.now() });
}
