// Product facts decide conditional requirements ("passwords are used"). Catalog conditions name one of these
// facts; a product's declaration states them once, and every framework's conditions are decided from them.

export const PRODUCT_FACTS = [
  'uses-passwords',
  'has-preinstalled-passwords',
  'has-user-authentication',
  'has-updatable-software',
  'has-update-mechanism',
  'updates-over-network',
  'has-automatic-updates',
  'is-constrained-device',
  'collects-telemetry',
  'processes-personal-data',
  'processing-based-on-consent',
  'uses-hardcoded-identity',
  'has-physical-debug-interface',
  'has-network-interfaces',
  'has-cloud-service',
] as const;
export type ProductFact = (typeof PRODUCT_FACTS)[number];

export function isProductFact(value: string): value is ProductFact {
  return (PRODUCT_FACTS as readonly string[]).includes(value);
}
