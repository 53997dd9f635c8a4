// Framework -> OSCAL catalog. Requirements become controls in groups named by their group, in position order;
// every field OSCAL has no slot for travels in our namespaced props, so importing our export loses nothing.
import type { Framework } from '../frameworks/framework.js';
import type { Requirement } from '../frameworks/requirement.js';
import { controlIdFor } from './control-id.js';
import { oscalDateTime, oscalPublished } from './oscal-dates.js';
import {
  OSCAL_VERSION,
  type OscalCatalogDocument,
  type OscalControl,
  type OscalGroup,
  type OscalLink,
  type OscalMetadata,
  type OscalProperty,
} from './oscal-model.js';
import { fitsOscalString, iotsppProp, iotsppProps, lineSlot, readableOscalString, stringSlot } from './oscal-text.js';
import { iotsppUuid } from './uuid-v5.js';

export interface CatalogExportOptions {
  /** When the data last changed (the caller's data date, never the clock): OSCAL date-time or YYYY-MM-DD. */
  lastModified: string;
}

/** The role our exports give the framework's issuer; "creator" would claim they wrote this OSCAL file. */
export const ISSUER_ROLE_ID = 'issuer';
export const SUMMARY_PART_NAME = 'overview';

/** Throws RangeError when a requirement belongs to another framework or an id repeats: the result would lie. */
export function frameworkToOscalCatalog(
  framework: Framework,
  requirements: readonly Requirement[],
  options: CatalogExportOptions,
): OscalCatalogDocument {
  const lastModified = oscalDateTime(options.lastModified);
  const ordered = checkedInPositionOrder(framework, requirements);
  const groups: OscalGroup[] = [];
  const byTitle = new Map<string, OscalGroup>();
  for (const requirement of ordered) {
    let group = byTitle.get(requirement.group);
    if (!group) {
      const title = lineSlot('group', requirement.group);
      group = { id: `group-${groups.length + 1}`, title: title.line, ...nonEmpty('props', title.exact), controls: [] };
      byTitle.set(requirement.group, group);
      groups.push(group);
    }
    group.controls!.push(toControl(requirement));
  }
  return {
    catalog: {
      uuid: iotsppUuid(`catalog:${framework.id}:${framework.version}:${lastModified}`),
      metadata: toMetadata(framework, lastModified),
      ...nonEmpty('groups', groups),
    },
  };
}

function checkedInPositionOrder(framework: Framework, requirements: readonly Requirement[]): Requirement[] {
  const seen = new Set<string>();
  for (const r of requirements) {
    if (r.frameworkId !== framework.id) throw new RangeError(`requirement ${r.frameworkId}:${r.id} is not part of ${framework.id}`);
    if (seen.has(r.id)) throw new RangeError(`requirement ${framework.id}:${r.id} appears twice`);
    seen.add(r.id);
  }
  return [...requirements].sort((a, b) => a.position - b.position);
}

function toMetadata(framework: Framework, lastModified: string): OscalMetadata {
  const title = lineSlot('title', framework.title);
  const version = stringSlot('version', framework.version);
  const issuer = stringSlot('issuer', framework.issuer);
  const partyUuid = iotsppUuid(`party:${framework.issuer}`);
  const published = oscalPublished(framework.publicationDate);
  const links: OscalLink[] = [];
  if (framework.sourceUrl !== '') links.push({ href: framework.sourceUrl, rel: 'reference' });
  if (framework.licence.url !== null) links.push({ href: framework.licence.url, rel: 'license' });
  const { development, licence } = framework;
  const props: OscalProperty[] = [
    iotsppProp('framework-id', framework.id),
    iotsppProp('short-name', framework.shortName),
    iotsppProp('kind', framework.kind),
    iotsppProp('organisation', framework.organisation),
    ...iotsppProps('jurisdiction', framework.jurisdictions),
    ...optional('publication-date', framework.publicationDate),
    iotsppProp('status', framework.status),
    iotsppProp('scope', framework.scope),
    ...iotsppProps('layer', framework.layers),
    iotsppProp('development-stage', development.stage),
    ...optional('multistakeholder', development.multistakeholder === null ? null : String(development.multistakeholder)),
    ...optional('development-note', development.note),
    iotsppProp('licence-name', licence.name),
    ...optional('licence-note', licence.note),
    ...iotsppProps('note', framework.notes),
    ...framework.conditions.flatMap((condition, index) => {
      const group = `condition-${index + 1}`;
      return [
        iotsppProp('condition-id', condition.id, group),
        iotsppProp('condition-text', condition.text, group),
        ...(condition.fact === null ? [] : [iotsppProp('condition-fact', condition.fact, group)]),
        iotsppProp('condition-negated', String(condition.negated), group),
      ];
    }),
    ...title.exact,
    ...version.exact,
    ...issuer.exact,
  ];
  return {
    title: title.line,
    ...(published === undefined ? {} : { published }),
    'last-modified': lastModified,
    version: version.value,
    'oscal-version': OSCAL_VERSION,
    props,
    ...nonEmpty('links', links),
    roles: [{ id: ISSUER_ROLE_ID, title: 'Issuer of the framework' }],
    parties: [{ uuid: partyUuid, type: 'organization', name: issuer.value }],
    'responsible-parties': [{ 'role-id': ISSUER_ROLE_ID, 'party-uuids': [partyUuid] }],
    remarks: framework.summary,
  };
}

function toControl(requirement: Requirement): OscalControl {
  const id = controlIdFor(requirement.id);
  const title = lineSlot('title', requirement.title);
  const label = fitsOscalString(requirement.id) ? requirement.id : readableOscalString(requirement.id);
  const props: OscalProperty[] = [
    { name: 'label', value: label },
    iotsppProp('position', String(requirement.position)),
    iotsppProp('level', requirement.level),
    ...iotsppProps('tag', requirement.tags),
    ...iotsppProps('condition', requirement.conditions),
    iotsppProp('verification', requirement.verification),
    ...optional('verification-note', requirement.verificationNote),
    ...optional('official-ref', requirement.officialRef),
    ...iotsppProps('organisation', requirement.organisations),
    ...iotsppProps('footnote', requirement.footnotes),
    ...iotsppProps('assurance-level', requirement.assuranceLevels),
    ...optional('parent', requirement.parentId),
    ...title.exact,
  ];
  return {
    id,
    title: title.line,
    props,
    ...(requirement.sourceUrl === null ? {} : { links: [{ href: requirement.sourceUrl, rel: 'reference' }] }),
    // Our summary is not the official statement, so it must not sit in a "statement" part.
    parts: [{ id: `${id}_ovw`, name: SUMMARY_PART_NAME, title: 'Summary in our own words, not the official text', prose: requirement.summary }],
  };
}

function optional(name: string, value: string | null): OscalProperty[] {
  return value === null ? [] : [iotsppProp(name, value)];
}

/** OSCAL arrays need at least one item, so empty ones are left out. */
function nonEmpty<K extends string, T>(key: K, items: T[]): { [P in K]?: T[] } {
  return (items.length > 0 ? { [key]: items } : {}) as { [P in K]?: T[] };
}
