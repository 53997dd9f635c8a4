// GET /api/stats: the live figures of the home page.
import { registrySnapshot } from './registry-snapshot.js';
import type { CommandContext } from './context.js';

export interface Stats {
  frameworks: number;
  requirements: number;
  mappings: number;
  /** Distinct ISO country codes among framework jurisdictions (EU and INT are not countries). */
  countries: number;
  jurisdictions: string[];
  dataVersion: number;
  bundleVersion: string | null;
}

export async function statsQuery(ctx: Pick<CommandContext, 'store'>): Promise<Stats> {
  const s = await registrySnapshot(ctx.store);
  const jurisdictions = [...new Set(s.frameworks.flatMap((f) => f.jurisdictions))].sort();
  return {
    frameworks: s.frameworks.length,
    requirements: s.requirements.length,
    mappings: s.mappings.length,
    countries: jurisdictions.filter((j) => /^[A-Z]{2}$/.test(j) && j !== 'EU').length,
    jurisdictions,
    dataVersion: s.dataVersion,
    bundleVersion: s.bundleVersion,
  };
}
