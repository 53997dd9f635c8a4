// Filtering the requirements of a report for a request: verdicts, counts and the follow-up list stay whole.
import type { ReleaseReport } from '../../../commands/assessments/current-assessment.js';
import type { Level } from '../../../domain/frameworks/requirement.js';
import type { Status } from '../../../domain/assessments/status.js';

export interface RequirementFilter {
  status?: Status[];
  level?: Level[];
  deciding?: boolean;
  followUp?: boolean;
  search?: string;
}

export function filterReport(report: ReleaseReport, f: RequirementFilter): ReleaseReport {
  const search = f.search?.trim().toLowerCase();
  if (!f.status && !f.level && f.deciding === undefined && f.followUp === undefined && !search) return report;
  return {
    ...report,
    frameworks: report.frameworks.map((fw) => ({
      ...fw,
      requirements: fw.requirements?.filter(
        (r) =>
          (!f.status || f.status.includes(r.status)) &&
          (!f.level || f.level.includes(r.level)) &&
          (f.deciding === undefined || r.deciding === f.deciding) &&
          (f.followUp === undefined || r.followUp === f.followUp) &&
          (!search || r.id.toLowerCase().includes(search) || r.title.toLowerCase().includes(search)),
      ),
    })),
  };
}
