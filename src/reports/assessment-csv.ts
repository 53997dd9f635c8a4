// An assessment as CSV: one row per requirement of each framework, with the framework's verdict repeated so a
// spreadsheet filter works on any column. Formula-looking cells are neutralised by toCsv.
import { toCsv } from '../domain/csv.js';
import type { AssessmentReport } from '../domain/assessments/report.js';

export const CSV_HEADERS = ['framework', 'framework_version', 'verdict', 'requirement', 'title', 'level', 'deciding', 'applies', 'status', 'settled', 'follow_up', 'action', 'reasons'];

export function assessmentCsv(report: AssessmentReport): string {
  const rows = report.frameworks.flatMap((fw) =>
    (fw.requirements ?? []).map((r) => [
      fw.framework,
      fw.version,
      fw.verdict,
      r.id,
      r.title,
      r.level,
      r.deciding,
      r.applies,
      r.status,
      r.settled,
      r.followUp,
      r.action ?? '',
      r.reasons.map((reason) => reason.text).join(' | '),
    ]),
  );
  return toCsv(CSV_HEADERS, rows);
}
