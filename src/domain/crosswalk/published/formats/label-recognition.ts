// Label schemes: mutual recognition between labels (Finland = Singapore CLS Level 3) and what a label level
// requires of ETSI EN 303 645 (CLS Level 2 = every mandatory provision). Two files: the schemes' own statements,
// and an unofficial list of the provisions the Finnish label checks.
import { PairCollector, relationsOf, text, badPublication, type OutOfScopeRelation, type PairKind, type RegistryView } from '../publication.js';
import { publicationOf, resolveKey, type PublishedFormat, type Resolved } from './format.js';
import { ETSI_EN } from './etsi-ids.js';

const ALL_MANDATORY = 'all M / M C provisions';

/** Recognised as the same label: `equivalent`; a level requiring provisions: `requires`. */
export function labelKind(written: string): PairKind | null {
  if (written.startsWith('mutually_recognised_as')) return 'equivalent';
  if (written.startsWith('level_requires') || written.startsWith('label_requires')) return 'requires';
  if (written.startsWith('mutual_recognition_arrangement')) return 'related';
  return null;
}

function resolveTargets(registry: RegistryView, framework: string, id: string): Resolved[] {
  if (framework === ETSI_EN && id === ALL_MANDATORY) {
    // ETSI's "M" and "M C" statuses are our mandatory and conditional-mandatory levels.
    return registry
      .requirementsOf(ETSI_EN)
      .filter((r) => r.level === 'mandatory' || r.level === 'conditional-mandatory')
      .map((r) => ({ key: `${ETSI_EN}:${r.id}` }));
  }
  if (id.startsWith('(')) return [{ reason: 'unresolved-reference' }];
  return [resolveKey(registry, framework, id)];
}

function adaptLabels(format: PublishedFormat, file: Record<string, unknown>, registry: RegistryView, defaultSource: string | null, notes: string[]) {
  const relations = relationsOf(file);
  const collector = new PairCollector(false);
  const outOfScope: OutOfScopeRelation[] = [];
  // Each line is one scheme's statement about one counterpart: a label's silence counts only in the frameworks
  // some line pairs that label with, not in every framework the file mentions.
  const targetsBySource = new Map<string, Set<string>>();
  relations.forEach((r, at) => {
    const sourceFramework = defaultSource ?? text(r, 'source_framework', at);
    const targetFramework = defaultSource ? ETSI_EN : text(r, 'target_framework', at);
    const sourceId = text(r, 'source_id', at);
    const targetId = text(r, 'target_id', at);
    const written = text(r, 'relationship', at);
    const kind = labelKind(written);
    if (kind === null) throw badPublication(`relations[${at}].relationship "${written}" is not a recognition or requirement entry`, `/relations/${at}/relationship`);
    const line = `${sourceFramework}:${sourceId} -> ${targetFramework}:${targetId}`;
    const source = resolveKey(registry, sourceFramework, sourceId);
    if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
    const targets = resolveTargets(registry, targetFramework, targetId);
    const resolved = targets.flatMap((t) => ('key' in t ? [t.key] : []));
    if (resolved.length === 0) return void outOfScope.push({ relation: line, reason: (targets[0] as { reason: OutOfScopeRelation['reason'] }).reason });
    targetsBySource.set(source.key, (targetsBySource.get(source.key) ?? new Set<string>()).add(targetFramework));
    const via = resolved.length > 1 ? `expanded from "${targetId}"` : null;
    for (const target of resolved) collector.add({ source: source.key, target, written, kind, via });
  });
  return publicationOf(format, file, {
    hubBased: false,
    relations: relations.length,
    pairs: collector.pairs,
    outOfScope,
    extraScope: {
      sources: [...targetsBySource].map(([key, frameworks]) => ({ key, targetFrameworks: [...frameworks] })),
      targetKeys: null,
      unordered: false,
    },
    notes,
  });
}

export const labelMutualRecognition: PublishedFormat = {
  id: 'label-mutual-recognition',
  title: 'Label mutual recognition (Finland, Singapore CLS, Korea CIC, Germany BSI)',
  detect: (file) => file.source_framework === 'labels',
  adapt: (file, registry) =>
    adaptLabels(labelMutualRecognition, file, registry, null, [
      'Mutual recognition is read as `equivalent` (each label is accepted for the other, both ways); "Level 2 = all mandatory requirements" as CLS-L2 `requires` each M and M C provision of ETSI EN 303 645 V2.1.1.',
      'Korea\'s CIC is not in the registry; the BSI-CLS arrangement names no level: both out of scope.',
    ]),
};

export const fiLabelEtsiSubset: PublishedFormat = {
  id: 'fi-label-etsi-subset-unofficial',
  title: 'Finnish Cybersecurity Label: ETSI EN 303 645 provisions it checks (unofficial, ouspg/tcsfw)',
  detect: (file) => file.source_framework === 'fi-traficom-cybersecurity-label',
  adapt: (file, registry) =>
    adaptLabels(fiLabelEtsiSubset, file, registry, 'fi-traficom-cybersecurity-label', [
      'A research tool\'s annotation, not published by Traficom: each line is read as FI-LABEL `requires` the provision.',
    ]),
};
