import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { endOfDay, isIsoDate } from './dates.js';
import { conformanceSummary, describeStatus } from './describe.js';
import { isLabelId, labelIdFrom, normaliseLabelId } from './label-id.js';
import { labelFacts } from './label-fixture.test-support.js';
import { parseLabelPayload } from './parse-payload.js';
import { buildLabelPayload, labelExpiry } from './payload.js';
import { FRESH_STATE, labelStatus, type LabelState } from './status.js';
import { formatDate, LABEL_LANGUAGES, messagesFor, negotiateLanguage } from './texts/index.js';
import type { LabelMessages } from './texts/messages.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.details.map((d) => `${d.pointer}: ${d.message}`);
    throw e;
  }
  return [];
}

describe('label payload', () => {
  it('holds the registered claims, the release facts and the claims, expiring at the end of support', () => {
    const p = buildLabelPayload(labelFacts(), NOW);
    expect(p).toMatchObject({ format: 'iotspp-label/1', jti: 'a1b2c3d4e5', iss: 'https://iotspp.example.org', url: 'https://iotspp.example.org/l/a1b2c3d4e5', iat: 1795435200 });
    expect(new Date(p.exp * 1000).toISOString()).toBe('2029-04-01T00:00:00.000Z');
    expect(p.conformance.map((c) => [c.framework, c.verdict, c.assessmentType])).toEqual([
      ['etsi-en-303-645', 'conforms', 'self-declared'],
      ['uk-psti', 'conforms', 'third-party'],
    ]);
    expect(parseLabelPayload(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, payload: p });
  });

  it('never lasts longer than security support, and may end sooner', () => {
    expect(labelExpiry('2029-03-31', null)).toBe(endOfDay('2029-03-31').getTime() / 1000);
    expect(labelExpiry('2029-03-31', '2027-12-31')).toBe(endOfDay('2027-12-31').getTime() / 1000);
    expect(problemsOf(() => buildLabelPayload(labelFacts({ validUntil: '2030-01-01' }), NOW))).toEqual(['validUntil: after the end of support (2029-03-31)']);
    const shorter = buildLabelPayload(labelFacts({ validUntil: '2027-12-31' }), NOW);
    expect(shorter.exp).toBeLessThan(endOfDay(shorter.supportEnd).getTime() / 1000);
  });

  it('is refused, with every reason, for a release a buyer could not rely on', () => {
    expect(problemsOf(() => buildLabelPayload(labelFacts({ supportEnd: null, disclosureContact: null }), NOW))).toEqual([
      'supportEnd: the release states no end of security support',
      'disclosureContact: the release names no vulnerability disclosure contact',
    ]);
    expect(problemsOf(() => buildLabelPayload(labelFacts({ supportEnd: '2026-11-22' }), NOW))).toEqual(['supportEnd: security support ended on 2026-11-22']);
    expect(problemsOf(() => buildLabelPayload(labelFacts({ disclosureContact: 'call us' }), NOW))).toEqual(['disclosureContact: neither an https URL nor an email address']);
    expect(problemsOf(() => buildLabelPayload(labelFacts({ disclosureContact: 'http://insecure.example/report' }), NOW))).toHaveLength(1);
    expect(problemsOf(() => buildLabelPayload(labelFacts({ disclosureContact: 'psirt@demo-devices.example' }), NOW))).toEqual([]);
    const twice = labelFacts().conformance[0]!;
    expect(problemsOf(() => buildLabelPayload(labelFacts({ conformance: [twice, twice] }), NOW))).toEqual(['conformance/1: etsi-en-303-645 is claimed twice']);
  });

  it('keeps data practices short', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ data: `data ${i}`, purpose: 'p', sharedWith: [] }));
    expect(problemsOf(() => buildLabelPayload(labelFacts({ dataPractices: many }), NOW))).toEqual(['dataPractices: more than 10 data practices']);
    const p = buildLabelPayload(labelFacts({ dataPractices: [{ data: '  Voice   clips ', purpose: 'speech\nrecognition', sharedWith: [' Cloud Ltd ', ''] }] }), NOW);
    expect(p.dataPractices).toEqual([{ data: 'Voice clips', purpose: 'speech recognition', sharedWith: ['Cloud Ltd'] }]);
    const long = buildLabelPayload(labelFacts({ dataPractices: [{ data: 'Video', purpose: 'x'.repeat(500), sharedWith: [] }] }), NOW);
    expect(long.dataPractices[0]!.purpose).toHaveLength(200);
    expect(long.dataPractices[0]!.purpose.endsWith('…')).toBe(true);
  });

  it('is read back only when every field has its shape', () => {
    const p = buildLabelPayload(labelFacts(), NOW) as unknown as Record<string, unknown>;
    const broken = (change: Record<string, unknown>) => parseLabelPayload({ ...p, ...change });
    expect(broken({ format: 'iotspp-label/2' })).toEqual({ ok: false, problem: 'format is not iotspp-label/1' });
    expect(broken({ exp: p.iat })).toMatchObject({ ok: false });
    expect(broken({ supportEnd: '2029-02-30' })).toMatchObject({ ok: false, problem: 'supportEnd is not a calendar date' });
    expect(broken({ conformance: [{ framework: 'x', frameworkName: 'X', frameworkVersion: '1', verdict: 'passes', assessmentType: 'self-declared', assessedAt: '2026-01-01' }] })).toMatchObject({ ok: false });
    expect(parseLabelPayload('a string')).toMatchObject({ ok: false });
  });
});

describe('label status', () => {
  const payload = buildLabelPayload(labelFacts({ validUntil: '2028-06-30' }), NOW);
  const withdrawn: LabelState = { withdrawal: { at: '2027-05-02T09:00:00Z', reason: 'false-claim', note: '' }, supersededBy: null };
  const superseded: LabelState = { withdrawal: null, supersededBy: { labelId: 'zzzzzzzzzz', releaseVersion: '3.0.0', at: '2027-01-01T00:00:00Z' } };
  const at = (iso: string) => new Date(iso);

  it('is valid until it expires, then expired, then support-ended once support is over', () => {
    expect(labelStatus(payload, FRESH_STATE, NOW)).toBe('valid');
    expect(labelStatus(payload, FRESH_STATE, at('2028-06-30T23:59:59Z'))).toBe('valid');
    expect(labelStatus(payload, FRESH_STATE, at('2028-07-01T00:00:00Z'))).toBe('expired');
    expect(labelStatus(payload, FRESH_STATE, at('2029-03-31T23:59:59Z'))).toBe('expired');
    expect(labelStatus(payload, FRESH_STATE, at('2029-04-01T00:00:00Z'))).toBe('support-ended');
  });

  it('puts withdrawn first, support-ended before superseded, superseded before expired', () => {
    expect(labelStatus(payload, withdrawn, NOW)).toBe('withdrawn');
    expect(labelStatus(payload, { ...withdrawn, supersededBy: superseded.supersededBy }, at('2030-01-01T00:00:00Z'))).toBe('withdrawn');
    expect(labelStatus(payload, superseded, NOW)).toBe('superseded');
    expect(labelStatus(payload, superseded, at('2028-12-01T00:00:00Z'))).toBe('superseded');
    expect(labelStatus(payload, superseded, at('2029-04-01T00:00:00Z'))).toBe('support-ended');
  });

  it('speaks plainly in English, French and Spanish', () => {
    const valid = buildLabelPayload(labelFacts(), NOW);
    expect(describeStatus('valid', valid, FRESH_STATE, 'en').sentence).toBe('This device gets security updates until 31 March 2029.');
    expect(describeStatus('valid', valid, FRESH_STATE, 'fr').sentence).toBe('Cet appareil reçoit des mises à jour de sécurité jusqu’au 31 mars 2029.');
    expect(describeStatus('valid', valid, FRESH_STATE, 'es').sentence).toBe('Este dispositivo recibe actualizaciones de seguridad hasta el 31 de marzo de 2029.');
    expect(describeStatus('support-ended', valid, FRESH_STATE, 'en').sentence).toMatch(/^This device stopped getting security updates on 31 March 2029\./);
    expect(describeStatus('withdrawn', valid, withdrawn, 'en')).toMatchObject({ sentence: 'This label was withdrawn on 2 May 2027: a claim on it was found to be untrue.', advice: 'Do not rely on what it claims.' });
    expect(describeStatus('superseded', valid, superseded, 'es').sentence).toMatch(/^La versión 3\.0\.0 de este producto/);
    expect(describeStatus('expired', payload, FRESH_STATE, 'en').sentence).toMatch(/^This label expired on 30 June 2028\. .* until 31 March 2029/);
    expect(formatDate('2029-03-01', 'fr')).toBe('1er mars 2029');
    expect(conformanceSummary(valid, 'en')).toBe('Meets 2 of 2 frameworks assessed');
  });

  it('has every message in every language', () => {
    const shape = (m: LabelMessages) => Object.entries(m).map(([k, v]) => `${k}:${typeof v === 'object' ? Object.keys(v).join(',') : typeof v}`);
    for (const language of LABEL_LANGUAGES) {
      expect(shape(messagesFor(language))).toEqual(shape(messagesFor('en')));
      for (const v of Object.values(messagesFor(language))) {
        if (typeof v === 'string') expect(v.trim()).not.toBe('');
        if (typeof v === 'object') for (const s of Object.values(v)) expect(String(s).trim()).not.toBe('');
      }
    }
  });
});

describe('languages, dates and ids', () => {
  it('takes ?lang= first, then the best Accept-Language we speak, then English', () => {
    expect(negotiateLanguage('es', 'fr-FR,fr;q=0.9')).toBe('es');
    expect(negotiateLanguage('de', 'fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLanguage(undefined, 'de-DE,de;q=0.9,es;q=0.5,en;q=0.4')).toBe('es');
    expect(negotiateLanguage(undefined, 'en;q=0.2, fr;q=0.8')).toBe('fr');
    expect(negotiateLanguage(undefined, 'fr;q=0, de')).toBe('en');
    expect(negotiateLanguage(undefined, undefined)).toBe('en');
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2029-02-29')).toBe(false);
    expect(isIsoDate('2029-3-1')).toBe(false);
  });

  it('makes short ids people can type back', () => {
    const id = labelIdFrom(new Uint8Array([0, 1, 2, 31, 32, 33, 255, 100, 200, 17]));
    expect(id).toBe('012z01z48h');
    expect(isLabelId(id)).toBe(true);
    expect(normaliseLabelId(' 0I2Z01Z48H ')).toBe(id);
    expect(isLabelId('012z01z48u')).toBe(false);
  });
});

