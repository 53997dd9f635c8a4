// OSCAL catalog -> framework and requirements. One path reads both kinds of catalog: each field comes from our
// namespaced prop when there is one, and otherwise from OSCAL's own slots with a default that a curator must
// review. Our exports are recognised by the framework-id prop in their metadata.
//
// Rules for catalogs we did not write (NIST's and others):
// - requirement id = the control id, untouched, so ids stay intact and mappings written against the catalog
//   still resolve; the "label" prop, when it differs, becomes the officialRef;
// - controls nested in controls become requirements with parentId; group = the nearest enclosing group's
//   title (the catalog's title for controls outside every group); position = document order;
// - summary = the statement part's text (NIST text is public domain), else the overview, else the title;
// - level "informative", verification "unverified"; framework facts get defaults and a note saying so, and
//   the catalog's remarks become a note, since a reader must see caveats such as copyright statements.
import {
  DEVELOPMENT_STAGES,
  FRAMEWORK_KINDS,
  FRAMEWORK_LAYERS,
  FRAMEWORK_SCOPES,
  FRAMEWORK_STATUSES,
  type Framework,
} from '../frameworks/framework.js';
import { LEVELS, VERIFICATIONS, type Requirement } from '../frameworks/requirement.js';
import { ISSUER_ROLE_ID, SUMMARY_PART_NAME } from './catalog-export.js';
import { requirementIdFromControlId } from './control-id.js';
import { calendarDay } from './oscal-dates.js';
import type { OscalCatalog, OscalCatalogDocument, OscalControl, OscalGroup, OscalImport, OscalProblem } from './oscal-model.js';
import { oscalPropValue, PropReader } from './prop-reader.js';
import { statementText } from './statement-text.js';

export interface CatalogImportOptions {
  /** The framework id for a catalog we did not write; by default a slug of its title. Ours carry their own. */
  frameworkId?: string;
}

export interface ImportedCatalog {
  framework: Framework;
  requirements: Requirement[];
}

interface Visit {
  control: OscalControl;
  pointer: string;
  group: string;
  parentId: string | null;
}

export function oscalCatalogToFramework(doc: OscalCatalogDocument, options: CatalogImportOptions = {}): OscalImport<ImportedCatalog> {
  const problems: OscalProblem[] = [];
  const catalog = doc.catalog;
  const meta = new PropReader(catalog.metadata.props, '/catalog/metadata', problems);
  const ours = meta.has('framework-id');
  const framework = readFramework(catalog, meta, ours, options);

  const requirements: Requirement[] = [];
  const seen = new Map<string, string>();
  for (const [order, visit] of visits(catalog, ours).entries()) {
    const requirement = readRequirement(visit, order, framework.id, ours, problems);
    const earlier = seen.get(requirement.id);
    if (earlier !== undefined) {
      problems.push({ pointer: `${visit.pointer}/id`, message: `requirement id "${requirement.id}" already used at ${earlier}` });
    }
    seen.set(requirement.id, `${visit.pointer}/id`);
    requirements.push(requirement);
  }
  if (problems.length > 0) return { ok: false, problems };
  requirements.sort((a, b) => a.position - b.position);
  return { ok: true, value: { framework, requirements } };
}

function readFramework(catalog: OscalCatalog, meta: PropReader, ours: boolean, options: CatalogImportOptions): Framework {
  const m = catalog.metadata;
  const title = meta.text('title') ?? m.title;
  const links = m.links ?? [];
  const issuer = meta.text('issuer') ?? issuerParty(catalog) ?? 'Unknown issuer';
  const sourceLink = ours
    ? links.find((l) => l.rel === 'reference')
    : links.find((l) => /^https?:\/\//.test(l.href) && ['reference', 'canonical', 'alternate'].includes(l.rel ?? ''));
  return {
    id: meta.text('framework-id') ?? options.frameworkId ?? slug(title, catalog.uuid),
    title,
    shortName: meta.text('short-name') ?? title,
    version: meta.text('version') ?? m.version,
    kind: meta.oneOf('kind', FRAMEWORK_KINDS) ?? 'guidance',
    issuer,
    organisation: meta.text('organisation') ?? issuer,
    jurisdictions: ours ? meta.texts('jurisdiction') : ['INT'],
    publicationDate: meta.text('publication-date') ?? (ours || !m.published ? null : calendarDay(m.published)),
    status: meta.oneOf('status', FRAMEWORK_STATUSES) ?? 'in-force',
    scope: meta.oneOf('scope', FRAMEWORK_SCOPES) ?? 'general',
    layers: ours ? meta.allOf('layer', FRAMEWORK_LAYERS) : [...FRAMEWORK_LAYERS],
    sourceUrl: sourceLink?.href ?? '',
    // A foreign catalog's remarks are commentary of any kind (NIST's is a copyright notice), not a summary.
    summary: ours ? (m.remarks ?? '') : `Imported from the OSCAL catalog "${title}"; no summary written yet.`,
    development: {
      stage: meta.oneOf('development-stage', DEVELOPMENT_STAGES) ?? 'developed',
      multistakeholder: meta.boolean('multistakeholder'),
      note: meta.text('development-note'),
    },
    licence: {
      name: meta.text('licence-name') ?? 'Not stated in the OSCAL catalog',
      url: links.find((l) => l.rel === 'license')?.href ?? null,
      note: meta.text('licence-note'),
    },
    conditions: meta.grouped('condition-').map((c) => ({
      id: c.text('condition-id') ?? '',
      text: c.text('condition-text') ?? '',
      fact: c.text('condition-fact'),
      negated: c.boolean('condition-negated') ?? false,
    })),
    notes: ours
      ? meta.texts('note')
      : [
          `Imported from OSCAL catalog ${catalog.uuid}: kind, jurisdictions, status, scope, layers, licence and every ` +
            'requirement level are defaults that need curation, and summaries are the catalog\'s own statement text.',
          ...(m.remarks === undefined ? [] : [m.remarks]),
        ],
  };
}

function issuerParty(catalog: OscalCatalog): string | null {
  const m = catalog.metadata;
  const parties = m.parties ?? [];
  for (const role of [ISSUER_ROLE_ID, 'creator']) {
    const uuids = (m['responsible-parties'] ?? []).find((rp) => rp['role-id'] === role)?.['party-uuids'] ?? [];
    const party = parties.find((p) => p.uuid !== undefined && uuids.includes(p.uuid) && p.name !== undefined);
    if (party?.name) return party.name;
  }
  return parties.find((p) => p.type === 'organization' && p.name !== undefined)?.name ?? null;
}

function visits(catalog: OscalCatalog, ours: boolean): Visit[] {
  const out: Visit[] = [];
  const catalogGroup = catalog.metadata.title;
  const controls = (list: OscalControl[] | undefined, base: string, group: string, parentId: string | null) => {
    (list ?? []).forEach((control, index) => {
      const pointer = `${base}/controls/${index}`;
      out.push({ control, pointer, group, parentId });
      controls(control.controls, pointer, group, requirementId(control, ours));
    });
  };
  const groups = (list: OscalGroup[] | undefined, base: string) => {
    (list ?? []).forEach((group, index) => {
      const pointer = `${base}/groups/${index}`;
      // Reading text never reports a problem, so a throwaway list is enough here.
      const title = new PropReader(group.props, pointer, []).text('group') ?? group.title;
      controls(group.controls, pointer, title, null);
      groups(group.groups, pointer);
    });
  };
  controls(catalog.controls, '/catalog', catalogGroup, null);
  groups(catalog.groups, '/catalog');
  return out;
}

function requirementId(control: OscalControl, ours: boolean): string {
  return (ours ? requirementIdFromControlId(control.id) : null) ?? control.id;
}

function readRequirement(visit: Visit, order: number, frameworkId: string, ours: boolean, problems: OscalProblem[]): Requirement {
  const { control, pointer } = visit;
  const props = new PropReader(control.props, pointer, problems);
  const id = requirementId(control, ours);
  const label = oscalPropValue(control.props, 'label');
  const overview = (control.parts ?? []).find((part) => part.name === SUMMARY_PART_NAME)?.prose;
  const summary = ours ? (overview ?? '') : (statementText(control) ?? overview ?? control.title);
  const sourceLink = (control.links ?? []).find((l) => l.rel === 'reference' && (ours || /^https?:\/\//.test(l.href)));
  return {
    frameworkId,
    id,
    title: props.text('title') ?? control.title,
    summary,
    level: props.oneOf('level', LEVELS) ?? 'informative',
    group: visit.group,
    tags: props.texts('tag'),
    conditions: props.texts('condition'),
    sourceUrl: sourceLink?.href ?? null,
    officialRef: props.text('official-ref') ?? (!ours && label !== null && label !== id ? label : null),
    verification: props.oneOf('verification', VERIFICATIONS) ?? 'unverified',
    verificationNote: props.text('verification-note'),
    organisations: props.texts('organisation'),
    footnotes: props.texts('footnote'),
    assuranceLevels: props.texts('assurance-level'),
    parentId: props.text('parent') ?? visit.parentId,
    position: props.integer('position', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) ?? order,
  };
}

/** "Sample Security Catalog *for Demonstration*" -> "sample-security-catalog-for-demonstration". */
function slug(title: string, uuid: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return base === '' ? `imported-${uuid.slice(0, 8).toLowerCase()}` : base;
}
