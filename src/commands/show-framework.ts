import { DomainError } from '../domain/errors.js';
import { countByLevel } from '../domain/frameworks/framework-filter.js';
import { registrySnapshot } from './registry-snapshot.js';
import type { CommandContext } from './context.js';
import type { FrameworkListEntry } from './list-frameworks.js';

export async function showFrameworkCommand(ctx: Pick<CommandContext, 'store'>, id: string): Promise<FrameworkListEntry & { groups: string[] }> {
  const snapshot = await registrySnapshot(ctx.store);
  const framework = snapshot.frameworksById.get(id);
  if (!framework) {
    throw new DomainError('framework_not_found', `No framework "${id}". List them with GET /api/frameworks or \`iotspp frameworks\`.`);
  }
  const requirements = snapshot.requirements.filter((r) => r.frameworkId === id);
  return {
    framework,
    requirementCount: requirements.length,
    levelCounts: countByLevel(requirements),
    unverifiedCount: requirements.filter((r) => r.verification === 'unverified').length,
    groups: [...new Set(requirements.map((r) => r.group))],
  };
}
