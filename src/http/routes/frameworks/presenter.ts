// What the API shows of frameworks and requirements: only the fields listed in schema.ts, built explicitly.
import type { Requirement } from '../../../domain/frameworks/requirement.js';
import { requirementKey } from '../../../domain/frameworks/requirement.js';
import type { FrameworkListEntry } from '../../../commands/list-frameworks.js';

export function presentFramework(entry: FrameworkListEntry) {
  const { updatedAt: _updatedAt, ...framework } = entry.framework;
  return {
    ...framework,
    requirementCount: entry.requirementCount,
    levelCounts: entry.levelCounts,
    unverifiedCount: entry.unverifiedCount,
  };
}

export function presentRequirement(r: Requirement) {
  return { key: requirementKey(r.frameworkId, r.id), ...r };
}
