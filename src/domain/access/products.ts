// Who may see and change products, releases, declarations and their assessments. A manufacturer's products are
// private to it: its own people read them, its manufacturer editors change them and share a release's report
// by link; nobody else reads them (administrators included: they run the Platform, they do not audit
// manufacturers). The regulator view is an aggregate across products, for administrators and for the people of
// member organisations; it names no product.
import { hasRole, type Actor } from './actor.js';

export const PRODUCT_ACTIONS = ['products.read', 'products.write', 'assessments.share', 'assessments.overview'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

/** A product (or its release, declaration, evidence, assessment): whose it is. */
export interface ProductResource {
  organisationId: string;
}

/** The regulator view: is the viewer's organisation a current member of the Platform? */
export interface OverviewResource {
  viewerIsMember: boolean;
}

export function canProducts(actor: Actor, action: ProductAction, resource?: unknown): boolean {
  if (actor.kind !== 'user') return false;
  switch (action) {
    case 'products.read': {
      // Without a resource the route only asks "may this actor read some product": one of its organisation's.
      const p = resource as ProductResource | undefined;
      return actor.organisationId !== null && (p === undefined || p.organisationId === actor.organisationId);
    }
    case 'products.write':
    case 'assessments.share': {
      const p = resource as ProductResource | undefined;
      return hasRole(actor, 'manufacturer-editor') && actor.organisationId !== null && (p === undefined || p.organisationId === actor.organisationId);
    }
    case 'assessments.overview': {
      if (hasRole(actor, 'administrator')) return true;
      const o = resource as OverviewResource | undefined;
      return actor.organisationId !== null && (o === undefined || o.viewerIsMember);
    }
  }
}
