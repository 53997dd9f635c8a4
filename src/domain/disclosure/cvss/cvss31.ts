// CVSS v3.1 scores from a parsed vector, written from the FIRST specification (section 7 and appendix A),
// including its Roundup that avoids floating-point surprises. Tests check it against published examples and,
// by property, against an independent implementation.
import type { CvssVector } from './cvss-vector.js';

const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC: Record<string, number> = { L: 0.77, H: 0.44 };
const UI: Record<string, number> = { N: 0.85, R: 0.62 };
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };
const E: Record<string, number> = { X: 1, H: 1, F: 0.97, P: 0.94, U: 0.91 };
const RL: Record<string, number> = { X: 1, U: 1, W: 0.97, T: 0.96, O: 0.95 };
const RC: Record<string, number> = { X: 1, C: 1, R: 0.96, U: 0.92 };
const REQ: Record<string, number> = { X: 1, L: 0.5, M: 1, H: 1.5 };

function pr(value: string, scopeChanged: boolean): number {
  if (value === 'N') return 0.85;
  if (value === 'L') return scopeChanged ? 0.68 : 0.62;
  return scopeChanged ? 0.5 : 0.27;
}

/** The specification's Roundup: the smallest number with one decimal that is equal to or above the input. */
export function roundUp(input: number): number {
  const intInput = Math.round(input * 100_000);
  if (intInput % 10_000 === 0) return intInput / 100_000;
  return (Math.floor(intInput / 10_000) + 1) / 10;
}

export interface Cvss31Scores {
  baseScore: number;
  impact: number;
  exploitability: number;
  /** Present when the vector has temporal metrics. */
  temporalScore: number | null;
  /** Present when the vector has environmental metrics. */
  environmentalScore: number | null;
}

const TEMPORAL = ['E', 'RL', 'RC'];
const ENVIRONMENTAL = ['CR', 'IR', 'AR', 'MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA'];

export function cvss31Scores(v: CvssVector): Cvss31Scores {
  if (v.version !== '3.1') throw new Error('cvss31Scores takes a CVSS 3.1 vector');
  const x = v.metrics as Record<string, string>;
  const changed = x.S === 'C';
  const iss = 1 - (1 - CIA[x.C!]!) * (1 - CIA[x.I!]!) * (1 - CIA[x.A!]!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const exploitability = 8.22 * AV[x.AV!]! * AC[x.AC!]! * pr(x.PR!, changed) * UI[x.UI!]!;
  const baseScore = impact <= 0 ? 0 : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
  const temporalFactor = E[x.E!]! * RL[x.RL!]! * RC[x.RC!]!;
  const hasTemporal = TEMPORAL.some((k) => x[k] !== 'X');
  const hasEnvironmental = ENVIRONMENTAL.some((k) => x[k] !== 'X');

  // Modified base metrics default to their base values ("X" means "as in the base metric").
  const mod = (key: string, base: string): string => (x[key] === 'X' ? x[base]! : x[key]!);
  const mChanged = mod('MS', 'S') === 'C';
  const miss = Math.min(
    1 - (1 - REQ[x.CR!]! * CIA[mod('MC', 'C')]!) * (1 - REQ[x.IR!]! * CIA[mod('MI', 'I')]!) * (1 - REQ[x.AR!]! * CIA[mod('MA', 'A')]!),
    0.915,
  );
  const mImpact = mChanged ? 7.52 * (miss - 0.029) - 3.25 * (miss * 0.9731 - 0.02) ** 13 : 6.42 * miss;
  const mExploitability = 8.22 * AV[mod('MAV', 'AV')]! * AC[mod('MAC', 'AC')]! * pr(mod('MPR', 'PR'), mChanged) * UI[mod('MUI', 'UI')]!;
  const environmentalScore =
    mImpact <= 0 ? 0 : roundUp(roundUp(Math.min((mChanged ? 1.08 : 1) * (mImpact + mExploitability), 10)) * temporalFactor);

  return {
    baseScore,
    impact: roundOne(impact),
    exploitability: roundOne(exploitability),
    temporalScore: hasTemporal ? roundUp(baseScore * temporalFactor) : null,
    environmentalScore: hasEnvironmental ? environmentalScore : null,
  };
}

function roundOne(n: number): number {
  return Math.round(Math.max(0, n) * 10) / 10;
}
