import { DomainError } from '../domain/errors.js';
import type { Requirement } from '../domain/frameworks/requirement.js';
import { findFramework } from '../db/repositories/frameworks.js';
import { findRequirement, queryRequirements, type RequirementQuery } from '../db/repositories/requirements.js';
import type { CommandContext } from './context.js';

export async function listRequirementsCommand(
  ctx: Pick<CommandContext, 'store'>,
  query: RequirementQuery,
): Promise<{ items: Requirement[]; total: number }> {
  if (query.frameworkId && !(await findFramework(ctx.store.db, query.frameworkId))) {
    throw new DomainError('framework_not_found', `No framework "${query.frameworkId}".`);
  }
  return queryRequirements(ctx.store.db, query);
}

export async function showRequirementCommand(
  ctx: Pick<CommandContext, 'store'>,
  frameworkId: string,
  requirementId: string,
): Promise<Requirement> {
  const requirement = await findRequirement(ctx.store.db, frameworkId, requirementId);
  if (requirement) return requirement;
  if (!(await findFramework(ctx.store.db, frameworkId))) {
    throw new DomainError('framework_not_found', `No framework "${frameworkId}".`);
  }
  throw new DomainError('requirement_not_found', `Framework "${frameworkId}" has no requirement "${requirementId}".`);
}
