// ETSI EN 303 645 ids as published mappings write them: provisions ("5.1-1", "Provision 5.1-1"), whole clauses
// ("Provision 5.2", "clause 5.3") and ranges ("Provisions 5.3-3 to 5.3-12").
import type { RegistryView } from '../publication.js';

export const ETSI_EN = 'etsi-en-303-645';

/** The clause a provision sits in: 5.1-1 -> 5.1, 6-2 -> 6, 4-1 -> 4. */
export function etsiClauseOf(provisionId: string): string {
  const dash = provisionId.indexOf('-');
  return dash < 0 ? provisionId : provisionId.slice(0, dash);
}

/** The registry's provisions of one clause, in catalog order. */
export function etsiClauseProvisions(registry: RegistryView, clause: string): string[] {
  return registry
    .requirementsOf(ETSI_EN)
    .filter((r) => etsiClauseOf(r.id) === clause)
    .map((r) => r.id);
}

const PROVISION = /^\d+(?:\.\d+)?-\d+$/;
const CLAUSE = /^5\.\d+$/;

/**
 * Provision ids a reference names, or null when it names none we can resolve. A whole sub-clause (5.N) names all
 * its provisions; the bare "5" (all of clause 5) is too broad to be a claim about any one provision.
 */
export function resolveEtsiReference(registry: RegistryView, reference: string): string[] | null {
  const ref = reference.replace(/^Provisions?\s+/i, '').trim();
  const range = /^(\d+\.\d+)-(\d+) to (\d+\.\d+)-(\d+)$/.exec(ref);
  if (range) {
    const [, clause, from, clauseTo, to] = range;
    if (clause !== clauseTo) return null;
    const ids: string[] = [];
    for (let n = Number(from); n <= Number(to); n++) ids.push(`${clause}-${n}`);
    return ids;
  }
  if (PROVISION.test(ref)) return [ref];
  if (CLAUSE.test(ref)) {
    const ids = etsiClauseProvisions(registry, ref);
    return ids.length > 0 ? ids : null;
  }
  return null;
}
