import { matchesFilter, countByLevel, type FrameworkFilter, type LevelCounts } from '../domain/frameworks/framework-filter.js';
import type { StoredFramework } from '../db/repositories/frameworks.js';
import { registrySnapshot } from './registry-snapshot.js';
import type { CommandContext } from './context.js';

export interface FrameworkListEntry {
  framework: StoredFramework;
  requirementCount: number;
  levelCounts: LevelCounts;
  unverifiedCount: number;
}

export async function listFrameworksCommand(
  ctx: Pick<CommandContext, 'store'>,
  filter: FrameworkFilter,
  page: { limit: number; offset: number },
): Promise<{ items: FrameworkListEntry[]; total: number }> {
  const snapshot = await registrySnapshot(ctx.store);
  const byFramework = new Map<string, typeof snapshot.requirements>();
  for (const r of snapshot.requirements) {
    const list = byFramework.get(r.frameworkId) ?? [];
    list.push(r);
    byFramework.set(r.frameworkId, list);
  }
  const matching = snapshot.frameworks.filter((f) => matchesFilter(f, filter));
  const items = matching.slice(page.offset, page.offset + page.limit).map((framework) => {
    const requirements = byFramework.get(framework.id) ?? [];
    return {
      framework,
      requirementCount: requirements.length,
      levelCounts: countByLevel(requirements),
      unverifiedCount: requirements.filter((r) => r.verification === 'unverified').length,
    };
  });
  return { items, total: matching.length };
}
