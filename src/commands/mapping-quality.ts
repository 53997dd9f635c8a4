// The figures of docs/mapping-quality.md: every published mapping bundled in data/published-mappings/ compared
// with the store's crosswalk. The test suite checks the committed document against them; the script
// scripts/write-mapping-quality.ts rewrites it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATA_DIR, REPO_ROOT } from '../catalogs/bundle-paths.js';
import { renderFigures, type FigureInput } from '../domain/crosswalk/published/quality-figures.js';
import { comparePublishedMappingCommand, type PublishedComparisonAnswer } from './compare-published-mapping.js';
import type { CommandContext } from './context.js';

export const PUBLISHED_MAPPINGS_DIR = join(DATA_DIR, 'published-mappings');
export const MAPPING_QUALITY_DOC = join(REPO_ROOT, 'docs', 'mapping-quality.md');

export function publishedMappingFiles(dir = PUBLISHED_MAPPINGS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export interface MappingQuality {
  bundleVersion: string | null;
  results: { file: string; answer: PublishedComparisonAnswer }[];
}

export async function mappingQualityCommand(ctx: Pick<CommandContext, 'store'>, dir = PUBLISHED_MAPPINGS_DIR): Promise<MappingQuality> {
  const results: MappingQuality['results'] = [];
  for (const path of publishedMappingFiles(dir)) {
    results.push({ file: basename(path), answer: await comparePublishedMappingCommand(ctx, readFileSync(path, 'utf8')) });
  }
  return { bundleVersion: results[0]?.answer.bundleVersion ?? null, results };
}

export function mappingQualityFigures(quality: MappingQuality): string {
  const input: FigureInput = {
    bundleVersion: quality.bundleVersion,
    maxHops: quality.results[0]?.answer.maxHops ?? 0,
    rows: quality.results.map(({ file, answer }) => ({
      file,
      format: answer.format,
      relations: answer.relations,
      counts: answer.counts,
      recall: answer.recall,
      missedByReason: answer.missedByReason,
      contradictions: answer.contradictions,
      missed: answer.missed,
    })),
  };
  return renderFigures(input);
}
