// Turns a validated catalog file into domain objects, filling the defaults the file format allows to omit.
import type { Framework } from '../domain/frameworks/framework.js';
import type { Requirement } from '../domain/frameworks/requirement.js';
import { mappingId, type Mapping, type Provenance } from '../domain/crosswalk/mapping.js';
import { parseRequirementKey } from '../domain/frameworks/requirement.js';
import type { CatalogFile } from '../schemas/catalog-file.js';

export interface CatalogContent {
  framework: Framework;
  requirements: Requirement[];
  mappings: Mapping[];
}

export class CatalogFormatError extends Error {}

export function catalogToDomain(file: CatalogFile): CatalogContent {
  const fw = file.framework;
  const framework: Framework = {
    ...fw,
    conditions: fw.conditions ?? [],
    notes: fw.notes ?? [],
  };
  const requirements: Requirement[] = file.requirements.map((r, position) => ({
    frameworkId: fw.id,
    id: r.id,
    title: r.title,
    summary: r.summary,
    level: r.level,
    group: r.group,
    tags: r.tags ?? [],
    conditions: r.conditions ?? [],
    sourceUrl: r.sourceUrl ?? null,
    officialRef: r.officialRef ?? null,
    verification: r.verification ?? 'verified',
    verificationNote: r.verificationNote ?? null,
    organisations: r.organisations ?? [],
    footnotes: r.footnotes ?? [],
    assuranceLevels: r.assuranceLevels ?? [],
    parentId: r.parentId ?? null,
    position,
  }));
  const mappings: Mapping[] = file.mappings.map((m, index) => {
    const target = parseRequirementKey(m.target);
    const provenance: Provenance | undefined = m.provenance ?? file.defaultProvenance;
    if (!target) throw new CatalogFormatError(`${fw.id}: mappings/${index}: target "${m.target}" is not framework:requirement`);
    if (!provenance) throw new CatalogFormatError(`${fw.id}: mappings/${index}: no provenance and no defaultProvenance`);
    const endpoints = {
      sourceFrameworkId: fw.id,
      sourceRequirementId: m.source,
      targetFrameworkId: target.frameworkId,
      targetRequirementId: target.requirementId,
    };
    return {
      id: mappingId(endpoints),
      ...endpoints,
      relationship: m.relationship,
      strength: m.strength,
      rationale: m.rationale,
      provenance: { source: provenance.source, url: provenance.url, date: provenance.date },
      origin: 'bundled',
    };
  });
  return { framework, requirements, mappings };
}
