// What an adopted baseline proposal writes: its item and mapping changes applied to the registry in memory,
// plus the baseline's new version number and publication date, as one curation (so the registry's integrity
// rules, the history, the audit entries and the data version all apply exactly as for a curator's edit). The
// same plan is dry-run when the proposal is made, so members vote on changes that apply to today's registry.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { BASELINE_FRAMEWORK_ID, type Framework } from '../../domain/frameworks/framework.js';
import { requirementKey, parseRequirementKey, type Requirement } from '../../domain/frameworks/requirement.js';
import { checkCatalogIntegrity, type CatalogData } from '../../domain/frameworks/catalog-integrity.js';
import { mappingId, type Mapping } from '../../domain/crosswalk/mapping.js';
import type { Relationship } from '../../domain/crosswalk/relationship.js';
import { nextBaselineVersion, type BaselineChange } from '../../domain/governance/baseline-changes.js';
import type { CatalogRequirementEntry } from '../../schemas/catalog-file.js';
import { upsertFramework, type StoredFramework } from '../../db/repositories/frameworks.js';
import { deleteRequirement, upsertRequirement } from '../../db/repositories/requirements.js';
import { deleteMapping, upsertMappings } from '../../db/repositories/mappings.js';
import { assertSchema, requirementFromEntry, validRequirement } from '../curation/framework-curation.js';
import type { Curation, CurationChange } from '../curation/curate.js';

export interface PlannedBaseline {
  version: string;
  previousVersion: string;
}

function fail(index: number, message: string): never {
  throw new DomainError('invalid_document', `Change ${index + 1}: ${message}.`, [{ pointer: `body/payload/changes/${index}`, message }]);
}

function withoutStorage(f: Framework | StoredFramework): Framework {
  const { origin: _o, updatedAt: _u, ...rest } = f as StoredFramework;
  return rest;
}

export function planBaselineChange(current: CatalogData, changes: readonly BaselineChange[], proposalId: string, now: Date): Curation<PlannedBaseline> {
  const stored = current.frameworks.find((f) => f.id === BASELINE_FRAMEWORK_ID);
  if (!stored) throw new DomainError('framework_not_found', 'The registry has no platform-baseline framework.');
  let requirements = [...current.requirements];
  let mappings = [...current.mappings];
  const written: CurationChange[] = [];
  const upserts = new Map<string, Requirement>();
  const removedRequirements: string[] = [];
  const mappingUpserts = new Map<string, Mapping>();
  const removedMappings: string[] = [];
  const day = now.toISOString().slice(0, 10);
  const provenance = { source: `IoT Security Policy Platform, adopted proposal ${proposalId}`, url: null, date: day };
  const baselineItems = () => requirements.filter((r) => r.frameworkId === BASELINE_FRAMEWORK_ID);

  changes.forEach((c, i) => {
    switch (c.op) {
      case 'add-item':
      case 'change-item': {
        assertSchema(validRequirement, c.item, `body/payload/changes/${i}/item`);
        const before = baselineItems().find((r) => r.id === c.item.id) ?? null;
        if (c.op === 'add-item' && before) fail(i, `the baseline already has item ${c.item.id}`);
        if (c.op === 'change-item' && !before) fail(i, `the baseline has no item ${c.item.id}`);
        const position = before?.position ?? Math.max(-1, ...baselineItems().map((r) => r.position)) + 1;
        const after = requirementFromEntry(BASELINE_FRAMEWORK_ID, c.item as unknown as CatalogRequirementEntry, position);
        requirements = before ? requirements.map((r) => (r === before ? after : r)) : [...requirements, after];
        upserts.set(after.id, after);
        written.push({ entity: 'requirement', key: requirementKey(BASELINE_FRAMEWORK_ID, after.id), frameworkId: BASELINE_FRAMEWORK_ID, change: before ? 'update' : 'create', before, after });
        return;
      }
      case 'remove-item': {
        const before = baselineItems().find((r) => r.id === c.itemId);
        if (!before) fail(i, `the baseline has no item ${c.itemId}`);
        const key = requirementKey(BASELINE_FRAMEWORK_ID, c.itemId);
        const touches = (m: Mapping) => requirementKey(m.sourceFrameworkId, m.sourceRequirementId) === key || requirementKey(m.targetFrameworkId, m.targetRequirementId) === key;
        const dropped = mappings.filter(touches);
        requirements = requirements.filter((r) => r !== before);
        mappings = mappings.filter((m) => !touches(m));
        removedRequirements.push(c.itemId);
        written.push({ entity: 'requirement', key, frameworkId: BASELINE_FRAMEWORK_ID, change: 'delete', before: { requirement: before, mappings: dropped }, after: null });
        return;
      }
      case 'add-mapping': {
        const source = parseRequirementKey(c.mapping.source);
        const target = parseRequirementKey(c.mapping.target);
        if (!source || !target) fail(i, 'source and target are "framework-id:requirement-id"');
        const ends = { sourceFrameworkId: source.frameworkId, sourceRequirementId: source.requirementId, targetFrameworkId: target.frameworkId, targetRequirementId: target.requirementId };
        const mapping: Mapping = { id: mappingId(ends), ...ends, relationship: c.mapping.relationship as Relationship, strength: c.mapping.strength, rationale: c.mapping.rationale.trim(), provenance, origin: 'curated' };
        if (source.frameworkId !== BASELINE_FRAMEWORK_ID && target.frameworkId !== BASELINE_FRAMEWORK_ID) fail(i, 'a baseline proposal states mappings from or to a baseline item');
        if (mappings.some((m) => m.id === mapping.id)) fail(i, `the mapping ${mapping.id} already exists; change it with change-mapping`);
        mappings = [...mappings, mapping];
        mappingUpserts.set(mapping.id, mapping);
        written.push({ entity: 'mapping', key: mapping.id, frameworkId: mapping.sourceFrameworkId, change: 'create', before: null, after: mapping });
        return;
      }
      case 'change-mapping':
      case 'remove-mapping': {
        const before = mappings.find((m) => m.id === c.mappingId);
        if (!before) fail(i, `there is no mapping ${c.mappingId}`);
        if (c.op === 'remove-mapping') {
          mappings = mappings.filter((m) => m !== before);
          removedMappings.push(before.id);
          written.push({ entity: 'mapping', key: before.id, frameworkId: before.sourceFrameworkId, change: 'delete', before, after: null });
          return;
        }
        const patch = Object.fromEntries(Object.entries(c.patch).filter(([, v]) => v !== undefined));
        const after: Mapping = { ...before, ...patch, rationale: (c.patch.rationale ?? before.rationale).trim(), provenance, origin: 'curated' } as Mapping;
        mappings = mappings.map((m) => (m === before ? after : m));
        mappingUpserts.set(after.id, after);
        written.push({ entity: 'mapping', key: after.id, frameworkId: after.sourceFrameworkId, change: 'update', before, after });
        return;
      }
    }
  });

  const before = withoutStorage(stored);
  const version = nextBaselineVersion(before.version, changes);
  const framework: Framework = { ...before, version, publicationDate: day };
  written.push({ entity: 'framework', key: BASELINE_FRAMEWORK_ID, frameworkId: BASELINE_FRAMEWORK_ID, change: 'update', before, after: framework });
  return {
    next: { frameworks: current.frameworks.map((f) => (f.id === BASELINE_FRAMEWORK_ID ? framework : f)), requirements, mappings },
    write: async (trx: Kysely<Database>, at: string) => {
      for (const id of removedMappings) await deleteMapping(trx, id);
      for (const id of removedRequirements) await deleteRequirement(trx, BASELINE_FRAMEWORK_ID, id);
      for (const r of upserts.values()) await upsertRequirement(trx, r);
      if (mappingUpserts.size > 0) await upsertMappings(trx, [...mappingUpserts.values()], at);
      await upsertFramework(trx, framework, 'curated', at);
    },
    changes: written,
    result: { version, previousVersion: before.version },
  };
}

/** Dry run when the proposal is made: the changes must apply to today's registry and keep its rules. */
export function checkBaselineChangeApplies(current: CatalogData, changes: readonly BaselineChange[], now: Date): void {
  const plan = planBaselineChange(current, changes, 'dry-run', now);
  const known = new Set(checkCatalogIntegrity(current).map((p) => `${p.code} ${p.subject}`));
  const introduced = checkCatalogIntegrity(plan.next).filter((p) => p.code !== 'unmapped-requirement' && !known.has(`${p.code} ${p.subject}`));
  if (introduced.length > 0) {
    throw new DomainError('invalid_document', `The changes would break ${introduced.length} rule(s) of the registry; first: ${introduced[0]!.message}.`, introduced.slice(0, 20).map((p) => ({ pointer: p.subject, message: p.message })));
  }
}
