import { describe, expect, it } from 'vitest';
import { buildSecurityTxt, parseSecurityTxt, rfc3339 } from './security-txt.js';
import { defaultPolicyInput, manufacturerSecurityTxt, platformSecurityTxt, policyProblems, type DisclosurePolicy } from './disclosure-policy.js';

const now = new Date('2026-11-23T12:00:00.000Z');

describe('security.txt', () => {
  it('round-trips every field', () => {
    const text = buildSecurityTxt({
      contact: ['mailto:psirt@example.com', 'https://example.com/report'],
      expires: new Date('2027-06-01T00:00:00.000Z'),
      encryption: ['https://example.com/pgp.asc'],
      preferredLanguages: ['en', 'fr'],
      canonical: ['https://example.com/.well-known/security.txt'],
      policy: ['https://example.com/policy'],
      csaf: ['https://example.com/.well-known/csaf/provider-metadata.json'],
    });
    const parsed = parseSecurityTxt(text, now);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.contact).toEqual(['mailto:psirt@example.com', 'https://example.com/report']);
    expect(rfc3339(parsed.value.expires)).toBe('2027-06-01T00:00:00Z');
    expect(parsed.value.preferredLanguages).toEqual(['en', 'fr']);
    expect(parsed.value.csaf).toEqual(['https://example.com/.well-known/csaf/provider-metadata.json']);
    expect(text).toContain('Expires: 2027-06-01T00:00:00Z\n');
  });

  it.each([
    ['Expires: 2027-01-01T00:00:00Z\n', 'Contact is required'],
    ['Contact: mailto:a@example.com\n', 'Expires must appear exactly once'],
    ['Contact: mailto:a@example.com\nExpires: 2027-01-01T00:00:00Z\nExpires: 2027-02-01T00:00:00Z\n', 'exactly once'],
    ['Contact: mailto:a@example.com\nExpires: next year\n', 'RFC 3339'],
    ['Contact: http://example.com/\nExpires: 2027-01-01T00:00:00Z\n', 'https://'],
    ['Contact: mailto:a@example.com\nExpires: 2025-01-01T00:00:00Z\n', 'in the past'],
    ['Contact: mailto:a@example.com\nExpires: 2027-01-01T00:00:00Z\nPreferred-Languages: en\nPreferred-Languages: fr\n', 'at most once'],
    ['Contact: mailto:a@example.com\nExpires: 2027-01-01T00:00:00Z\nthis is not a field\n', 'Field: value'],
  ])('refuses %j', (text, message) => {
    const parsed = parseSecurityTxt(text, now);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.message).join(' ')).toContain(message);
  });

  it('ignores comments and unknown fields (RFC 9116 section 2.4)', () => {
    const parsed = parseSecurityTxt('# hello\r\nContact: tel:+1-201-555-0123\r\nExpires: 2027-01-01T00:00:00z\r\nX-Custom: 1\r\n', now);
    expect(parsed.ok && parsed.unknownFields).toEqual(['X-Custom']);
  });
});

describe('generated security.txt files', () => {
  const policy: DisclosurePolicy = {
    ...defaultPolicyInput(),
    organisationId: 'org-1',
    contactEmail: 'psirt@acme.example',
    languages: ['en', 'de'],
    encryptionUrl: 'https://acme.example/psirt.asc',
    website: 'https://www.acme.example/products',
    updatedAt: now.toISOString(),
  };

  it("the manufacturer's file parses, expires within a year, and names policy, languages, encryption and CSAF", () => {
    const parsed = parseSecurityTxt(manufacturerSecurityTxt(policy, 'Acme', 'https://iotspp.example.org', now), now);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const v = parsed.value;
    expect(v.contact).toEqual(['mailto:psirt@acme.example', 'https://iotspp.example.org/disclosure/manufacturers/org-1/report']);
    expect(v.expires.getTime()).toBeGreaterThan(now.getTime());
    expect(v.expires.getTime() - now.getTime()).toBeLessThan(365 * 24 * 3_600_000);
    expect(v.policy).toEqual(['https://iotspp.example.org/disclosure/manufacturers/org-1']);
    expect(v.preferredLanguages).toEqual(['en', 'de']);
    expect(v.encryption).toEqual(['https://acme.example/psirt.asc']);
    expect(v.canonical).toEqual(['https://www.acme.example/.well-known/security.txt']);
    expect(v.csaf).toEqual(['https://iotspp.example.org/.well-known/csaf/provider-metadata.json']);
  });

  it("the Platform's file parses and expires in the future, whatever the clock says", () => {
    for (const clock of [now, new Date('2031-02-28T23:59:59.000Z')]) {
      const text = platformSecurityTxt({ publicUrl: 'https://iotspp.example.org', contact: ['https://iotspp.example.org/security'], now: clock });
      const parsed = parseSecurityTxt(text, clock);
      expect(parsed.ok).toBe(true);
    }
  });

  it('refuses a policy with bad fields, pointing at each', () => {
    const problems = policyProblems({ ...defaultPolicyInput(), contactEmail: 'nope', languages: ['en', 'english'], acknowledgementDays: 0, website: 'http://x.example' });
    expect(problems.map((p) => p.pointer)).toEqual(['body/contactEmail', 'body/languages/1', 'body/acknowledgementDays', 'body/website']);
  });
});
