// draft-ietf-iotops-security-summary groups requirements of ENISA's baseline, NISTIR 8259A and ETSI EN 303 645
// under technology topics. The file lists the co-listed pairs explicitly; the draft claims no equivalence, so
// every pair is `related`.
import { PairCollector, sameTargets, relationsOf, text, type OutOfScopeRelation } from '../publication.js';
import { parseRequirementKey } from '../../../frameworks/requirement.js';
import { publicationOf, resolveKey, type PublishedFormat } from './format.js';

export const ietfTopicClusters: PublishedFormat = {
  id: 'ietf-iotops-topic-clusters',
  title: 'IETF draft-ietf-iotops-security-summary topic clusters (ENISA, NISTIR 8259A, ETSI EN 303 645)',
  detect: (file) => Array.isArray(file.clusters) && /draft-ietf-iotops/.test(String((file.provenance as { document?: unknown } | undefined)?.document)),
  adapt: (file, registry) => {
    const relations = relationsOf(file);
    const collector = new PairCollector(true);
    const outOfScope: OutOfScopeRelation[] = [];
    const members = new Set<string>();
    relations.forEach((r, at) => {
      const line = `${text(r, 'source_framework', at)}:${text(r, 'source_id', at)} -> ${text(r, 'target_framework', at)}:${text(r, 'target_id', at)}`;
      const source = resolveKey(registry, text(r, 'source_framework', at), text(r, 'source_id', at));
      const target = resolveKey(registry, text(r, 'target_framework', at), text(r, 'target_id', at));
      if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
      if ('reason' in target) return void outOfScope.push({ relation: line, reason: target.reason });
      members.add(source.key).add(target.key);
      const written = text(r, 'relationship', at);
      const topic = /topic '([^']+)'/.exec(written)?.[1] ?? null;
      collector.add({ source: source.key, target: target.key, written, kind: 'related', via: topic });
    });
    const keys = [...members];
    return publicationOf(ietfTopicClusters, file, {
      hubBased: true,
      relations: relations.length,
      pairs: collector.pairs,
      outOfScope,
      extraScope: {
        sources: sameTargets(keys, new Set(keys.map((k) => parseRequirementKey(k)!.frameworkId))),
        targetKeys: keys,
        unordered: true,
      },
      notes: [
        'Co-listing under a topic is not equivalence: every pair is `related`. Pairs listed under two topics count once.',
        'Extra pairs are counted only among requirements the draft lists under some topic.',
      ],
    });
  },
};
