// Every published mapping of data/published-mappings/ compared with the bundled data in a real store; the UK
// PSTI routes (the only mapping with legal force) must be reproduced exactly, and docs/mapping-quality.md must
// carry the figures this run produces.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../../test/stores.js';
import { fixedClock } from '../../test/app.js';
import { loadBundledCatalogs } from './load-bundled-catalogs.js';
import { comparePublishedMappingCommand } from './compare-published-mapping.js';
import { MAPPING_QUALITY_DOC, mappingQualityCommand, mappingQualityFigures, publishedMappingFiles, type MappingQuality } from './mapping-quality.js';
import { currentFigures, FIGURES_END } from '../domain/crosswalk/published/quality-figures.js';
import { DomainError } from '../domain/errors.js';

describe.each(dialects)('published mappings against the bundled crosswalk on %s', (dialect) => {
  let store: TestStore;
  let quality: MappingQuality;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    await loadBundledCatalogs({ store, clock: fixedClock() });
    quality = await mappingQualityCommand({ store });
  }, 120_000);
  afterAll(async () => store.drop());

  it('compares every file, each with consistent figures', () => {
    expect(quality.results.map((r) => r.file)).toEqual(publishedMappingFiles().map((p) => basename(p)));
    for (const { file, answer } of quality.results) {
      const c = answer.counts;
      expect(c.agree + c.contradict + c.missed, file).toBe(c.inScope);
      expect([answer.agreements.length, answer.contradictions.length, answer.missed.length, answer.extra.length], file).toEqual([c.agree, c.contradict, c.missed, c.extra]);
      expect(answer.missedByReason.undetermined + answer.missedByReason.unconnected, file).toBe(c.missed);
      expect(answer.recall, file).toBe(c.inScope === 0 ? null : (c.agree + c.contradict) / c.inScope);
      expect(answer.outOfScope, file).toBe(answer.outOfScopeRelations.length);
      expect(answer.bundleVersion, file).toMatch(/^\d{4}\.\d+\.\d+$/);
      expect(answer.provenance, file).not.toBeNull();
    }
  });

  it('reproduces the UK PSTI deemed-compliance routes: recall 1.0, no contradiction', () => {
    const psti = quality.results.find((r) => r.answer.format === 'uk-psti-deemed-compliance')!.answer;
    expect(psti.recall).toBe(1);
    expect(psti.contradictions).toEqual([]);
    const verdicts = psti.agreements.map((p) => [p.source, p.kind, p.target, p.ours!.relationship, p.ours!.stated]);
    expect(verdicts).toEqual([
      // "together with 5.1-2 where relevant": each provision is part of the route; stated, strength 10.
      ['uk-psti:Sch1-1', 'jointly-satisfied-by', 'etsi-en-303-645:5.1-1', 'intersects-with', true],
      ['uk-psti:Sch1-1', 'jointly-satisfied-by', 'etsi-en-303-645:5.1-2', 'intersects-with', true],
      // Route A alone meets paragraph 2: everything Sch1-2 asks, 5.2-1 asks.
      ['uk-psti:Sch1-2', 'satisfied-by', 'etsi-en-303-645:5.2-1', 'subset-of', true],
      // Not a statutory route: only related, and we relate them through the baseline.
      ['uk-psti:Sch1-3', 'related', 'etsi-en-303-645:5.3-13', expect.any(String), false],
    ]);
    // ISO/IEC 29147 (route B for paragraph 2) is not in the registry.
    expect(psti.outOfScopeRelations.map((o) => o.reason)).toEqual(['framework-not-in-registry', 'framework-not-in-registry', 'framework-not-in-registry']);
  });

  it('keeps docs/mapping-quality.md in step with the data, and every contradiction reviewed', () => {
    const doc = readFileSync(MAPPING_QUALITY_DOC, 'utf8');
    expect(currentFigures(doc), 'stale figures: run node bin/run-ts.js scripts/write-mapping-quality.ts').toBe(mappingQualityFigures(quality));
    const reviewed = doc.slice(doc.indexOf(FIGURES_END));
    const unreviewed = quality.results.flatMap(({ answer }) =>
      answer.contradictions.map((p) => `\`${p.source}\` → \`${p.target}\``).filter((pair) => !reviewed.includes(pair)),
    );
    expect(unreviewed, 'review each contradiction below the figures of docs/mapping-quality.md').toEqual([]);
  });

  it('refuses a file in no known format, and one that is not JSON', async () => {
    await expect(comparePublishedMappingCommand({ store }, JSON.stringify({ relations: [] }))).rejects.toThrow(/supported formats: uk-psti-deemed-compliance/);
    const notJson = comparePublishedMappingCommand({ store }, 'not json');
    await expect(notJson).rejects.toBeInstanceOf(DomainError);
    await expect(notJson).rejects.toMatchObject({ code: 'invalid_document' });
  });

  it('answers from the same file text whatever the path (the file is data, not code)', async () => {
    const file = publishedMappingFiles().find((p) => p.endsWith('mappings-uk-psti-deemed-compliance.json'))!;
    const answer = await comparePublishedMappingCommand({ store }, readFileSync(file, 'utf8'));
    expect(answer.recall).toBe(1);
  });
});
