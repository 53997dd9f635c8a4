import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import calculator from 'ae-cvss-calculator';
import { parseCvssVector, severityOf } from './cvss-vector.js';
import { cvss31Scores, roundUp } from './cvss31.js';
import { scoreCvss } from './cvss-score.js';

const { Cvss3P1 } = calculator as unknown as {
  Cvss3P1: new (v: string) => { calculateScores(): { base: number; temporal?: number; environmental?: number } };
};

function v31(vector: string) {
  const parsed = parseCvssVector(vector);
  if (!parsed.ok) throw new Error(parsed.error);
  return cvss31Scores(parsed.value);
}

describe('parseCvssVector', () => {
  it.each([
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'Base metrics missing: A'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:L', 'A is given twice'],
    ['CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'AV cannot be "Q"'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y', 'no metric "XX"'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H', 'Base metrics missing: SC, SI, SA'],
    ['CVSS:3.1/AV:N//AC:L', 'is not a metric'],
    ['9.8', 'starts with'],
  ])('refuses %s', (vector, message) => {
    const parsed = parseCvssVector(vector);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it('writes metrics in the specification order and drops Not Defined values', () => {
    const parsed = parseCvssVector(' CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/E:X/RL:O ');
    expect(parsed.ok && parsed.value.vector).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/RL:O');
  });
});

describe('CVSS v3.1 scores', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N', 0],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:A/AC:H/PR:L/UI:R/S:U/C:L/I:N/A:N', 2.3],
  ])('%s scores %s (worked by hand from the specification)', (vector, score) => {
    expect(v31(vector).baseScore).toBe(score);
  });

  it('computes temporal scores (the BSI example advisory: 6.1, temporal 5.7)', () => {
    const s = v31('CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:L/E:F/RL:O/RC:C');
    expect([s.baseScore, s.temporalScore, s.environmentalScore]).toEqual([6.1, 5.7, null]);
  });

  it('rounds up as the specification does, not as floating point would', () => {
    expect(roundUp(4.02)).toBe(4.1);
    expect(roundUp(4.0)).toBe(4.0);
    expect(roundUp(4.000001)).toBe(4.0); // within the specification's 1e-5 tolerance
  });

  const metric = (key: string, values: string) => fc.constantFrom(...values.split('').map((v) => `${key}:${v}`));
  const optional = (key: string, values: string) => fc.option(metric(key, values), { nil: undefined });
  const vector31 = fc
    .tuple(
      metric('AV', 'NALP'), metric('AC', 'LH'), metric('PR', 'NLH'), metric('UI', 'NR'), metric('S', 'UC'),
      metric('C', 'HLN'), metric('I', 'HLN'), metric('A', 'HLN'),
      optional('E', 'UPFH'), optional('RL', 'OTWU'), optional('RC', 'URC'),
      optional('CR', 'LMH'), optional('IR', 'LMH'), optional('AR', 'LMH'),
      optional('MAV', 'NALP'), optional('MAC', 'LH'), optional('MPR', 'NLH'), optional('MUI', 'NR'), optional('MS', 'UC'),
      optional('MC', 'NLH'), optional('MI', 'NLH'), optional('MA', 'NLH'),
    )
    .map((parts) => `CVSS:3.1/${parts.filter((p) => p !== undefined).join('/')}`);

  it('agrees with an independent implementation on every base, temporal and environmental score', () => {
    fc.assert(
      fc.property(vector31, (vector) => {
        const ours = v31(vector);
        const theirs = new Cvss3P1(vector).calculateScores();
        expect(ours.baseScore).toBe(theirs.base);
        if (ours.temporalScore !== null) expect(ours.temporalScore).toBe(theirs.temporal);
        if (ours.environmentalScore !== null) expect(ours.environmentalScore).toBe(theirs.environmental);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scoreCvss', () => {
  it('hands complete v4.0 vectors to the scorer and names what was scored', () => {
    const seen: string[] = [];
    const result = scoreCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A', (v) => {
      seen.push(v.vector);
      return 9.3;
    });
    expect(seen).toHaveLength(1);
    expect(result.ok && result.value).toMatchObject({ version: '4.0', baseScore: 9.3, baseSeverity: 'critical', nomenclature: 'CVSS-BT' });
  });

  it('never calls the scorer for an incomplete vector', () => {
    const result = scoreCvss('CVSS:4.0/AV:N', () => {
      throw new Error('must not be called');
    });
    expect(result.ok).toBe(false);
  });

  it.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
  ] as const)('%s is %s', (score, severity) => {
    expect(severityOf(score)).toBe(severity);
  });
});
