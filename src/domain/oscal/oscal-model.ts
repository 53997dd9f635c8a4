// The slice of the OSCAL 1.2 catalog and mapping-collection models that we write and read. Documents reach
// the importers only after the official JSON schema accepted them, so these types may trust that shape.

export const OSCAL_VERSION = '1.2.1';

/** OSCAL's own namespace: what a missing ns means. */
export const OSCAL_NS = 'http://csrc.nist.gov/ns/oscal';

/** Namespace of our own props: OSCAL reserves props without ns for names it defines. */
export const IOTSPP_OSCAL_NS = 'https://iotspp.org/ns/oscal';

export interface OscalProperty {
  name: string;
  value: string;
  ns?: string;
  uuid?: string;
  class?: string;
  group?: string;
  remarks?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  'media-type'?: string;
  'resource-fragment'?: string;
  text?: string;
}

export interface OscalPart {
  name: string;
  id?: string;
  ns?: string;
  class?: string;
  title?: string;
  props?: OscalProperty[];
  prose?: string;
  parts?: OscalPart[];
  links?: OscalLink[];
}

export interface OscalParameter {
  id?: string;
  label?: string;
  [other: string]: unknown;
}

export interface OscalControl {
  id: string;
  title: string;
  class?: string;
  params?: OscalParameter[];
  props?: OscalProperty[];
  links?: OscalLink[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

export interface OscalGroup {
  title: string;
  id?: string;
  class?: string;
  params?: OscalParameter[];
  props?: OscalProperty[];
  links?: OscalLink[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

export interface OscalParty {
  uuid?: string;
  type?: 'person' | 'organization';
  name?: string;
  'short-name'?: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  remarks?: string;
  [other: string]: unknown;
}

export interface OscalRole {
  id: string;
  title: string;
  [other: string]: unknown;
}

export interface OscalResponsibleParty {
  'role-id': string;
  'party-uuids': string[];
  [other: string]: unknown;
}

export interface OscalMetadata {
  title: string;
  published?: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProperty[];
  links?: OscalLink[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  'responsible-parties'?: OscalResponsibleParty[];
  remarks?: string;
  [other: string]: unknown;
}

export interface OscalCatalog {
  uuid: string;
  metadata: OscalMetadata;
  params?: OscalParameter[];
  controls?: OscalControl[];
  groups?: OscalGroup[];
  'back-matter'?: unknown;
}

export interface OscalCatalogDocument {
  catalog: OscalCatalog;
}

export const OSCAL_MAPPING_METHODS = ['human', 'automation', 'hybrid'] as const;
export const OSCAL_MATCHING_RATIONALES = ['syntactic', 'semantic', 'functional'] as const;
export const OSCAL_MAPPING_STATUSES = ['complete', 'not-complete', 'draft', 'deprecated', 'superseded'] as const;
export type OscalMappingStatus = (typeof OSCAL_MAPPING_STATUSES)[number];

export interface OscalMappingProvenance {
  method: (typeof OSCAL_MAPPING_METHODS)[number];
  'matching-rationale': (typeof OSCAL_MATCHING_RATIONALES)[number];
  status: OscalMappingStatus;
  'mapping-description': string;
  props?: OscalProperty[];
  links?: OscalLink[];
  remarks?: string;
  [other: string]: unknown;
}

export interface OscalResourceReference {
  type: string;
  href: string;
  ns?: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  remarks?: string;
}

export interface OscalMappingItem {
  type: 'control' | 'statement';
  'id-ref': string;
  props?: OscalProperty[];
  links?: OscalLink[];
  remarks?: string;
}

export interface OscalMap {
  uuid: string;
  relationship: string;
  sources: OscalMappingItem[];
  targets: OscalMappingItem[];
  ns?: string;
  'matching-rationale'?: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  remarks?: string;
  [other: string]: unknown;
}

export interface OscalMapping {
  uuid: string;
  'source-resource': OscalResourceReference;
  'target-resource': OscalResourceReference;
  maps: OscalMap[];
  props?: OscalProperty[];
  links?: OscalLink[];
  remarks?: string;
  'mapping-description'?: string;
  [other: string]: unknown;
}

export interface OscalMappingCollection {
  uuid: string;
  metadata: OscalMetadata;
  provenance: OscalMappingProvenance;
  /** The JSON schema also allows a single object here; the importer accepts both. */
  mappings: OscalMapping[] | OscalMapping;
  'back-matter'?: unknown;
}

export interface OscalMappingCollectionDocument {
  'mapping-collection': OscalMappingCollection;
}

/** Something an importer could not accept, located by a JSON pointer into the document. */
export interface OscalProblem {
  pointer: string;
  message: string;
}

export type OscalImport<T> = { ok: true; value: T } | { ok: false; problems: OscalProblem[] };
