// Products for label tests: a manufacturer with an editor (through the real invitation flow), and releases
// with a declaration that makes the chosen frameworks conform, written through the product commands.
import type { Actor } from '../../src/domain/access/actor.js';
import type { Product, Release } from '../../src/domain/assessments/product.js';
import type { ProductCategory } from '../../src/domain/assessments/product-profile.js';
import { createProduct } from '../../src/commands/products/create-product.js';
import { createRelease } from '../../src/commands/products/create-release.js';
import { replaceDeclaration } from '../../src/commands/declarations/replace-declaration.js';
import { storeRegistry } from '../../src/commands/assessments/store-registry.js';
import { demoDeclaration, DEMO_FACTS } from '../../src/commands/labels/demo-declaration.js';
import type { Clock } from '../../src/commands/context.js';
import { createUser, request, type SignedIn } from '../accounts.js';
import type { TestApp } from '../app.js';

export interface Maker {
  organisationId: string;
  editor: SignedIn;
  actor: Actor;
}

export async function makerWithEditor(t: TestApp, clock: Clock & { advance(ms: number): void }, admin: SignedIn, name: string, email: string): Promise<Maker> {
  const org = await request(t.app, admin, 'POST', '/api/organisations', { name, type: 'manufacturer', country: 'GB' });
  if (org.statusCode !== 201) throw new Error(`organisation: ${org.body}`);
  const organisationId = org.json().id as string;
  const editor = await createUser(t, clock, admin, email, ['manufacturer-editor'], { organisationId });
  const actor: Actor = { kind: 'user', userId: editor.userId, organisationId, roles: ['manufacturer-editor'], scopes: null, via: 'session', mustEnrolTotp: false };
  return { organisationId, editor, actor };
}

export interface ReleaseSpec {
  product?: Product;
  name?: string;
  model?: string | null;
  category?: ProductCategory;
  version: string;
  releaseDate: string;
  supportEnd: string | null;
  frameworks?: string[];
  notMet?: string[];
}

export async function declaredRelease(t: TestApp, clock: Clock, maker: Maker, spec: ReleaseSpec): Promise<{ product: Product; release: Release }> {
  const ctx = { store: t.store, clock };
  const product = spec.product ?? (await createProduct(ctx, maker.actor, { name: spec.name ?? 'Lumen camera', model: spec.model ?? 'LC-2', category: spec.category ?? 'camera' }));
  const profile = {
    supportEnd: spec.supportEnd,
    updateMechanism: 'automatic-over-network' as const,
    disclosureContact: 'https://maker.example/security',
    passwords: 'unique-per-device' as const,
    interfaces: ['wifi' as const],
    dataPractices: [{ data: 'Video clips', purpose: 'motion alerts', sharedWith: ['Cloud Hosting Ltd'], retention: '30 days', deletion: 'in the app' }],
  };
  const release = await createRelease(ctx, maker.actor, product, { version: spec.version, releaseDate: spec.releaseDate, ...profile });
  const { plan } = await storeRegistry(t.store);
  const declaration = demoDeclaration(plan, product, { version: spec.version, date: spec.releaseDate, ...profile }, { frameworks: spec.frameworks ?? ['uk-psti', 'etsi-en-303-645'], notMet: spec.notMet ?? [], facts: DEMO_FACTS });
  await replaceDeclaration(ctx, maker.actor, product, release, declaration);
  return { product, release };
}
