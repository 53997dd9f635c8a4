// A case from report to published advisory through the API, on SQLite and PostgreSQL: steps through the state
// machine, computed scores, messages with history, a coordinator, a moved publication date, and the CSAF
// advisory served in the provider layout, valid under the OASIS schemas and the mandatory tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../test/stores.js';
import { request } from '../../../../test/accounts.js';
import { createWorld, fileAnonymousReport, follow, type World } from '../../../../test/disclosure/world.js';
import { mandatoryFailures } from '../../../../test/disclosure/csaf-validator.js';
import { validateCsafAdvisory, validateCsafProviderMetadata } from '../../../validation/csaf.js';

describe.each(dialects)('disclosure workflow on %s', (dialect) => {
  let w: World;
  let filed: { trackingId: string; token: string; caseId: string };
  const step = (body: Record<string, unknown>, who = () => w.psirt) => request(w.t.app, who(), 'POST', `/api/disclosure/cases/${filed.caseId}/steps`, body);
  const caseAs = async (who: () => World['psirt']) => (await request(w.t.app, who(), 'GET', `/api/disclosure/cases/${filed.caseId}`)).json();

  beforeAll(async () => {
    w = await createWorld(dialect);
    filed = await fileAnonymousReport(w);
  }, 120_000);
  afterAll(async () => w.t.close());

  it('refuses steps out of order, saying what is possible', async () => {
    const res = await step({ step: 'mark-fixed', fixedReleaseIds: [w.releases[2]!.id] });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'step_not_allowed']);
    expect(res.json().error.message).toContain('Possible now: acknowledge');
  });

  it('only the PSIRT moves the case; a coordinator or the reporter cannot', async () => {
    expect((await step({ step: 'acknowledge' }, () => w.analyst)).statusCode).toBe(404); // not on the case yet
    const viaLink = await follow(w, filed.token, 'POST', `/api/disclosure/cases/${filed.caseId}/steps`, { step: 'acknowledge' });
    expect(viaLink.statusCode).toBe(401);
  });

  it('acknowledges, then triages with a vector whose score is computed (a typed score is refused)', async () => {
    expect((await step({ step: 'acknowledge', note: 'Thank you, we are looking into it.' })).json().state).toBe('acknowledged');
    const typed = await step({ step: 'triage', vectors: ['CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'], score: 10 });
    expect(typed.statusCode).toBe(400);
    const bad = await step({ step: 'triage', vectors: ['CVSS:3.1/AV:A/AC:L'] });
    expect(bad.json().error.details[0]).toMatchObject({ pointer: 'body/vectors/0' });
    const res = await step({
      step: 'triage',
      vectors: ['CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
      affectedReleaseIds: [w.releases[0]!.id, w.releases[1]!.id],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().state).toBe('triaged');
    expect(res.json().scores.map((s: { version: string; baseScore: number; baseSeverity: string }) => [s.version, s.baseScore, s.baseSeverity])).toEqual([
      ['3.1', 8.8, 'high'],
      ['4.0', 8.7, 'high'],
    ]);
  });

  it('keeps messages, internal ones hidden from the reporter, with their history', async () => {
    expect((await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/messages`, { text: 'Can you share the firmware build id?' })).statusCode).toBe(201);
    expect((await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/messages`, { text: 'Internal: fix lands in 1.4.2.', visibility: 'internal' })).statusCode).toBe(201);
    const reply = await follow(w, filed.token, 'POST', '/api/disclosure/follow/messages', { text: 'Build 20260115, see attached log.', attachments: [{ name: 'log.txt', content: Buffer.from('boot ok').toString('base64') }] });
    expect(reply.statusCode).toBe(201);
    const internalViaLink = await follow(w, filed.token, 'POST', '/api/disclosure/follow/messages', { text: 'sneaky', visibility: 'internal' });
    expect(internalViaLink.statusCode).toBe(403);

    const messages = (view: { events: { kind: string; body: { text?: string }; author: { name: string } }[] }) => view.events.filter((e) => e.kind === 'message').map((e) => [e.author.name, e.body.text]);
    expect(messages((await follow(w, filed.token)).json())).toEqual([
      ['Example Devices Ltd PSIRT', 'Can you share the firmware build id?'],
      ['Reporter', 'Build 20260115, see attached log.'],
    ]);
    expect(messages(await caseAs(() => w.psirt)).map((m) => m[1])).toEqual(['Can you share the firmware build id?', 'Internal: fix lands in 1.4.2.', 'Build 20260115, see attached log.']);
  });

  it('invites a CSIRT analyst, who then reads the case and writes on it; a manufacturer user cannot be a coordinator', async () => {
    const candidates = (await request(w.t.app, w.psirt, 'GET', `/api/disclosure/cases/${filed.caseId}/coordinator-candidates`)).json().items;
    expect(candidates.map((c: { userId: string }) => c.userId)).toContain(w.analyst.userId);
    expect((await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/coordinators`, { userId: w.colleague.userId })).statusCode).toBe(400);
    const res = await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/coordinators`, { userId: w.analyst.userId });
    expect(res.statusCode).toBe(200);
    expect(res.json().coordinators.map((c: { organisation: string }) => c.organisation)).toEqual(['Example National CERT']);
    const seen = await caseAs(() => w.analyst);
    expect(seen.viewerRoles).toEqual(['coordinator']);
    expect(seen.events.some((e: { visibility: string }) => e.visibility === 'internal')).toBe(true);
    expect((await request(w.t.app, w.analyst, 'POST', `/api/disclosure/cases/${filed.caseId}/messages`, { text: 'CERT here: we can help with the CVE.' })).statusCode).toBe(201);
    expect((await step({ step: 'start-fix' }, () => w.analyst)).statusCode).toBe(403);
    expect((await request(w.t.app, w.otherAnalyst, 'GET', `/api/disclosure/cases/${filed.caseId}`)).statusCode).toBe(404);
  });

  it('moves the publication date only with a reason, and records it', async () => {
    const url = `/api/disclosure/cases/${filed.caseId}/publication-date`;
    expect((await request(w.t.app, w.analyst, 'PUT', url, { date: '2027-03-15T00:00:00.000Z', reason: 'short' })).json().error.details[0].pointer).toBe('body/reason');
    const res = await request(w.t.app, w.analyst, 'PUT', url, { date: '2027-03-15T00:00:00.000Z', reason: 'The fix needs a signed bootloader update first.' });
    expect(res.json().publicationDueAt).toBe('2027-03-15T00:00:00.000Z');
    const event = (await follow(w, filed.token)).json().events.find((e: { kind: string }) => e.kind === 'publication-date');
    expect(event.body).toMatchObject({ from: '2027-02-21T12:00:30.000Z', to: '2027-03-15T00:00:00.000Z', reason: 'The fix needs a signed bootloader update first.' });
  });

  it('a coordinator may not publish before the date; the PSIRT publishes once fixed', async () => {
    expect((await step({ step: 'start-fix' })).json().state).toBe('fix-in-progress');
    expect((await step({ step: 'triage', cve: 'CVE-2026-40001' })).json()).toMatchObject({ state: 'fix-in-progress', cve: 'CVE-2026-40001' });
    const fixed = await step({ step: 'mark-fixed', fixedReleaseIds: [w.releases[2]!.id] });
    expect(fixed.json()).toMatchObject({ state: 'fixed', fixedReleaseIds: [w.releases[2]!.id] });
    const publish = {
      title: 'Example Camera: hard-coded maintenance password',
      summary: 'Example Camera firmware before 1.4.2 accepts a hard-coded maintenance password on the local network.',
      description: 'A maintenance service on TCP port 2323 accepts the same password on every device and gives a root shell.',
      cwe: 'CWE-798',
      remediations: [{ category: 'vendor_fix', details: 'Update the firmware to 1.4.2.', url: 'https://devices.example/firmware' }],
    };
    expect((await request(w.t.app, w.analyst, 'POST', `/api/disclosure/cases/${filed.caseId}/advisory`, publish)).statusCode).toBe(403);
    const res = await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/advisory`, publish);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: 'IOTSPP-2026-0001', cve: 'CVE-2026-40001', severity: 'high', baseScore: 8.8, fixAvailable: true });
    expect(res.json().url).toBe('http://127.0.0.1:8080/.well-known/csaf/white/2026/iotspp-2026-0001.json');
    const reporterView = (await follow(w, filed.token)).json();
    expect(reporterView).toMatchObject({ state: 'published', advisory: { id: 'IOTSPP-2026-0001' } });
  });

  it('serves the advisory in the CSAF provider layout, valid under the OASIS schemas and the mandatory tests', async () => {
    const get = (url: string) => w.t.app.inject({ method: 'GET', url });
    const metadata = await get('/.well-known/csaf/provider-metadata.json');
    expect(validateCsafProviderMetadata(metadata.json())).toEqual({ ok: true });
    const directory = metadata.json().distributions[0].directory_url as string;
    expect(directory).toBe('http://127.0.0.1:8080/.well-known/csaf/white/');
    expect((await get('/.well-known/csaf/white/index.txt')).body).toBe('2026/iotspp-2026-0001.json\n');
    expect((await get('/.well-known/csaf/white/changes.csv')).body).toMatch(/^"2026\/iotspp-2026-0001.json","2026-11-23T12:[0-9:.]+Z"\n$/);
    const file = await get('/.well-known/csaf/white/2026/iotspp-2026-0001.json');
    expect(file.headers['content-type']).toContain('application/json');
    const doc = file.json();
    expect(validateCsafAdvisory(doc)).toEqual({ ok: true });
    expect(await mandatoryFailures(doc)).toEqual([]);
    expect(doc.document.publisher).toMatchObject({ category: 'coordinator', name: 'IoT Security Policy Platform' });
    expect(doc.product_tree.branches[0].name).toBe('Example Devices Ltd');
    expect(doc.vulnerabilities[0]).toMatchObject({ cve: 'CVE-2026-40001', cwe: { id: 'CWE-798' }, acknowledgments: [{ names: ['Alex Finder'] }] });
    expect(doc.vulnerabilities[0].scores[0].cvss_v3).toMatchObject({ baseScore: 8.8, vectorString: 'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' });
    expect(doc.vulnerabilities[0].notes.map((n: { title: string }) => n.title)).toEqual(['Description', 'CVSS v4.0']);
    const sha = await get('/.well-known/csaf/white/2026/iotspp-2026-0001.json.sha256');
    const { createHash } = await import('node:crypto');
    expect(sha.body).toBe(`${createHash('sha256').update(file.body).digest('hex')}  iotspp-2026-0001.json\n`);
    expect((await get('/.well-known/csaf/white/2025/iotspp-2026-0001.json')).statusCode).toBe(404);
    for (const secret of ['ec200maint', 'Build 20260115', 'Internal: fix lands']) expect(file.body).not.toContain(secret);
  });

  it('lists published advisories publicly, and tells a release its open advisories and fixed release', async () => {
    const list = (await w.t.app.inject({ method: 'GET', url: '/api/advisories' })).json().items;
    expect(list.map((a: { id: string; manufacturer: { name: string } }) => [a.id, a.manufacturer.name])).toEqual([['IOTSPP-2026-0001', 'Example Devices Ltd']]);
    const release = (id: string) => w.t.app.inject({ method: 'GET', url: `/api/disclosure/products/${w.productId}/releases/${id}/advisories` });
    const old = (await release(w.releases[0]!.id)).json();
    expect(old).toMatchObject({ status: 'affected-fix-available', updateTo: { version: '1.4.2' } });
    expect(old.open[0]).toMatchObject({ advisory: { trackingId: 'IOTSPP-2026-0001' }, fixedIn: { version: '1.4.2' } });
    expect((await release(w.releases[2]!.id)).json()).toMatchObject({ status: 'not-affected', open: [] });
  });

  it('revises the advisory: version 2 with both revisions in its history', async () => {
    const res = await request(w.t.app, w.psirt, 'POST', `/api/disclosure/cases/${filed.caseId}/advisory/revisions`, { summary: 'Workaround added.', remediations: [
      { category: 'vendor_fix', details: 'Update the firmware to 1.4.2.', url: 'https://devices.example/firmware' },
      { category: 'workaround', details: 'Block TCP port 2323 at the router.' },
    ] });
    expect(res.json()).toMatchObject({ id: 'IOTSPP-2026-0001', version: 2 });
    const doc = (await w.t.app.inject({ method: 'GET', url: '/.well-known/csaf/white/2026/iotspp-2026-0001.json' })).json();
    expect(doc.document.tracking).toMatchObject({ version: '2' });
    expect(doc.document.tracking.revision_history.map((r: { number: string; summary: string }) => [r.number, r.summary])).toEqual([['1', 'Initial version.'], ['2', 'Workaround added.']]);
    expect(await mandatoryFailures(doc)).toEqual([]);
  });

  it('audits every change without report contents', async () => {
    const entries = await w.t.store.db.selectFrom('audit_log').select(['action', 'payload']).where('action', 'like', 'disclosure.%').orderBy('seq').execute();
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['disclosure.case.file', 'disclosure.case.step', 'disclosure.case.message', 'disclosure.case.invite', 'disclosure.case.publication-date', 'disclosure.advisory.publish', 'disclosure.advisory.revise']));
    expect(JSON.stringify(entries)).not.toContain('ec200maint');
  });
});
