// The regulator view: verdicts across many releases, counted by framework and by product category, with the
// requirements that most often fail. It names no product: a manufacturer's report stays private to it.
import type { AssessmentPlan } from './derivation-plan.js';
import type { Declaration } from './declaration.js';
import { deriveFramework } from './derive.js';
import { STATUS_CODE, prepareDeclaration } from './prepared-declaration.js';
import type { Verdict } from './status.js';
import { decidingSummary, verdictOf, type DecidingSummary } from './verdict.js';

export interface ReleaseVerdicts {
  category: string;
  frameworks: { framework: string; version: string; verdict: Verdict; deciding: DecidingSummary; failing: string[] }[];
}

/** One release's verdicts and failing deciding requirements (ids), without explanations. */
export function releaseVerdicts(plan: AssessmentPlan, declaration: Declaration, category: string): ReleaseVerdicts {
  const prepared = prepareDeclaration(plan, declaration);
  return {
    category,
    frameworks: plan.frameworks.map((fw) => {
      const out = deriveFramework(plan, fw, prepared, false, true);
      const failing: string[] = [];
      fw.requirements.forEach((r, i) => {
        const s = out.status[i]!;
        if (r.deciding && !out.open[i] && s !== STATUS_CODE.met && s !== STATUS_CODE['not-applicable']) failing.push(r.requirement.id);
      });
      return { framework: fw.framework.id, version: fw.framework.version, verdict: verdictOf(out), deciding: decidingSummary(out), failing };
    }),
  };
}

export type VerdictCounts = Record<Verdict, number>;

export interface Overview {
  releases: number;
  frameworks: { framework: string; shortName: string; version: string; verdicts: VerdictCounts }[];
  categories: { category: string; releases: number; frameworks: Record<string, VerdictCounts> }[];
  /** Deciding requirements settled short of met, most frequent first (at most `top` per framework). */
  commonGaps: { framework: string; requirement: string; title: string; releases: number }[];
}

const zero = (): VerdictCounts => ({ conforms: 0, 'does-not-conform': 0, incomplete: 0 });

export function aggregateOverview(plan: AssessmentPlan, releases: readonly ReleaseVerdicts[], top = 5): Overview {
  const frameworks = plan.frameworks.map((fw) => ({ framework: fw.framework.id, shortName: fw.framework.shortName, version: fw.framework.version, verdicts: zero() }));
  const byId = new Map(frameworks.map((f) => [f.framework, f]));
  const categories = new Map<string, Overview['categories'][number]>();
  const gaps = new Map<string, number>();
  for (const r of releases) {
    const c = categories.get(r.category) ?? { category: r.category, releases: 0, frameworks: {} };
    categories.set(r.category, c);
    c.releases++;
    for (const f of r.frameworks) {
      const counts = byId.get(f.framework);
      if (counts) counts.verdicts[f.verdict]++;
      (c.frameworks[f.framework] ??= zero())[f.verdict]++;
      for (const id of f.failing) gaps.set(`${f.framework}\u0000${id}`, (gaps.get(`${f.framework}\u0000${id}`) ?? 0) + 1);
    }
  }
  const commonGaps = plan.frameworks.flatMap((fw) =>
    [...gaps]
      .filter(([key]) => key.startsWith(`${fw.framework.id}\u0000`))
      .map(([key, n]) => {
        const id = key.slice(fw.framework.id.length + 1);
        return { framework: fw.framework.id, requirement: id, title: fw.requirements[fw.byId.get(id)!]!.requirement.title, releases: n };
      })
      .sort((a, b) => b.releases - a.releases || a.requirement.localeCompare(b.requirement))
      .slice(0, top),
  );
  return { releases: releases.length, frameworks, categories: [...categories.values()].sort((a, b) => a.category.localeCompare(b.category)), commonGaps };
}

