// CVSS scores for the commands: v3.1 by the domain's own implementation, v4.0 by metaeffekt's calculator
// (ae-cvss-calculator, Apache-2.0), which implements FIRST's reference lookup tables. The domain has already
// checked the vector is complete and valid, because the calculator quietly scores incomplete vectors as 0.
import calculator from 'ae-cvss-calculator';
import { scoreCvss, type CvssScoring } from '../../domain/disclosure/cvss/cvss-score.js';
import type { CvssVector } from '../../domain/disclosure/cvss/cvss-vector.js';

const { Cvss4P0 } = calculator as unknown as { Cvss4P0: new (vector: string) => { calculateScores(): { overall: number } } };

export function scoreCvss40(vector: CvssVector): number {
  return new Cvss4P0(vector.vector).calculateScores().overall;
}

export function scoreVector(vector: string): CvssScoring {
  return scoreCvss(vector, scoreCvss40);
}
