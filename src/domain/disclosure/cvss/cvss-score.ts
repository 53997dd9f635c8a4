// A case's score: parsed from the vector and computed, never typed. CVSS v3.1 is computed here; CVSS v4.0's
// score comes from a lookup of 270 macro-vectors that FIRST publishes as code, so the caller passes a scorer
// (src/commands/disclosure/cvss-scorer.ts wraps an implementation of FIRST's reference calculator).
import { cvss31Scores } from './cvss31.js';
import { parseCvssVector, severityOf, type CvssSeverity, type CvssVector, type CvssVersion } from './cvss-vector.js';

export interface CvssScore {
  version: CvssVersion;
  /** The canonical vector string. */
  vector: string;
  /** v3.1: the base score. v4.0: the score of the whole vector (see nomenclature). */
  baseScore: number;
  baseSeverity: CvssSeverity;
  /** v3.1 only, when the vector has temporal metrics. */
  temporalScore: number | null;
  /** v3.1 only, when the vector has environmental metrics. */
  environmentalScore: number | null;
  /** v4.0's name for what was scored: CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE; null for v3.1. */
  nomenclature: string | null;
}

/** Scores a complete, valid CVSS v4.0 vector (0.0 to 10.0). */
export type Cvss40Scorer = (vector: CvssVector) => number;

export type CvssScoring = { ok: true; value: CvssScore } | { ok: false; error: string };

const V40_THREAT = ['E'];
const V40_ENVIRONMENTAL = ['CR', 'IR', 'AR', 'MAV', 'MAC', 'MAT', 'MPR', 'MUI', 'MVC', 'MVI', 'MVA', 'MSC', 'MSI', 'MSA'];

export function scoreCvss(input: string, scoreV40: Cvss40Scorer): CvssScoring {
  const parsed = parseCvssVector(input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (v.version === '3.1') {
    const s = cvss31Scores(v);
    return {
      ok: true,
      value: { version: '3.1', vector: v.vector, baseScore: s.baseScore, baseSeverity: severityOf(s.baseScore), temporalScore: s.temporalScore, environmentalScore: s.environmentalScore, nomenclature: null },
    };
  }
  const score = scoreV40(v);
  if (!Number.isFinite(score) || score < 0 || score > 10) return { ok: false, error: 'The CVSS v4.0 vector could not be scored.' };
  const threat = V40_THREAT.some((k) => v.metrics[k] !== 'X');
  const environmental = V40_ENVIRONMENTAL.some((k) => v.metrics[k] !== 'X');
  const nomenclature = `CVSS-B${threat ? 'T' : ''}${environmental ? 'E' : ''}`;
  return { ok: true, value: { version: '4.0', vector: v.vector, baseScore: score, baseSeverity: severityOf(score), temporalScore: null, environmentalScore: null, nomenclature } };
}
