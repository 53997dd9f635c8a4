// Words and orderings shared by the HTML, PDF and CSV renderings of an assessment report.
import type { RequirementResult } from '../domain/assessments/assess.js';
import type { Status, Verdict } from '../domain/assessments/status.js';
import type { AssessmentReport } from '../domain/assessments/report.js';

export const VERDICT_WORDS: Record<Verdict, string> = {
  conforms: 'Conforms',
  'does-not-conform': 'Does not conform',
  incomplete: 'Incomplete: answers missing',
};

export const STATUS_WORDS: Record<Status, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
  unknown: 'Unknown',
};

/** A symbol beside the words, so status never rests on colour alone. */
export const STATUS_SYMBOLS: Record<Status, string> = { met: '✓', 'partly-met': '◐', 'not-met': '✗', 'not-applicable': '–', unknown: '?' };

/** Deciding requirements short of met first (failing, then open), then the others in the framework's order. */
export function attentionOrder(requirements: readonly RequirementResult[]): RequirementResult[] {
  const rank = (r: RequirementResult) => (!r.deciding ? 3 : r.status === 'met' || r.status === 'not-applicable' ? 2 : r.settled ? 0 : 1);
  return requirements.map((r, i) => [r, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([r]) => r);
}

export function productLine(report: AssessmentReport): string {
  const p = report.product;
  return `${p.name}${p.model ? ` (model ${p.model})` : ''}${report.release.version ? `, release ${report.release.version}` : ''}`;
}

export function versionsLine(report: AssessmentReport & { assessedAt?: string }): string {
  const parts = [`baseline ${report.baseline.version}`, `catalog bundle ${report.bundleVersion ?? 'unknown'}`];
  if (report.dataVersion !== null) parts.push(`registry data version ${report.dataVersion}`);
  if (report.assessedAt) parts.push(`assessed ${report.assessedAt.slice(0, 16).replace('T', ' ')} UTC`);
  return parts.join(' · ');
}
