// iotspp gaps A B / GET /api/gaps: each requirement of A against B (covered, partial, missing), with the
// counterparts and the paths behind each status. The compare page uses the same answer side by side.
import { DomainError } from '../domain/errors.js';
import { gaps, type GapStatus, type GapSummary } from '../domain/crosswalk/gaps.js';
import type { PathRelationship } from '../domain/crosswalk/path.js';
import { loadCrosswalk } from './crosswalk-index.js';
import { explainWithRationales, requirementRef, resolveFramework, type ExplainedPath, type RequirementRef } from './crosswalk-query.js';
import type { CommandContext } from './context.js';

export interface GapsAnswer {
  a: string;
  b: string;
  dataVersion: number;
  bundleVersion: string | null;
  summary: GapSummary;
  requirements: {
    requirement: RequirementRef;
    status: GapStatus;
    counterparts: { requirement: RequirementRef; relationship: PathRelationship; strength: number; stated: boolean; path: ExplainedPath | null }[];
    truncated: boolean;
  }[];
  truncated: boolean;
}

export async function gapsQuery(ctx: Pick<CommandContext, 'store'>, a: string, b: string): Promise<GapsAnswer> {
  const c = await loadCrosswalk(ctx.store);
  resolveFramework(c, a, 'a');
  resolveFramework(c, b, 'b');
  const report = gaps(c.index, a, b);
  if (!report) throw new DomainError('framework_not_found', `No framework "${a}" or "${b}".`);
  return {
    a,
    b,
    dataVersion: c.snapshot.dataVersion,
    bundleVersion: c.snapshot.bundleVersion,
    summary: report.summary,
    requirements: report.requirements.map((r) => ({
      requirement: requirementRef(c, r.requirement),
      status: r.status,
      counterparts: r.counterparts.map((cp) => ({
        requirement: requirementRef(c, cp.requirement),
        relationship: cp.relationship,
        strength: cp.strength,
        stated: cp.stated,
        path: cp.paths[0] ? explainWithRationales(c, cp.paths[0]) : null,
      })),
      truncated: r.truncated,
    })),
    truncated: report.truncated,
  };
}
