// Mappings -> OSCAL mapping collection: one OSCAL mapping per (source framework, target framework) pair and one
// map per mapping. Strength, provenance, origin and id ride in our props, the rationale in the map's remarks.
import type { Mapping } from '../crosswalk/mapping.js';
import { controlIdFor } from './control-id.js';
import { frameworkHref } from './framework-reference.js';
import { oscalDateTime } from './oscal-dates.js';
import {
  OSCAL_VERSION,
  type OscalMap,
  type OscalMapping,
  type OscalMappingCollectionDocument,
  type OscalMappingStatus,
} from './oscal-model.js';
import { relationshipToOscal } from './oscal-relationship.js';
import { iotsppProp } from './oscal-text.js';
import { iotsppUuid } from './uuid-v5.js';

export interface MappingCollectionExportOptions {
  title: string;
  version: string;
  /** When the data last changed (the caller's data date, never the clock): OSCAL date-time or YYYY-MM-DD. */
  lastModified: string;
  /** Default "not-complete": no crosswalk of ours claims to map every requirement. */
  status?: OscalMappingStatus;
  description?: string;
}

const DEFAULT_DESCRIPTION =
  'Crosswalk exported by iotspp. Relationships follow NIST IR 8477; each map keeps its strength (1-10), ' +
  'provenance and origin in props of namespace https://iotspp.org/ns/oscal and its rationale in remarks.';

/** Throws RangeError for an empty list (OSCAL needs at least one mapping) or a repeated mapping id. */
export function mappingsToOscalMappingCollection(
  mappings: readonly Mapping[],
  options: MappingCollectionExportOptions,
): OscalMappingCollectionDocument {
  if (mappings.length === 0) throw new RangeError('an OSCAL mapping collection needs at least one mapping');
  const ids = new Set<string>();
  for (const m of mappings) {
    if (ids.has(m.id)) throw new RangeError(`mapping ${m.id} appears twice`);
    ids.add(m.id);
  }
  const lastModified = oscalDateTime(options.lastModified);
  return {
    'mapping-collection': {
      // Sorted, like the mappings below, so the uuid does not depend on the order rows came out of storage.
      uuid: iotsppUuid(`mapping-collection:${options.version}:${lastModified}:${[...ids].sort().join('\n')}`),
      metadata: {
        title: options.title,
        'last-modified': lastModified,
        version: options.version,
        'oscal-version': OSCAL_VERSION,
      },
      provenance: {
        method: 'human',
        'matching-rationale': 'semantic',
        status: options.status ?? 'not-complete',
        'mapping-description': options.description ?? DEFAULT_DESCRIPTION,
      },
      mappings: byFrameworkPair(mappings).map(toOscalMapping),
    },
  };
}

/** Sorted by pair so the file does not depend on the order rows came out of storage; stable within a pair. */
function byFrameworkPair(mappings: readonly Mapping[]): Mapping[][] {
  const pairs = new Map<string, Mapping[]>();
  for (const m of mappings) {
    const key = `${m.sourceFrameworkId}\u0000${m.targetFrameworkId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), m]);
  }
  return [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, list]) => list);
}

function toOscalMapping(pair: Mapping[]): OscalMapping {
  const { sourceFrameworkId, targetFrameworkId } = pair[0]!;
  return {
    uuid: iotsppUuid(`mapping:${sourceFrameworkId}->${targetFrameworkId}`),
    'source-resource': { type: 'catalog', href: frameworkHref(sourceFrameworkId) },
    'target-resource': { type: 'catalog', href: frameworkHref(targetFrameworkId) },
    maps: pair.map(toMap),
  };
}

function toMap(m: Mapping): OscalMap {
  return {
    uuid: iotsppUuid(`map:${m.id}`),
    relationship: relationshipToOscal(m.relationship),
    sources: [{ type: 'control', 'id-ref': controlIdFor(m.sourceRequirementId) }],
    targets: [{ type: 'control', 'id-ref': controlIdFor(m.targetRequirementId) }],
    props: [
      iotsppProp('mapping-id', m.id),
      iotsppProp('strength', String(m.strength)),
      iotsppProp('origin', m.origin),
      iotsppProp('provenance-source', m.provenance.source),
      ...(m.provenance.url === null ? [] : [iotsppProp('provenance-url', m.provenance.url)]),
      iotsppProp('provenance-date', m.provenance.date),
    ],
    remarks: m.rationale,
  };
}
