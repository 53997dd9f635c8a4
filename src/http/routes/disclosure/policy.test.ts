// Disclosure policies and security.txt files, on SQLite and PostgreSQL: the Platform's own security.txt parses
// and expires in the future whatever the clock says; a manufacturer's editors publish its policy (shown on a
// public page) and get a security.txt for their own site; they designate the PSIRT, and only its members read
// the manufacturer's cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../test/stores.js';
import { createTestApp, fixedClock, type TestApp } from '../../../../test/app.js';
import { request } from '../../../../test/accounts.js';
import { createWorld, fileAnonymousReport, type World } from '../../../../test/disclosure/world.js';
import { parseSecurityTxt } from '../../../domain/disclosure/security-txt.js';

const PUBLIC_URL = 'https://iotspp.example.org';

describe("the Platform's own security.txt", () => {
  let t: TestApp;
  const clock = fixedClock('2026-11-23T12:00:00.000Z');
  beforeAll(async () => {
    t = await createTestApp('sqlite', {
      clock,
      bundle: false,
      deps: { config: { bodyLimitBytes: 1 << 20, trustProxy: false, publicUrl: PUBLIC_URL, logLevel: 'warn', securityContact: ['mailto:security@iotspp.example.org', `${PUBLIC_URL}/security`] } },
    });
  });
  afterAll(async () => t.close());

  it('is served as UTF-8 text at /.well-known/security.txt, parses under RFC 9116, and expires in the future at any time', async () => {
    for (const now of ['2026-11-23T12:00:00.000Z', '2027-12-31T23:59:59.000Z', '2031-06-01T00:00:00.000Z']) {
      clock.set(now);
      const res = await t.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      const parsed = parseSecurityTxt(res.body, clock.now());
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.expires.getTime()).toBeGreaterThan(clock.now().getTime());
      expect(parsed.value.contact).toEqual(['mailto:security@iotspp.example.org', `${PUBLIC_URL}/security`]);
      expect(parsed.value.csaf).toEqual([`${PUBLIC_URL}/.well-known/csaf/provider-metadata.json`]);
      expect(parsed.value.canonical).toEqual([`${PUBLIC_URL}/.well-known/security.txt`]);
    }
  });
});

describe.each(dialects)('disclosure policies on %s', (dialect) => {
  let w: World;
  const policy = {
    contactEmail: 'psirt@devices.example',
    contactUrl: null,
    languages: ['en', 'fr'],
    acknowledgementDays: 3,
    assessmentDays: 14,
    safeHarbour: 'We will not pursue legal action against good-faith research that follows this policy.',
    encryptionUrl: 'https://devices.example/psirt.asc',
    website: 'https://devices.example',
    listCsaf: true,
  };

  beforeAll(async () => {
    w = await createWorld(dialect, { publicUrl: PUBLIC_URL });
  }, 120_000);
  afterAll(async () => w.t.close());

  it('shows the defaults, marked unpublished, before the manufacturer writes its policy', async () => {
    const page = (await w.t.app.inject({ method: 'GET', url: `/api/disclosure/manufacturers/${w.makerId}` })).json();
    expect(page).toMatchObject({ published: false, policy: { acknowledgementDays: 7 }, products: [{ id: w.productId, name: 'Example Camera' }] });
  });

  it("is written by the manufacturer's editors only, with each problem pointed at", async () => {
    const url = `/api/disclosure/manufacturers/${w.makerId}/policy`;
    expect((await request(w.t.app, w.psirt, 'PUT', url, policy)).statusCode).toBe(403);
    expect((await request(w.t.app, w.analyst, 'PUT', url, policy)).statusCode).toBe(403);
    expect((await w.t.app.inject({ method: 'PUT', url, payload: policy })).statusCode).toBe(401);
    const bad = await request(w.t.app, w.editor, 'PUT', url, { ...policy, languages: ['en', 'French'], website: 'http://devices.example' });
    expect(bad.json().error.details.map((d: { pointer: string }) => d.pointer)).toEqual(['body/languages/1', 'body/website']);
    expect((await request(w.t.app, w.editor, 'PUT', `/api/disclosure/manufacturers/${w.certId}/policy`, policy)).statusCode).toBe(404); // not a manufacturer
    const res = await request(w.t.app, w.editor, 'PUT', url, policy);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ acknowledgementDays: 3, languages: ['en', 'fr'] });
  });

  it('is public, with its security.txt for the manufacturer\'s site', async () => {
    const page = (await w.t.app.inject({ method: 'GET', url: `/api/disclosure/manufacturers/${w.makerId}` })).json();
    expect(page).toMatchObject({ published: true, manufacturer: { name: 'Example Devices Ltd' }, policy: { safeHarbour: policy.safeHarbour } });
    const txt = await w.t.app.inject({ method: 'GET', url: `/api/disclosure/manufacturers/${w.makerId}/security.txt` });
    expect(txt.headers['content-type']).toBe('text/plain; charset=utf-8');
    const parsed = parseSecurityTxt(txt.body, w.clock.now());
    expect(parsed.ok, txt.body).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      contact: ['mailto:psirt@devices.example', `${PUBLIC_URL}/disclosure/manufacturers/${w.makerId}/report`],
      preferredLanguages: ['en', 'fr'],
      encryption: ['https://devices.example/psirt.asc'],
      canonical: ['https://devices.example/.well-known/security.txt'],
      policy: [`${PUBLIC_URL}/disclosure/manufacturers/${w.makerId}`],
      csaf: [`${PUBLIC_URL}/.well-known/csaf/provider-metadata.json`],
    });
    expect(parsed.value.expires.getTime()).toBeGreaterThan(w.clock.now().getTime());
    const listed = (await w.t.app.inject({ method: 'GET', url: '/api/disclosure/manufacturers' })).json().items;
    expect(listed).toEqual([{ id: w.makerId, name: 'Example Devices Ltd', published: true, products: 1 }]);
  });

  it("sets each new case's acknowledgement deadline from the policy", async () => {
    const filed = await fileAnonymousReport(w);
    const c = (await request(w.t.app, w.psirt, 'GET', `/api/disclosure/cases/${filed.caseId}`)).json();
    expect(Date.parse(c.acknowledgementDueAt) - Date.parse(c.receivedAt)).toBe(3 * 24 * 60 * 60 * 1000);
  });

  it('the PSIRT is designated from the manufacturer\'s own users; removing a member ends their access at once', async () => {
    const members = `/api/disclosure/manufacturers/${w.makerId}/psirt`;
    expect((await request(w.t.app, w.editor, 'GET', members)).json().items.map((m: { userId: string }) => m.userId)).toEqual([w.psirt.userId]);
    expect((await request(w.t.app, w.editor, 'POST', members, { userId: w.analyst.userId })).json().error.details[0].pointer).toBe('body/userId');
    expect((await request(w.t.app, w.editor, 'POST', members, { userId: w.psirt.userId })).statusCode).toBe(409);
    const caseId = (await request(w.t.app, w.psirt, 'GET', '/api/disclosure/cases')).json().items[0].id;
    expect((await request(w.t.app, w.colleague, 'GET', `/api/disclosure/cases/${caseId}`)).statusCode).toBe(404);
    expect((await request(w.t.app, w.editor, 'POST', members, { userId: w.colleague.userId })).statusCode).toBe(204);
    expect((await request(w.t.app, w.colleague, 'GET', `/api/disclosure/cases/${caseId}`)).statusCode).toBe(200);
    expect((await request(w.t.app, w.editor, 'DELETE', `${members}/${w.colleague.userId}`)).statusCode).toBe(204);
    expect((await request(w.t.app, w.colleague, 'GET', `/api/disclosure/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('scores vectors for anyone (the form previews the score) and lists the weaknesses an advisory can name', async () => {
    const score = await w.t.app.inject({ method: 'POST', url: '/api/disclosure/cvss', payload: { vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' } });
    expect(score.json()).toMatchObject({ version: '4.0', baseScore: 9.3, baseSeverity: 'critical', nomenclature: 'CVSS-B' });
    expect((await w.t.app.inject({ method: 'POST', url: '/api/disclosure/cvss', payload: { vector: 'CVSS:3.1/AV:N' } })).statusCode).toBe(400);
    const cwes = (await w.t.app.inject({ method: 'GET', url: '/api/disclosure/cwes' })).json().items;
    expect(cwes).toContainEqual({ id: 'CWE-798', name: 'Use of Hard-coded Credentials' });
  });
});
