// OSCAL mapping collection -> mappings. Our exports come back exactly; foreign collections are read with
// defaults: a map with several sources or targets becomes one mapping per pair, strength 5 (the middle of the
// scale, for a curator to adjust), rationale from the nearest remarks or description, provenance from the
// collection's title and date, origin "imported".
import { mappingId, MAPPING_ORIGINS, STRENGTH_MAX, STRENGTH_MIN, type Mapping, type MappingOrigin } from '../crosswalk/mapping.js';
import { requirementIdFromControlId } from './control-id.js';
import { frameworkFromHref, type FrameworkReference } from './framework-reference.js';
import { calendarDay } from './oscal-dates.js';
import type { OscalImport, OscalMap, OscalMapping, OscalMappingCollectionDocument, OscalProblem } from './oscal-model.js';
import { relationshipFromOscal } from './oscal-relationship.js';
import { PropReader } from './prop-reader.js';

export const IMPORTED_STRENGTH = 5;

export interface MappingCollectionImportOptions {
  /** Names the framework behind an href that is neither our URN nor "#<framework-id>"; null when unknown. */
  frameworkIdForHref?: (href: string) => string | null;
  /** Replaces the origin the document records (ours record it; others default to "imported"). */
  origin?: MappingOrigin;
}

export function oscalMappingCollectionToMappings(
  doc: OscalMappingCollectionDocument,
  options: MappingCollectionImportOptions = {},
): OscalImport<Mapping[]> {
  const problems: OscalProblem[] = [];
  const collection = doc['mapping-collection'];
  const list = Array.isArray(collection.mappings) ? collection.mappings : [collection.mappings];
  const base = Array.isArray(collection.mappings) ? '/mapping-collection/mappings' : null;
  const defaults = {
    source: collection.metadata.title,
    date: calendarDay(collection.metadata['last-modified']) ?? collection.metadata['last-modified'],
    description: collection.provenance['mapping-description'],
  };
  const mappings: Mapping[] = [];
  const seen = new Map<string, string>();
  list.forEach((mapping, index) => {
    const pointer = base === null ? '/mapping-collection/mappings' : `${base}/${index}`;
    const source = resource(mapping, 'source-resource', pointer, options, problems);
    const target = resource(mapping, 'target-resource', pointer, options, problems);
    if (!source || !target) return;
    mapping.maps.forEach((map, mapIndex) => {
      const mapPointer = `${pointer}/maps/${mapIndex}`;
      for (const m of readMap(map, mapping, mapPointer, source, target, defaults, options, problems)) {
        const earlier = seen.get(m.id);
        if (earlier !== undefined) problems.push({ pointer: mapPointer, message: `mapping ${m.id} already stated at ${earlier}` });
        seen.set(m.id, mapPointer);
        mappings.push(m);
      }
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: mappings };
}

function resource(
  mapping: OscalMapping,
  key: 'source-resource' | 'target-resource',
  pointer: string,
  options: MappingCollectionImportOptions,
  problems: OscalProblem[],
): FrameworkReference | null {
  const href = mapping[key].href;
  const reference = frameworkFromHref(href, options.frameworkIdForHref);
  if (!reference) {
    problems.push({ pointer: `${pointer}/${key}/href`, message: `cannot tell which framework "${href}" names; use urn:iotspp:framework:<id>` });
  }
  return reference;
}

function readMap(
  map: OscalMap,
  mapping: OscalMapping,
  pointer: string,
  source: FrameworkReference,
  target: FrameworkReference,
  defaults: { source: string; date: string; description: string },
  options: MappingCollectionImportOptions,
  problems: OscalProblem[],
): Mapping[] {
  const relationship = relationshipFromOscal(map.relationship, map.ns);
  if (relationship === null) {
    problems.push({ pointer: `${pointer}/relationship`, message: `relationship "${map.relationship}" is not one of OSCAL's (NIST IR 8477)` });
  }
  const props = new PropReader(map.props, pointer, problems);
  const strength = props.integer('strength', STRENGTH_MIN, STRENGTH_MAX);
  const origin = props.oneOf('origin', MAPPING_ORIGINS);
  if (relationship === null || (props.has('strength') && strength === null) || (props.has('origin') && origin === null)) return [];
  const rationale = map.remarks ?? mapping.remarks ?? mapping['mapping-description'] ?? defaults.description;
  const provenance = {
    source: props.text('provenance-source') ?? defaults.source,
    url: props.text('provenance-url'),
    date: props.text('provenance-date') ?? defaults.date,
  };
  const single = map.sources.length === 1 && map.targets.length === 1;
  return map.sources.flatMap((s) =>
    map.targets.map((t) => {
      const endpoints = {
        sourceFrameworkId: source.frameworkId,
        sourceRequirementId: requirementId(s['id-ref'], source),
        targetFrameworkId: target.frameworkId,
        targetRequirementId: requirementId(t['id-ref'], target),
      };
      return {
        // A stated id names one source-target pair; a map fanning out gets ids from its endpoints.
        id: (single ? props.text('mapping-id') : null) ?? mappingId(endpoints),
        ...endpoints,
        relationship,
        strength: strength ?? IMPORTED_STRENGTH,
        rationale,
        provenance: { ...provenance },
        origin: options.origin ?? origin ?? 'imported',
      };
    }),
  );
}

function requirementId(idRef: string, reference: FrameworkReference): string {
  return (reference.ours ? requirementIdFromControlId(idRef) : null) ?? idRef;
}
