// SI 2023/1007 Schedule 2: the conditions under which meeting ETSI EN 303 645 provisions (or ISO/IEC 29147
// paragraphs) is deemed to meet a PSTI security requirement. The only published mapping with legal force.
import { PairCollector, sameTargets, relationsOf, text, badPublication, type OutOfScopeRelation, type PairKind } from '../publication.js';
import { publicationOf, resolveKey, type PublishedFormat } from './format.js';
import { ETSI_EN } from './etsi-ids.js';

const PSTI = 'uk-psti';

/**
 * Deemed compliance through one provision alone is `satisfied-by`; "together with 5.1-2" (paragraph 1 needs
 * both provisions where unique pre-installed passwords exist) is `jointly-satisfied-by`; the file's own
 * "related ... NOT a statutory deemed-compliance route" entry is only `related`.
 */
export function pstiKind(written: string): PairKind | null {
  if (written.startsWith('deemed_compliance_if_met')) return /together with/i.test(written) ? 'jointly-satisfied-by' : 'satisfied-by';
  if (written.startsWith('related')) return 'related';
  return null;
}

export const ukPstiDeemedCompliance: PublishedFormat = {
  id: 'uk-psti-deemed-compliance',
  title: 'UK PSTI deemed-compliance routes (SI 2023/1007 Schedule 2)',
  detect: (file) => file.source_framework === PSTI,
  adapt: (file, registry) => {
    const relations = relationsOf(file);
    const collector = new PairCollector(false);
    const outOfScope: OutOfScopeRelation[] = [];
    const targetFrameworks = new Set<string>();
    const sources = new Set<string>();
    relations.forEach((r, at) => {
      const sourceId = text(r, 'source_id', at);
      const targetFramework = text(r, 'target_framework', at);
      const targetId = text(r, 'target_id', at);
      const written = text(r, 'relationship', at);
      const kind = pstiKind(written);
      if (kind === null) throw badPublication(`relations[${at}].relationship "${written}" is not a deemed-compliance or related entry`, `/relations/${at}/relationship`);
      const line = `${sourceId} -> ${targetFramework} ${targetId}`;
      const source = resolveKey(registry, PSTI, sourceId);
      const target = resolveKey(registry, targetFramework === ETSI_EN ? ETSI_EN : null, targetId);
      if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
      sources.add(source.key);
      if ('reason' in target) return void outOfScope.push({ relation: line, reason: target.reason });
      targetFrameworks.add(ETSI_EN);
      collector.add({ source: source.key, target: target.key, written, kind, via: null });
    });
    return publicationOf(ukPstiDeemedCompliance, file, {
      hubBased: false,
      relations: relations.length,
      pairs: collector.pairs,
      outOfScope,
      extraScope: { sources: sameTargets(sources, targetFrameworks), targetKeys: null, unordered: false },
      notes: ['ISO/IEC 29147:2018 (the alternative route for paragraph 2) is not in the registry: its three entries are out of scope.'],
    });
  },
};
