// The DCMS / Copper Horse mapping of recommendations, guidance and standards to the 13 guidelines of the UK Code
// of Practice for Consumer IoT Security (open data v4): each line says "this recommendation maps to guideline N".
// With the Code of Practice in the registry (uk-cop-2018), each line is a direct `related` pair.
import { PairCollector, sameTargets, relationsOf, text, type OutOfScopeRelation } from '../publication.js';
import { publicationOf, resolveKey, type PublishedFormat, type Resolved } from './format.js';
import { ETSI_EN, resolveEtsiReference } from './etsi-ids.js';
import type { RegistryView } from '../publication.js';

export const UK_COP = 'uk-cop-2018';
const ENISA = 'enisa-iot-baseline-2017';
const IOTSF = 'iotsf-assurance-framework';
const NIST_8259A = 'nistir-8259a';

/**
 * The file names frameworks by their long titles; these are the ones the registry holds. Anything else (ETSI
 * TS 103 645, the CSDE Anti-Botnet Guide, NIST's 2019 draft "Considerations for a Core IoT Cybersecurity
 * Capabilities Baseline", GSMA, CTIA...) is out of scope.
 */
const FRAMEWORKS: Record<string, string> = {
  'ETSI EN 303.645 Cyber Security for Consumer Internet of Things: Baseline Requirements': ETSI_EN,
  'Baseline Security Recommendations for IoT': ENISA,
  'IoT Security Compliance Framework 2.1': IOTSF,
  'NISTIR 8259A IoT Device Cybersecurity Capability Core Baseline': NIST_8259A,
};

/** NISTIR 8259A is cited by capability name ("Data Protection"): the capability's top-level requirement. */
function resolve8259aCapability(registry: RegistryView, name: string): Resolved {
  const wanted = name.trim().toLowerCase();
  const capability = registry.requirementsOf(NIST_8259A).find((r) => r.parentId === null && r.title.toLowerCase() === wanted);
  return capability ? { key: `${NIST_8259A}:${capability.id}` } : { reason: 'unresolved-reference' };
}

function resolveTargets(registry: RegistryView, frameworkId: string | undefined, targetId: string): Resolved[] {
  if (frameworkId === undefined || !registry.hasFramework(frameworkId)) return [{ reason: 'framework-not-in-registry' }];
  if (frameworkId === ETSI_EN) {
    const ids = resolveEtsiReference(registry, targetId);
    return ids === null ? [{ reason: 'unresolved-reference' }] : ids.map((id) => resolveKey(registry, ETSI_EN, id));
  }
  if (frameworkId === NIST_8259A) return [resolve8259aCapability(registry, targetId)];
  return [resolveKey(registry, frameworkId, targetId.trim())];
}

export const dcmsUkCopV4: PublishedFormat = {
  id: 'dcms-uk-cop-v4',
  title: 'DCMS mapping of recommendations to the UK Code of Practice for Consumer IoT Security (v4)',
  detect: (file) => typeof file.source_framework === 'string' && file.source_framework.startsWith('UK Code of Practice for Consumer IoT Security'),
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
      const written = text(r, 'relationship', at);
      const line = `${sourceId} -> ${framework}: ${targetId}`;
      const source = resolveKey(registry, UK_COP, sourceId);
      if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
      sources.add(source.key);
      const frameworkId = FRAMEWORKS[framework];
      const targets = resolveTargets(registry, frameworkId, targetId);
      const resolved = targets.flatMap((t) => ('key' in t ? [t.key] : []));
      if (resolved.length === 0) return void outOfScope.push({ relation: line, reason: (targets[0] as { reason: OutOfScopeRelation['reason'] }).reason });
      targetFrameworks.add(frameworkId!);
      const via = resolved.length > 1 ? `expanded from "${targetId}"` : null;
      for (const target of resolved) collector.add({ source: source.key, target, written, kind: 'related', via });
    });
    return publicationOf(dcmsUkCopV4, file, {
      hubBased: false,
      relations: relations.length,
      pairs: collector.pairs,
      outOfScope,
      extraScope: {
        sources: sameTargets(sources, targetFrameworks),
        // The file cites NISTIR 8259A by capability only: element-level relations are not extra claims.
        targetKeys: [...targetFrameworks].flatMap((f) =>
          registry.requirementsOf(f).filter((q) => f !== NIST_8259A || q.parentId === null).map((q) => `${f}:${q.id}`),
        ),
        unordered: false,
      },
      notes: [
        'Every line is "maps_to": a guideline and a recommendation on the same topic, so each pair is `related`.',
        'ETSI EN 303 645 sub-clauses ("Provision 5.2") and ranges ("Provisions 5.3-3 to 5.3-12") are expanded to their provisions; the bare "Provision 5" under guideline 1 is unresolved.',
        'ETSI TS 103 645 (the pre-standard) is left out of scope: its provision numbers differ from the EN, and the file maps the EN separately.',
        'IoTSF ICF 2.1 ids count only where our partial IoTSF catalog holds them; NISTIR 8259A capability names resolve to the capability.',
      ],
    });
  },
};
