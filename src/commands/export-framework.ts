// iotspp export / GET /api/frameworks/:id/export: a framework as an OSCAL 1.2 catalog or as CSV, and the
// mappings stated from it as an OSCAL mapping collection. Exports are validated against the official schema
// before they leave, so a broken export is our bug, reported as such, never a file handed to a user.
import { DomainError } from '../domain/errors.js';
import { toCsv } from '../domain/csv.js';
import { frameworkToOscalCatalog } from '../domain/oscal/catalog-export.js';
import { mappingsToOscalMappingCollection } from '../domain/oscal/mapping-export.js';
import { validateOscal } from '../validation/oscal.js';
import { registrySnapshot } from './registry-snapshot.js';
import { mappingUpdateTimes } from '../db/repositories/mappings.js';
import type { CommandContext } from './context.js';

export const EXPORT_FORMATS = ['oscal', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b), '1970-01-01T00:00:00.000Z');
}

export async function exportFrameworkCommand(
  ctx: Pick<CommandContext, 'store'>,
  id: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const s = await registrySnapshot(ctx.store);
  const framework = s.frameworksById.get(id);
  if (!framework) throw new DomainError('framework_not_found', `No framework "${id}".`);
  const requirements = s.requirements.filter((r) => r.frameworkId === id);
  if (format === 'csv') {
    const body = toCsv(
      ['framework', 'version', 'id', 'title', 'level', 'group', 'summary', 'conditions', 'tags', 'verification', 'official_ref', 'source_url'],
      requirements.map((r) => [
        id,
        framework.version,
        r.id,
        r.title,
        r.level,
        r.group,
        r.summary,
        r.conditions.map((c) => framework.conditions.find((fc) => fc.id === c)?.text ?? c).join('; '),
        r.tags.join('; '),
        r.verification,
        r.officialRef,
        r.sourceUrl ?? framework.sourceUrl,
      ]),
    );
    return { filename: `${id}.csv`, contentType: 'text/csv; charset=utf-8', body };
  }
  const { origin: _origin, updatedAt, ...plain } = framework;
  const doc = frameworkToOscalCatalog(plain, requirements, { lastModified: updatedAt });
  assertValid('catalog', doc);
  return { filename: `${id}.oscal-catalog.json`, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(doc, null, 2)}\n` };
}

/** The mappings stated from one framework (to the baseline and elsewhere), as an OSCAL mapping collection. */
export async function exportMappingsCommand(ctx: Pick<CommandContext, 'store'>, id: string): Promise<ExportFile> {
  const s = await registrySnapshot(ctx.store);
  const framework = s.frameworksById.get(id);
  if (!framework) throw new DomainError('framework_not_found', `No framework "${id}".`);
  const mappings = s.mappings.filter((m) => m.sourceFrameworkId === id);
  if (mappings.length === 0) throw new DomainError('not_found', `Framework "${id}" states no mappings to export.`);
  const updated = await mappingUpdateTimes(ctx.store.db, id);
  const doc = mappingsToOscalMappingCollection(mappings, {
    title: `Mappings from ${framework.shortName} (${framework.version}) to the Platform baseline and other frameworks`,
    version: s.bundleVersion ?? String(s.dataVersion),
    lastModified: latest(updated),
  });
  assertValid('mapping-collection', doc);
  return { filename: `${id}.oscal-mappings.json`, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(doc, null, 2)}\n` };
}

function assertValid(kind: 'catalog' | 'mapping-collection', doc: unknown): void {
  const result = validateOscal(kind, doc);
  if (!result.ok) throw new Error(`our OSCAL ${kind} export fails the official schema: ${JSON.stringify(result.errors.slice(0, 3))}`);
}
