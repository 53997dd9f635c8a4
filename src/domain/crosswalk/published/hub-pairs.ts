// Hub-based publications map each requirement to an item of their own (an OCF specification clause, an OWASP
// IoT Top 10 risk). Two requirements of different frameworks placed on the same item are co-listed: that is the
// only claim such a file makes about them, so each such pair is `related`.
import { parseRequirementKey } from '../../frameworks/requirement.js';
import { PairCollector, sameTargets, type ExtraScope, type OutOfScopeRelation, type PublicationPair } from './publication.js';

export interface HubEntry {
  /** A requirement key of our registry. */
  member: string;
  /** The hub item, unique within the file ("OCF Security Specification 5.3.3", "I1"). */
  hub: string;
  /** The file's line, for the out-of-scope list, and its position (one line may put several members on a hub). */
  relation: string;
  at: number;
}

export interface HubPairs {
  pairs: PublicationPair[];
  /** Entries that share their hub with no requirement of another registry framework. */
  alone: OutOfScopeRelation[];
  extraScope: ExtraScope;
}

const frameworkOf = (key: string) => parseRequirementKey(key)?.frameworkId ?? key;

export function hubPairs(entries: readonly HubEntry[], written: (hub: string) => string): HubPairs {
  const byHub = new Map<string, string[]>();
  for (const e of entries) {
    const members = byHub.get(e.hub) ?? [];
    if (!members.includes(e.member)) members.push(e.member);
    byHub.set(e.hub, members);
  }
  const collector = new PairCollector(true);
  for (const [hub, members] of byHub) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        if (frameworkOf(a) !== frameworkOf(b)) collector.add({ source: a, target: b, written: written(hub), kind: 'related', via: hub });
      }
    }
  }
  const partnered = new Set<number>();
  for (const e of entries) if (byHub.get(e.hub)!.some((m) => frameworkOf(m) !== frameworkOf(e.member))) partnered.add(e.at);
  const alone = new Map<number, OutOfScopeRelation>();
  for (const e of entries) if (!partnered.has(e.at)) alone.set(e.at, { relation: e.relation, reason: 'no-cross-framework-partner' });
  const members = [...new Set(entries.map((e) => e.member))];
  return {
    pairs: collector.pairs,
    alone: [...alone.values()],
    extraScope: { sources: sameTargets(members, new Set(members.map(frameworkOf))), targetKeys: members, unordered: true },
  };
}
