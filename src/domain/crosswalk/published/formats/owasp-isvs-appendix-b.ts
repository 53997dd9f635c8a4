// OWASP ISVS Appendix B (compliance mapping): each ISVS requirement linked to the EU CRA Annex I points, EN 18031
// parts, NIST SP 800-213A capabilities and ETSI EN 303 645 V2.1.1 provisions it helps meet. "Direct" and
// "Partial" grade how much of the clause the ISVS requirement addresses, not a set relation: both are `related`.
import { PairCollector, sameTargets, relationsOf, text, type OutOfScopeRelation, type RegistryView } from '../publication.js';
import { publicationOf, resolveKey, type PublishedFormat, type Resolved } from './format.js';

const ISVS = 'owasp-isvs';

function resolveTarget(registry: RegistryView, framework: string, id: string): Resolved {
  if (framework === 'eu-cra' && id.includes('unspecified')) return { reason: 'unresolved-reference' };
  if (framework === 'en-18031' && /no clause given/.test(id)) return { reason: 'unresolved-reference' };
  return resolveKey(registry, framework, id);
}

export const owaspIsvsAppendixB: PublishedFormat = {
  id: 'owasp-isvs-appendix-b',
  title: 'OWASP ISVS Appendix B compliance mapping (CRA, EN 18031, SP 800-213A, ETSI EN 303 645)',
  detect: (file) => file.source_framework === ISVS,
  adapt: (file, registry) => {
    const relations = relationsOf(file);
    const collector = new PairCollector(false);
    const outOfScope: OutOfScopeRelation[] = [];
    const sources = new Set<string>();
    const targetFrameworks = new Set<string>();
    relations.forEach((r, at) => {
      const sourceId = text(r, 'source_id', at);
      const framework = text(r, 'target_framework', at);
      const targetId = text(r, 'target_id', at);
      const line = `${sourceId} -> ${framework} ${targetId}`;
      const source = resolveKey(registry, ISVS, sourceId);
      if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
      sources.add(source.key);
      const target = resolveTarget(registry, framework, targetId);
      if ('reason' in target) return void outOfScope.push({ relation: line, reason: target.reason });
      targetFrameworks.add(framework);
      collector.add({ source: source.key, target: target.key, written: text(r, 'relationship', at), kind: 'related', via: null });
    });
    return publicationOf(owaspIsvsAppendixB, file, {
      hubBased: false,
      relations: relations.length,
      pairs: collector.pairs,
      outOfScope,
      extraScope: { sources: sameTargets(sources, targetFrameworks), targetKeys: null, unordered: false },
      notes: [
        '"direct" and "partial" are both `related`: Appendix B says which clause an ISVS requirement helps meet, not that either contains the other.',
        'NIST SP 800-213A is not in the registry; EN 18031 rows name a part without a clause, and some CRA rows name Part II without a point: all out of scope.',
        'Several ETSI targets look off by one provision (SOURCES.md): they are compared as written, and reviewed in docs/mapping-quality.md.',
      ],
    });
  },
};
