// Product helpers for HTTP tests: a manufacturer organisation with an editor and a colleague without the
// editor role, a rival manufacturer's editor, a regulator (a member organisation's representative), and
// declarations for the bundled data's done-when cases.
import type { Role } from '../src/domain/access/roles.js';
import { foundMember } from '../src/commands/governance/found-member.js';
import type { TestApp } from './app.js';
import { createUser, request, setupAdministrator, type SignedIn } from './accounts.js';

type Clock = { now(): Date; advance(ms: number): void; set?(iso: string): void };

export interface ProductActors {
  admin: SignedIn;
  editor: SignedIn;
  colleague: SignedIn;
  rival: SignedIn;
  regulator: SignedIn;
  manufacturerId: string;
}

async function organisation(t: TestApp, admin: SignedIn, name: string, type: string, country = 'GB'): Promise<string> {
  const res = await request(t.app, admin, 'POST', '/api/organisations', { name, type, country });
  if (res.statusCode !== 201) throw new Error(`organisation: ${res.body}`);
  return res.json().id;
}

export async function productActors(t: TestApp, clock: Clock): Promise<ProductActors> {
  const admin = await setupAdministrator(t, clock);
  const manufacturerId = await organisation(t, admin, 'Lumen Devices Ltd', 'manufacturer');
  const rivalId = await organisation(t, admin, 'Rival Gadgets GmbH', 'manufacturer', 'DE');
  const agencyId = await organisation(t, admin, 'Consumer Products Agency', 'government-agency');
  await foundMember({ store: t.store, clock }, 'cli', { organisationId: agencyId, criterion: 'developed-framework', frameworkId: null });
  const user = (email: string, roles: Role[], organisationId: string) => createUser(t, clock, admin, email, roles, { organisationId });
  return {
    admin,
    manufacturerId,
    editor: await user('editor@lumen.example', ['manufacturer-editor'], manufacturerId),
    colleague: await user('colleague@lumen.example', [], manufacturerId),
    rival: await user('editor@rival.example', ['manufacturer-editor'], rivalId),
    regulator: await user('officer@agency.example', ['member-representative'], agencyId),
  };
}

/** Creates a product and one release through the API, as the editor. */
export async function productWithRelease(t: TestApp, editor: SignedIn, release: Record<string, unknown> = {}): Promise<{ productId: string; releaseId: string }> {
  const product = await request(t.app, editor, 'POST', '/api/products', { name: 'Lumen indoor camera', model: 'LC-2', category: 'camera' });
  if (product.statusCode !== 201) throw new Error(`product: ${product.body}`);
  const created = await request(t.app, editor, 'POST', `/api/products/${product.json().id}/releases`, { version: '2.4.1', releaseDate: '2026-10-01', ...release });
  if (created.statusCode !== 201) throw new Error(`release: ${created.body}`);
  return { productId: product.json().id, releaseId: created.json().id };
}

const met = { status: 'met', evidence: [{ type: 'text', text: 'see the product documentation' }] };

/** The declaration file of the done-when cases. */
export function declarationFile(passwords: 'unique-per-device' | 'universal-default', extra: { answers?: Record<string, unknown>; followUp?: Record<string, unknown> } = {}) {
  const answers: Record<string, unknown> =
    passwords === 'universal-default'
      ? { 'B-AUTH-1': { status: 'not-met', reason: 'every unit ships with admin/admin' }, 'B-VULN-1': met, 'B-UPD-5': met }
      : { 'B-AUTH-1': met, 'B-AUTH-6': met, 'B-VULN-1': met, 'B-UPD-5': met };
  return {
    format: 'iotspp-declaration/1',
    product: { name: 'Lumen indoor camera', model: 'LC-2', category: 'camera' },
    release: { version: '2.4.1', date: '2026-10-01', supportEnd: '2031-12-31', passwords, disclosureContact: 'https://lumen.example/security', updateMechanism: 'automatic-over-network' },
    answers: { ...answers, ...extra.answers },
    ...(extra.followUp ? { followUp: extra.followUp } : {}),
  };
}
