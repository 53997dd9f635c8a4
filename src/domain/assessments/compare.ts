// Two releases side by side: per framework the two verdicts, and every requirement whose status differs.
import type { FrameworkAssessment } from './assess.js';
import type { Level } from '../frameworks/requirement.js';
import type { Status, Verdict } from './status.js';

export interface RequirementChange {
  id: string;
  title: string;
  level: Level;
  deciding: boolean;
  before: Status;
  after: Status;
  /** better: closer to met; worse: further from it; other: to or from not-applicable, or between open states. */
  direction: 'better' | 'worse' | 'other';
}

export interface FrameworkComparison {
  framework: string;
  shortName: string;
  before: Verdict | null;
  after: Verdict | null;
  changes: RequirementChange[];
}

const RANK: Partial<Record<Status, number>> = { 'not-met': 0, 'partly-met': 1, met: 2 };

/** `before` and `after` in full detail (with requirements). A framework missing on one side shows null there. */
export function compareAssessments(before: readonly FrameworkAssessment[], after: readonly FrameworkAssessment[]): FrameworkComparison[] {
  const ids = [...new Set([...before.map((f) => f.framework), ...after.map((f) => f.framework)])];
  return ids.map((id) => {
    const a = before.find((f) => f.framework === id);
    const b = after.find((f) => f.framework === id);
    const statusBefore = new Map((a?.requirements ?? []).map((r) => [r.id, r.status]));
    const changes: RequirementChange[] = [];
    for (const r of b?.requirements ?? []) {
      const old = statusBefore.get(r.id);
      if (old === undefined || old === r.status) continue;
      const x = RANK[old];
      const y = RANK[r.status];
      changes.push({ id: r.id, title: r.title, level: r.level, deciding: r.deciding, before: old, after: r.status, direction: x === undefined || y === undefined ? 'other' : y > x ? 'better' : 'worse' });
    }
    return { framework: id, shortName: (b ?? a)!.shortName, before: a?.verdict ?? null, after: b?.verdict ?? null, changes };
  });
}
