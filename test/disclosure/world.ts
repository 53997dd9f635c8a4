// A small world for disclosure tests, built through the real API on a real store: an administrator, a
// manufacturer with an editor, a PSIRT member and a colleague outside the PSIRT, a CSIRT with two analysts, a
// security researcher, and a product with three releases (written straight into the product registry's tables,
// which belong to issue 6).
import { randomBytes, randomUUID } from 'node:crypto';
import type { TestApp } from '../app.js';
import { fixedClock, createTestApp } from '../app.js';
import { createUser, request, setupAdministrator, type SignedIn } from '../accounts.js';
import type { TestDialect } from '../stores.js';

export type Clock = ReturnType<typeof fixedClock>;

export interface World {
  t: TestApp;
  clock: Clock;
  secretKey: Buffer;
  admin: SignedIn;
  editor: SignedIn;
  psirt: SignedIn;
  colleague: SignedIn;
  analyst: SignedIn;
  otherAnalyst: SignedIn;
  researcher: SignedIn;
  makerId: string;
  certId: string;
  productId: string;
  releases: { id: string; version: string }[];
}

async function organisation(t: TestApp, admin: SignedIn, name: string, type: string): Promise<string> {
  const res = await request(t.app, admin, 'POST', '/api/organisations', { name, type, country: 'GB' });
  if (res.statusCode !== 201) throw new Error(`organisation: ${res.body}`);
  return res.json().id;
}

export async function insertProduct(t: TestApp, organisationId: string, name: string, versions: string[], at: string): Promise<{ productId: string; releases: { id: string; version: string }[] }> {
  const productId = randomUUID();
  await t.store.db.insertInto('products').values({ id: productId, organisation_id: organisationId, name, model: 'EC-200', category: 'camera', created_at: at, updated_at: at }).execute();
  const releases = [];
  for (const [i, version] of versions.entries()) {
    const id = randomUUID();
    await t.store.db
      .insertInto('releases')
      .values({
        id, product_id: productId, version, release_date: `2026-0${i + 1}-15`, support_end: null, update_mechanism: null, disclosure_contact: null,
        passwords: null, interfaces: null, data_practices: null, created_at: at, updated_at: at,
      })
      .execute();
    releases.push({ id, version });
  }
  return { productId, releases };
}

export async function createWorld(dialect: TestDialect, options: { publicUrl?: string } = {}): Promise<World> {
  const clock = fixedClock('2026-11-23T12:00:00.000Z');
  const secretKey = randomBytes(32);
  // Deadline tests move the clock by months; sessions that long keep the test users signed in meanwhile.
  const config = { bodyLimitBytes: 1024 * 1024, trustProxy: false, publicUrl: options.publicUrl ?? 'http://127.0.0.1:8080', logLevel: 'warn', sessionIdleMinutes: 400 * 24 * 60, sessionAbsoluteHours: 400 * 24 };
  const t = await createTestApp(dialect, { clock, bundle: false, deps: { secretKey, config } });
  const admin = await setupAdministrator(t, clock);
  const makerId = await organisation(t, admin, 'Example Devices Ltd', 'manufacturer');
  const certId = await organisation(t, admin, 'Example National CERT', 'csirt-psirt');
  const editor = await createUser(t, clock, admin, 'editor@devices.example', ['manufacturer-editor'], { organisationId: makerId });
  const psirt = await createUser(t, clock, admin, 'psirt@devices.example', [], { organisationId: makerId });
  const colleague = await createUser(t, clock, admin, 'sales@devices.example', [], { organisationId: makerId });
  const analyst = await createUser(t, clock, admin, 'analyst@cert.example', [], { organisationId: certId });
  const otherAnalyst = await createUser(t, clock, admin, 'duty@cert.example', [], { organisationId: certId });
  const researcher = await createUser(t, clock, admin, 'finder@research.example', ['security-researcher'], { organisationId: certId });
  const designated = await request(t.app, editor, 'POST', `/api/disclosure/manufacturers/${makerId}/psirt`, { userId: psirt.userId });
  if (designated.statusCode !== 204) throw new Error(`psirt: ${designated.body}`);
  const { productId, releases } = await insertProduct(t, makerId, 'Example Camera', ['1.4.0', '1.4.1', '1.4.2'], clock.now().toISOString());
  return { t, clock, secretKey, admin, editor, psirt, colleague, analyst, otherAnalyst, researcher, makerId, certId, productId, releases };
}

export const REPORT = {
  title: 'Hard-coded maintenance password',
  description: 'The maintenance service on TCP port 2323 accepts the password "ec200maint" on every camera, giving a root shell.',
  affectedVersions: 'Firmware 1.4.0 and 1.4.1',
  steps: 'telnet camera 2323, log in as maint with ec200maint, run id.',
  credit: 'Alex Finder',
};

/** Files a report without signing in; returns the tracking id, the private link's token and the case id. */
export async function fileAnonymousReport(w: World, extra: Record<string, unknown> = {}): Promise<{ trackingId: string; token: string; caseId: string }> {
  const res = await w.t.app.inject({ method: 'POST', url: '/api/disclosure/reports', payload: { productId: w.productId, ...REPORT, ...extra } });
  if (res.statusCode !== 201) throw new Error(`report: ${res.statusCode} ${res.body}`);
  const { trackingId, token } = res.json();
  const row = await w.t.store.db.selectFrom('disclosure_cases').select('id').where('tracking_id', '=', trackingId).executeTakeFirstOrThrow();
  return { trackingId, token, caseId: row.id };
}

export function follow(w: World, token: string, method = 'GET', url = '/api/disclosure/follow', payload?: unknown) {
  return w.t.app.inject({ method: method as 'GET', url, headers: { 'x-case-token': token }, ...(payload !== undefined ? { payload: payload as object } : {}) });
}
