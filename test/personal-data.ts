// A person who takes part in every feature, through the real API on a real store, for the personal-data tests:
// they start as the representative of a government agency (apply for membership, comment, vote and change
// their vote, draft and revise a statement, comment on a paragraph, form a group and report, are admitted as an
// expert advisor), move to a manufacturer (join a group in person, register a product, declare, upload evidence,
// share the report, issue a label, sit on the PSIRT, answer a report, write an internal note, invite a
// coordinator), then to a CSIRT (report a vulnerability while signed in, coordinate a case). People change jobs;
// one account keeps it all, which is what export and erasure must follow.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { disclosureSealer, type Sealer } from '../src/crypto/sealed-box.js';
import { memoryKeyring } from '../src/labels-crypto/keyring.js';
import { createTestApp, fixedClock, type TestApp } from './app.js';
import { createUser, request, type SignedIn } from './accounts.js';
import { FIVE_MEMBERS, ok, openVote, setupPlatform, vote, type Platform } from './governance.js';
import { declarationFile, productWithRelease } from './products.js';
import type { TestDialect } from './stores.js';

/** What identifies the person: none of it may survive erasure, in clear or sealed. */
export const PERSON = {
  email: 'zebulon.erasable@ministry.example',
  name: 'Zébulon Quintessence-Erasable',
  proposalComment: 'A quorum this low worries me. (Zébulon, speaking for the ministry)',
  statementComment: 'Zébulon asks: say which date the period starts from.',
  expertise: 'Zébulon has audited smart meter firmware since 2009.',
} as const;

/** What the person wrote into records the Platform and organisations keep: all of it stays. */
export const KEPT = {
  motivation: 'The ministry develops a national IoT label with industry and consumer groups.',
  paragraph: 'Manufacturers state the support period before purchase.',
  sigReport: 'Three national support-period rules compared.',
  reply: 'We reproduced the issue and are preparing a fix.',
  note: 'Internal: fix planned for 2.4.2.',
  coordinatorNote: 'Coordinator note: the CERT publishes on day 90.',
} as const;

export interface Story {
  t: TestApp;
  clock: ReturnType<typeof fixedClock>;
  sealer: Sealer;
  platform: Platform;
  person: SignedIn;
  otherPsirt: SignedIn;
  analyst: SignedIn;
  org: { ministry: string; maker: string; otherMaker: string; csirt: string };
  ids: {
    application: string;
    setting: string;
    nomination: string;
    statement: string;
    sig: string;
    product: string;
    release: string;
    label: string;
    ownCase: string;
    reportedCase: string;
    coordinatedCase: string;
  };
}

const REPORT = {
  title: 'Maintenance port open',
  description: 'A maintenance service answers on TCP 2323 without authentication on every unit.',
  affectedVersions: '2.4.1',
  steps: 'nc device 2323',
};

async function organisation(t: TestApp, admin: SignedIn, name: string, type: string, country: string): Promise<string> {
  return ok(await request(t.app, admin, 'POST', '/api/organisations', { name, type, country }), 201).json().id;
}

async function fileReport(t: TestApp, as: SignedIn | null, productId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = ok(await request(t.app, as, 'POST', '/api/disclosure/reports', { productId, ...REPORT, ...extra }), 201);
  return (await t.store.db.selectFrom('disclosure_cases').select('id').where('tracking_id', '=', res.json().trackingId).executeTakeFirstOrThrow()).id;
}

function uploadEvidence(t: TestApp, as: SignedIn, productId: string): Promise<LightMyRequestResponse> {
  const boundary = '----iotspp-personal-data';
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="support-policy.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return t.app.inject({ method: 'POST', url: `/api/products/${productId}/evidence`, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': as.csrf }, cookies: { iotspp_session: as.cookie } });
}

export async function tellStory(dialect: TestDialect): Promise<Story> {
  const clock = fixedClock('2026-11-23T09:00:00.000Z');
  const secretKey = randomBytes(32);
  const t = await createTestApp(dialect, { clock, deps: { secretKey, labelKeys: await memoryKeyring(clock.now()) } });
  const platform = await setupPlatform(t, clock, FIVE_MEMBERS, FIVE_MEMBERS.map((o) => o.key));
  const { admin } = platform;
  const rep = (key: string) => platform.parties[key]!.rep;
  const org = {
    ministry: await organisation(t, admin, 'Ministry of Business, Innovation and Employment', 'government-agency', 'NZ'),
    maker: await organisation(t, admin, 'Lumen Devices Ltd', 'manufacturer', 'GB'),
    otherMaker: await organisation(t, admin, 'Rival Gadgets GmbH', 'manufacturer', 'DE'),
    csirt: await organisation(t, admin, 'National CERT', 'csirt-psirt', 'GB'),
  };
  let person = await createUser(t, clock, admin, PERSON.email, ['member-representative'], { organisationId: org.ministry });
  ok(await request(t.app, person, 'PATCH', '/api/me', { displayName: PERSON.name }));
  const otherPsirt = await createUser(t, clock, admin, 'psirt@rival.example', ['manufacturer-editor'], { organisationId: org.otherMaker });
  ok(await request(t.app, otherPsirt, 'POST', `/api/disclosure/manufacturers/${org.otherMaker}/psirt`, { userId: otherPsirt.userId }), 204);
  const analyst = await createUser(t, clock, admin, 'analyst@cert.example', [], { organisationId: org.csirt });
  const step = () => clock.advance(60_000);

  // 1. A government agency's representative.
  const application = ok(await request(t.app, person, 'POST', '/api/governance/applications', { criterion: 'developing-framework-multistakeholder', frameworkId: null, motivation: KEPT.motivation }), 201).json().id;
  step();
  await openVote(t.app, rep('uk'), application);
  for (const key of ['uk', 'fr', 'sg']) ok(await vote(t.app, rep(key), application, 'yes'), 201);
  step();
  const setting = ok(
    await request(t.app, rep('uk'), 'POST', '/api/governance/proposals', { kind: 'change-setting', title: 'Widen the Expert Advisors Group', body: 'More than one advisor per country.', payload: { setting: 'advisors-one-per-country', value: false } }),
    201,
  ).json().id;
  ok(await request(t.app, person, 'POST', `/api/governance/proposals/${setting}/comments`, { body: PERSON.proposalComment }), 201);
  step();
  await openVote(t.app, rep('uk'), setting);
  ok(await vote(t.app, person, setting, 'no'), 201);
  clock.advance(1000);
  ok(await vote(t.app, person, setting, 'yes'), 201);
  for (const key of ['uk', 'fr', 'sg']) ok(await vote(t.app, rep(key), setting, 'yes'), 201);
  const statement = ok(await request(t.app, person, 'POST', '/api/governance/statements', { title: 'Statement on support periods', paragraphs: ['Devices state a support period.', 'Support periods are not shortened.'] }), 201).json().id;
  step();
  ok(await request(t.app, person, 'POST', `/api/governance/statements/${statement}/versions`, { baseVersion: 1, paragraphs: [{ id: 'p1', text: KEPT.paragraph }, { id: 'p2', text: 'Support periods are not shortened.' }], note: 'Before purchase.' }), 201);
  ok(await request(t.app, person, 'POST', `/api/governance/statements/${statement}/comments`, { version: 2, paragraphId: 'p2', body: PERSON.statementComment }), 201);
  const sig = ok(await request(t.app, person, 'POST', '/api/governance/sigs', { name: 'Support periods', focusArea: 'trusted-supply-chain', description: 'How long devices get updates.', workingMethod: 'Monthly calls.', targets: [], visibility: 'public' }), 201).json().id;
  ok(await request(t.app, person, 'POST', `/api/governance/sigs/${sig}/reports`, { title: 'First findings', body: KEPT.sigReport, reportedOn: '2026-11-20' }), 201);
  const nomination = ok(await request(t.app, rep('uk'), 'POST', '/api/governance/nominations', { nomineeUserId: person.userId, criterion: 'expertise', country: 'NZ', expertise: PERSON.expertise }), 201).json().id;
  step();
  await openVote(t.app, rep('uk'), nomination);
  for (const who of [person, rep('uk'), rep('fr'), rep('sg')]) ok(await vote(t.app, who, nomination, 'yes'), 201);

  // 2. A manufacturer's editor (still an expert advisor, in person).
  ok(await request(t.app, admin, 'PATCH', `/api/admin/users/${person.userId}`, { organisationId: org.maker, roles: ['manufacturer-editor', 'expert-advisor'] }));
  ok(await request(t.app, person, 'POST', `/api/governance/sigs/${sig}/participants`), 201);
  const { productId: product, releaseId: release } = await productWithRelease(t, person, { supportEnd: '2031-12-31' });
  ok(await request(t.app, person, 'PUT', `/api/releases/${release}/declaration`, declarationFile('unique-per-device')));
  ok(await uploadEvidence(t, person, product), 201);
  ok(await request(t.app, person, 'POST', `/api/releases/${release}/shares`, { expiresAt: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString() }), 201);
  const label = ok(await request(t.app, person, 'POST', `/api/releases/${release}/labels`, {}), 201).json().id;
  ok(await request(t.app, admin, 'POST', `/api/labels/${label}/withdrawal`, { reason: 'other', note: 'Issued for the wrong release.' }));
  ok(await request(t.app, person, 'POST', `/api/disclosure/manufacturers/${org.maker}/psirt`, { userId: person.userId }), 204);
  const ownCase = await fileReport(t, null, product);
  ok(await request(t.app, person, 'POST', `/api/disclosure/cases/${ownCase}/messages`, { text: KEPT.reply }), 201);
  ok(await request(t.app, person, 'POST', `/api/disclosure/cases/${ownCase}/messages`, { text: KEPT.note, visibility: 'internal' }), 201);
  ok(await request(t.app, person, 'POST', `/api/disclosure/cases/${ownCase}/coordinators`, { userId: analyst.userId }));

  // 3. A CSIRT's security researcher and coordinator.
  ok(await request(t.app, admin, 'PATCH', `/api/admin/users/${person.userId}`, { organisationId: org.csirt, roles: ['security-researcher', 'expert-advisor'] }));
  const { productId: otherProduct } = await productWithRelease(t, otherPsirt);
  const reportedCase = await fileReport(t, person, otherProduct, { reporterName: PERSON.name, reporterEmail: PERSON.email, credit: PERSON.name });
  ok(await request(t.app, otherPsirt, 'POST', `/api/disclosure/cases/${reportedCase}/messages`, { text: 'We confirm the issue.' }), 201);
  ok(await request(t.app, otherPsirt, 'POST', `/api/disclosure/cases/${reportedCase}/messages`, { text: 'Internal: same bug as last year.', visibility: 'internal' }), 201);
  const coordinatedCase = await fileReport(t, null, otherProduct);
  ok(await request(t.app, otherPsirt, 'POST', `/api/disclosure/cases/${coordinatedCase}/coordinators`, { userId: person.userId }));
  ok(await request(t.app, person, 'POST', `/api/disclosure/cases/${coordinatedCase}/messages`, { text: KEPT.coordinatorNote, visibility: 'internal' }), 201);
  person = { ...person, organisationId: org.csirt };

  return {
    t,
    clock,
    sealer: disclosureSealer(secretKey),
    platform,
    person,
    otherPsirt,
    analyst,
    org,
    ids: { application, setting, nomination, statement, sig, product, release, label, ownCase, reportedCase, coordinatedCase },
  };
}

/** Where each sealed column's values live (their additional authenticated data), so a test can open them all. */
const SEALED_PLACES: Record<string, Record<string, string>> = {
  disclosure_cases: { content_sealed: 'content' },
  disclosure_case_events: { body_sealed: 'body' },
  disclosure_attachments: { name_sealed: 'name', content_sealed: 'content' },
  outbox: { to_sealed: 'to_address' },
};

/** Every value of every row of every table, lower-cased, with sealed values opened (as the key holder reads them). */
export async function everyValue(t: TestApp, sealer: Sealer): Promise<{ table: string; column: string; value: string }[]> {
  const out: { table: string; column: string; value: string }[] = [];
  for (const table of await t.store.db.introspection.getTables()) {
    const rows = (await sql`select * from ${sql.table(table.name)}`.execute(t.store.db)).rows as Record<string, unknown>[];
    for (const row of rows) {
      for (const [column, v] of Object.entries(row)) {
        if (v === null || v === undefined) continue;
        const place = SEALED_PLACES[table.name]?.[column];
        const value = place ? sealer.open(String(v), `${table.name}:${String(row.id)}:${place}`) : String(v);
        out.push({ table: table.name, column, value: value.toLowerCase() });
      }
    }
  }
  return out;
}
