// The OWASP IoT Top 10 2018 mapping project: ENISA good-practice groups and ETSI TS 103 645 V1.1.1 clauses each
// linked to Top 10 risks (I1..I10). The risks are the hub: two requirements of different frameworks linked to
// the same risk are co-listed (`related`).
import { optionalText, relationsOf, text, type OutOfScopeRelation, type RegistryView } from '../publication.js';
import { hubPairs, type HubEntry } from '../hub-pairs.js';
import { publicationOf, resolveKey, type PublishedFormat } from './format.js';
import { ETSI_EN, etsiClauseProvisions } from './etsi-ids.js';

const REPO = 'scriptingxss/OWASP-IoT-Top-10-2018-Mapping';

/**
 * ETSI TS 103 645 V1.1.1 clause 4.N and ETSI EN 303 645 V2.1.1 clause 5.N are the same thirteen guidelines in the
 * same order (the EN was made from the TS); three headings were reworded (4.4, 4.8, 4.11), none changed topic.
 * Provision numbers inside a clause did change, so the correspondence holds at clause level only, which is the
 * level this file maps at: a TS clause stands for every provision of the matching EN clause. The TS headings
 * are checked against the file so that a file citing another TS edition is not silently translated.
 */
export const TS_V1_CLAUSE_TITLES: Record<string, string> = {
  '4.1': 'No universal default passwords',
  '4.2': 'Implement a means to manage reports of vulnerabilities',
  '4.3': 'Keep software updated',
  '4.4': 'Securely store credentials and security-sensitive data',
  '4.5': 'Communicate securely',
  '4.6': 'Minimize exposed attack surfaces',
  '4.7': 'Ensure software integrity',
  '4.8': 'Ensure that personal data is protected',
  '4.9': 'Make systems resilient to outages',
  '4.10': 'Examine system telemetry data',
  '4.11': 'Make it easy for consumers to delete personal data',
  '4.12': 'Make installation and maintenance of devices easy',
  '4.13': 'Validate input data',
};

/** "clause 4.N" with the file's heading -> the EN 5.N provisions, or null when the heading does not match. */
export function tsClauseToEnProvisions(registry: RegistryView, sourceId: string, heading: string | null): string[] | null {
  const clause = /^clause (4\.\d+)$/.exec(sourceId)?.[1];
  if (!clause || TS_V1_CLAUSE_TITLES[clause] !== heading) return null;
  const ids = etsiClauseProvisions(registry, `5.${clause.slice(2)}`);
  return ids.length > 0 ? ids : null;
}

export const owaspIotTop10: PublishedFormat = {
  id: 'owasp-iot-top10-2018',
  title: 'OWASP IoT Top 10 2018 mapping (ENISA groups and ETSI TS 103 645 clauses to I1..I10)',
  detect: (file) => (file.provenance as { repo?: unknown } | undefined)?.repo === REPO,
  adapt: (file, registry) => {
    const relations = relationsOf(file);
    const outOfScope: OutOfScopeRelation[] = [];
    const entries: HubEntry[] = [];
    relations.forEach((r, at) => {
      const framework = text(r, 'source_framework', at);
      const id = text(r, 'source_id', at);
      const risk = optionalText(r, 'target_id', at);
      const line = `${framework} ${id} -> ${risk ?? 'none'}`;
      if (risk === null) return void outOfScope.push({ relation: line, reason: 'no-counterpart' });
      let members: string[];
      if (framework === 'etsi-ts-103-645-v1.1.1') {
        const ids = tsClauseToEnProvisions(registry, id, optionalText(r, 'source_group', at));
        if (ids === null) return void outOfScope.push({ relation: line, reason: 'unresolved-reference' });
        members = ids.map((p) => `${ETSI_EN}:${p}`);
      } else {
        const source = resolveKey(registry, framework, id);
        if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
        members = [source.key];
      }
      for (const member of members) entries.push({ member, hub: risk, relation: line, at });
    });
    const hub = hubPairs(entries, (risk) => `both linked to OWASP IoT Top 10 ${risk}`);
    return publicationOf(owaspIotTop10, file, {
      hubBased: true,
      relations: relations.length,
      pairs: hub.pairs,
      outOfScope: [...outOfScope, ...hub.alone],
      extraScope: hub.extraScope,
      notes: [
        'Hub = OWASP IoT Top 10 risk. ENISA links are group-level (every good practice of a group gets the group\'s risks).',
        'ETSI TS 103 645 V1.1.1 clause 4.N is read as EN 303 645 V2.1.1 clause 5.N (same thirteen guidelines, headings checked), expanded to every provision of that clause: sound at clause level only.',
      ],
    });
  },
};
