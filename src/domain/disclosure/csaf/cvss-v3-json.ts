// The FIRST CVSS v3.1 JSON object CSAF 2.0 embeds in vulnerabilities[].scores[].cvss_v3. Only metrics that the
// vector states are written out, so the object and the vector cannot disagree (CSAF mandatory test 6.1.10).
import type { CvssScore } from '../cvss/cvss-score.js';
import { parseCvssVector, severityOf } from '../cvss/cvss-vector.js';

const NAMES: Record<string, [string, Record<string, string>]> = {};
const IMPACT = { H: 'HIGH', L: 'LOW', N: 'NONE' };
const REQUIREMENT = { L: 'LOW', M: 'MEDIUM', H: 'HIGH' };
const AV = { N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' };
const AC = { L: 'LOW', H: 'HIGH' };
const PR = { N: 'NONE', L: 'LOW', H: 'HIGH' };
const UI = { N: 'NONE', R: 'REQUIRED' };
const S = { U: 'UNCHANGED', C: 'CHANGED' };
for (const [key, field, values] of [
  ['AV', 'attackVector', AV], ['AC', 'attackComplexity', AC], ['PR', 'privilegesRequired', PR], ['UI', 'userInteraction', UI], ['S', 'scope', S],
  ['C', 'confidentialityImpact', IMPACT], ['I', 'integrityImpact', IMPACT], ['A', 'availabilityImpact', IMPACT],
  ['E', 'exploitCodeMaturity', { U: 'UNPROVEN', P: 'PROOF_OF_CONCEPT', F: 'FUNCTIONAL', H: 'HIGH' }],
  ['RL', 'remediationLevel', { O: 'OFFICIAL_FIX', T: 'TEMPORARY_FIX', W: 'WORKAROUND', U: 'UNAVAILABLE' }],
  ['RC', 'reportConfidence', { U: 'UNKNOWN', R: 'REASONABLE', C: 'CONFIRMED' }],
  ['CR', 'confidentialityRequirement', REQUIREMENT], ['IR', 'integrityRequirement', REQUIREMENT], ['AR', 'availabilityRequirement', REQUIREMENT],
  ['MAV', 'modifiedAttackVector', AV], ['MAC', 'modifiedAttackComplexity', AC], ['MPR', 'modifiedPrivilegesRequired', PR],
  ['MUI', 'modifiedUserInteraction', UI], ['MS', 'modifiedScope', S],
  ['MC', 'modifiedConfidentialityImpact', IMPACT], ['MI', 'modifiedIntegrityImpact', IMPACT], ['MA', 'modifiedAvailabilityImpact', IMPACT],
] as [string, string, Record<string, string>][]) {
  NAMES[key] = [field, values];
}

export function cvssV3Json(score: CvssScore): Record<string, unknown> {
  const parsed = parseCvssVector(score.vector);
  if (!parsed.ok || parsed.value.version !== '3.1') throw new Error('cvssV3Json takes a CVSS 3.1 score');
  const out: Record<string, unknown> = { version: '3.1', vectorString: score.vector };
  for (const [key, value] of Object.entries(parsed.value.metrics)) {
    if (value === 'X') continue;
    const [field, names] = NAMES[key]!;
    out[field] = names[value];
  }
  out.baseScore = score.baseScore;
  out.baseSeverity = score.baseSeverity.toUpperCase();
  if (score.temporalScore !== null) {
    out.temporalScore = score.temporalScore;
    out.temporalSeverity = severityOf(score.temporalScore).toUpperCase();
  }
  if (score.environmentalScore !== null) {
    out.environmentalScore = score.environmentalScore;
    out.environmentalSeverity = severityOf(score.environmentalScore).toUpperCase();
  }
  return out;
}
