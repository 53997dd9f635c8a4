// Hand-made data for the OSCAL tests: every optional field set, and texts that do not fit OSCAL's string types.
import type { Mapping } from '../crosswalk/mapping.js';
import { RELATIONSHIPS } from '../crosswalk/relationship.js';
import type { Framework } from '../frameworks/framework.js';
import type { Requirement } from '../frameworks/requirement.js';

export const fullFramework: Framework = {
  id: 'etsi-en-303-645',
  title: 'Cyber Security for Consumer Internet of Things: Baseline Requirements',
  shortName: 'ETSI EN 303 645',
  version: 'V3.1.3',
  kind: 'standard',
  issuer: 'ETSI',
  organisation: 'European Telecommunications Standards Institute',
  jurisdictions: ['EU', 'INT'],
  publicationDate: '2024-09-16',
  status: 'in-force',
  scope: 'consumer',
  layers: ['device', 'cloud'],
  sourceUrl: 'https://www.etsi.org/deliver/etsi_en/303600_303699/303645/03.01.03_60/en_303645v030103p.pdf',
  summary: 'Our summary of the standard.\n\nIt has *two* paragraphs.',
  development: { stage: 'developed', multistakeholder: true, note: 'Drafted by ETSI TC CYBER with industry and agencies.' },
  licence: { name: 'ETSI copyright', url: 'https://www.etsi.org/intellectual-property-rights', note: 'IDs, titles and levels; summaries are ours' },
  conditions: [
    { id: '1', text: 'passwords are used', fact: 'uses-passwords', negated: false },
    { id: '2', text: 'software components are NOT updateable', fact: 'has-updatable-software', negated: true },
    { id: '3', text: '  a condition with\nodd whitespace ', fact: null, negated: false },
  ],
  notes: ['Version 3 renumbered nothing.', 'A note\nover two lines'],
};

function requirement(over: Partial<Requirement> & Pick<Requirement, 'id' | 'position'>): Requirement {
  return {
    frameworkId: fullFramework.id,
    title: `Provision ${over.id}`,
    summary: `What ${over.id} asks, in our words.`,
    level: 'mandatory',
    group: '5.1 No universal default passwords',
    tags: [],
    conditions: [],
    sourceUrl: null,
    officialRef: null,
    verification: 'verified',
    verificationNote: null,
    organisations: [],
    footnotes: [],
    assuranceLevels: [],
    parentId: null,
    ...over,
  };
}

export const fullRequirements: Requirement[] = [
  requirement({
    id: '5.1-1',
    position: 0,
    level: 'conditional-mandatory',
    tags: ['theme:authentication', 'passwords'],
    conditions: ['1'],
    sourceUrl: 'https://www.etsi.org/deliver/etsi_en/303600_303699/303645/03.01.03_60/en_303645v030103p.pdf#page=14',
    officialRef: 'Provision 5.1-1',
    verification: 'unverified',
    verificationNote: 'Checked against V2.1.1 only.',
    organisations: ['NCSC', 'Agence nationale de la sécurité des systèmes d’information'],
    footnotes: ['*', '**'],
    assuranceLevels: ['L1', 'L2'],
  }),
  requirement({ id: '5.1-2', position: 1, parentId: '5.1-1', level: 'conditional-recommended', conditions: ['1', '3'] }),
  requirement({ id: 'Annex B (1)', position: 2, group: 'Annex B: implementation conformance', level: 'informative' }),
  // Back in the first group after another one: grouping must not lose this order.
  requirement({ id: '5.1_3', position: 3, title: 'A title\nover two lines', summary: '' }),
  requirement({ id: '6-1', position: 4, group: ' 6 Keep software\nupdated ', level: 'recommended' }),
];

export const everyRelationshipMappings: Mapping[] = RELATIONSHIPS.map((relationship, i) => {
  const endpoints = {
    sourceFrameworkId: i % 2 === 0 ? 'etsi-en-303-645' : 'uk-psti',
    sourceRequirementId: i % 2 === 0 ? `5.1-${i + 1}` : `Sch1 ${i}`,
    targetFrameworkId: 'platform-baseline',
    targetRequirementId: `B-AUTH-${i + 1}`,
  };
  return {
    id: `${endpoints.sourceFrameworkId}:${endpoints.sourceRequirementId}->${endpoints.targetFrameworkId}:${endpoints.targetRequirementId}`,
    ...endpoints,
    relationship,
    strength: i + 3,
    rationale: i === 4 ? 'Rationale with\na line break' : `Because ${relationship}.`,
    provenance: {
      source: i === 0 ? 'SI 2023/1007 Schedule 2' : 'iotspp curators',
      url: i === 0 ? 'https://www.legislation.gov.uk/uksi/2023/1007/schedule/2' : null,
      date: '2026-11-23',
    },
    origin: (['bundled', 'curated', 'imported'] as const)[i % 3]!,
  };
});
