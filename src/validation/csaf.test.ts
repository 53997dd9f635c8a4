import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAdvisoryDocument, advisoryProblems } from '../domain/disclosure/csaf/advisory-document.js';
import { changesCsv, csafFileName, csafPath, indexTxt, providerMetadata } from '../domain/disclosure/csaf/provider-files.js';
import { CWES } from '../domain/disclosure/csaf/cwe.js';
import { REPO_ROOT } from '../catalogs/bundle-paths.js';
import { validateCsafAdvisory, validateCsafProviderMetadata } from './csaf.js';
import { advisoryInput, score } from '../../test/disclosure/advisory-input.js';
import { mandatoryFailures, optionalFindings } from '../../test/disclosure/csaf-validator.js';
import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';

describe('CSAF 2.0 advisories', () => {
  it('the OASIS schema accepts the BSI example (the validator is wired correctly)', () => {
    const example = JSON.parse(readFileSync(resolve(REPO_ROOT, 'test/fixtures/csaf/bsi-2022-0001.json'), 'utf8'));
    expect(validateCsafAdvisory(example)).toEqual({ ok: true });
    expect(validateCsafAdvisory({ ...example, document: { ...example.document, category: '' } }).ok).toBe(false);
  });

  const cases = {
    'a fixed case with CVE, CWE, v3.1 and v4.0 scores and credit': advisoryInput(),
    'a case published at its deadline with no fix and a v4.0 score only': advisoryInput({
      cve: null,
      cwe: null,
      acknowledgments: [],
      scores: [score('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')],
      fixedReleaseIds: [],
      affectedReleaseIds: ['rel-1', 'rel-2', 'rel-3'],
      remediations: [
        { category: 'none_available', details: 'No fix is available yet.', url: null },
        { category: 'workaround', details: 'Block TCP port 2323 at the router.', url: null },
      ],
    }),
    'a third revision with temporal and environmental metrics': advisoryInput({
      scores: [score('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:P/RL:O/RC:C/CR:H/MAV:A')],
      revisions: [
        { date: '2026-11-23T12:00:00.000Z', summary: 'Initial version.' },
        { date: '2026-11-30T12:00:00.000Z', summary: 'Fixed release added.' },
        { date: '2026-12-07T12:00:00.000Z', summary: 'CVE assigned.' },
      ],
    }),
  };

  it.each(Object.entries(cases))('%s: passes the OASIS schema and every mandatory test', async (_name, input) => {
    const doc = buildAdvisoryDocument(input);
    expect(validateCsafAdvisory(doc)).toEqual({ ok: true });
    expect(await mandatoryFailures(doc)).toEqual([]);
  });

  it('raises no optional-test finding on a complete advisory', async () => {
    expect(await optionalFindings(buildAdvisoryDocument(advisoryInput()))).toEqual([]);
  });

  it('refuses what CSAF cannot express, before building', () => {
    expect(advisoryProblems(advisoryInput({ fixedReleaseIds: ['rel-1'] }))).toContain('A release cannot be both affected and fixed.');
    expect(advisoryProblems(advisoryInput({ releases: [{ id: 'rel-1', version: '1.4 and later' }, { id: 'rel-2', version: '1.4.1' }, { id: 'rel-3', version: '2' }] })).join(' ')).toContain('range');
    expect(advisoryProblems(advisoryInput({ remediations: [] })).join(' ')).toContain('remediation');
    expect(advisoryProblems(advisoryInput({ cve: 'CVE-26-1' })).join(' ')).toContain('CVE');
    expect(() => buildAdvisoryDocument(advisoryInput({ affectedReleaseIds: [] }))).toThrow();
  });

  it('names every weakness exactly as the CWE list does', () => {
    const names = new Map(weaknesses.map((w: { id: string; name: string }) => [w.id, w.name]));
    for (const c of CWES) expect(names.get(c.id)).toBe(c.name);
  });
});

describe('CSAF provider files', () => {
  const advisories = [
    { trackingId: 'IOTSPP-2026-0002', initialReleaseDate: '2026-12-01T00:00:00.000Z', currentReleaseDate: '2026-12-01T00:00:00.000Z' },
    { trackingId: 'IOTSPP-2026-0001', initialReleaseDate: '2026-11-23T12:00:00.000Z', currentReleaseDate: '2027-01-05T08:00:00.000Z' },
  ];

  it('names files as CSAF section 5.1 says', () => {
    expect(csafFileName('IOTSPP-2026-0001')).toBe('iotspp-2026-0001.json');
    expect(csafFileName('Example Co:Adv 1/2')).toBe('example_co_adv_1_2.json');
    expect(csafPath(advisories[1]!)).toBe('2026/iotspp-2026-0001.json');
  });

  it('lists every advisory in index.txt and the newest change first in changes.csv', () => {
    expect(indexTxt(advisories)).toBe('2026/iotspp-2026-0001.json\n2026/iotspp-2026-0002.json\n');
    expect(changesCsv(advisories)).toBe('"2026/iotspp-2026-0001.json","2027-01-05T08:00:00.000Z"\n"2026/iotspp-2026-0002.json","2026-12-01T00:00:00.000Z"\n');
  });

  it('provider-metadata.json passes the OASIS provider schema', () => {
    const metadata = providerMetadata({
      publicUrl: 'https://iotspp.example.org',
      publisher: { name: 'IoT Security Policy Platform', namespace: 'https://iotspp.example.org', contactDetails: 'https://iotspp.example.org/security' },
      lastUpdated: '2026-11-23T12:00:00.000Z',
    });
    expect(validateCsafProviderMetadata(metadata)).toEqual({ ok: true });
    expect(validateCsafProviderMetadata({ ...metadata, role: 'vendor' }).ok).toBe(false);
  });
});
