// iotspp coverage / GET /api/coverage: for each baseline item, the frameworks and requirements that cover it
// (and, for Table 2 of the PETRAS report, the organisations credited), with consensus figures.
import { cachedConsensus, cachedCoverage, loadCrosswalk } from './crosswalk-index.js';
import type { BaselineCoverage } from '../domain/crosswalk/coverage.js';
import type { ConsensusReport } from '../domain/crosswalk/consensus.js';
import type { CommandContext } from './context.js';
import { resolveFramework } from './crosswalk-query.js';

export interface CoverageAnswer extends BaselineCoverage {
  dataVersion: number;
  bundleVersion: string | null;
  frameworks: { id: string; shortName: string }[];
}

export async function coverageQuery(ctx: Pick<CommandContext, 'store'>, options: { framework?: string } = {}): Promise<CoverageAnswer> {
  const c = await loadCrosswalk(ctx.store);
  if (options.framework) resolveFramework(c, options.framework, 'framework');
  const coverage = cachedCoverage(c);
  const items = options.framework
    ? coverage.items.map((item) => {
        const frameworks = item.frameworks.filter((f) => f.frameworkId === options.framework);
        const keys = new Set(frameworks.flatMap((f) => f.requirements.map((r) => r.requirement)));
        const organisations = item.organisations
          .map((o) => ({ ...o, requirements: o.requirements.filter((k) => keys.has(k)) }))
          .filter((o) => o.requirements.length > 0);
        return { ...item, frameworks, organisations };
      })
    : coverage.items;
  return {
    ...coverage,
    items,
    dataVersion: c.snapshot.dataVersion,
    bundleVersion: c.snapshot.bundleVersion,
    frameworks: c.snapshot.frameworks.map((f) => ({ id: f.id, shortName: f.shortName })),
  };
}

export async function consensusQuery(
  ctx: Pick<CommandContext, 'store'>,
  frameworkIds?: string[],
): Promise<ConsensusReport & { dataVersion: number; bundleVersion: string | null }> {
  const c = await loadCrosswalk(ctx.store);
  for (const id of frameworkIds ?? []) resolveFramework(c, id, 'framework');
  return { ...cachedConsensus(c, frameworkIds), dataVersion: c.snapshot.dataVersion, bundleVersion: c.snapshot.bundleVersion };
}
