// An assessment -> OSCAL 1.2 assessment-results. One result per framework (its verdict in our props); every
// requirement is a finding targeting the control our catalog export gives it (controlIdFor), with an objective
// status and an implementation status, and an observation carrying the reasons and the evidence cited.
// Self-declared: there is no assessment plan, so import-ap names the declaration it was derived from.
import type { AssessmentReport } from '../assessments/report.js';
import type { RequirementResult } from '../assessments/assess.js';
import type { Status } from '../assessments/status.js';
import { controlIdFor } from './control-id.js';
import { frameworkHref } from './framework-reference.js';
import { OSCAL_VERSION, type OscalLink, type OscalMetadata, type OscalProperty } from './oscal-model.js';
import { iotsppProp, lineSlot, readableOscalString, stringSlot } from './oscal-text.js';
import { iotsppUuid } from './uuid-v5.js';

export interface AssessmentResultsOptions {
  /** A stable name for this assessment (release id, declaration revision, data version): UUIDs derive from it. */
  name: string;
  /** When it was assessed (OSCAL date-time with a time zone). */
  assessedAt: string;
  /** Where the declaration lives, as a URI reference (import-ap href). */
  declarationHref: string;
}

/** OSCAL's objective status and implementation status for each of our statuses. */
const OSCAL_STATUS: Record<Status, { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other'; implementation: string | null }> = {
  met: { state: 'satisfied', reason: 'pass', implementation: 'implemented' },
  'partly-met': { state: 'not-satisfied', reason: 'fail', implementation: 'partial' },
  'not-met': { state: 'not-satisfied', reason: 'fail', implementation: null },
  'not-applicable': { state: 'satisfied', reason: 'other', implementation: 'not-applicable' },
  unknown: { state: 'not-satisfied', reason: 'other', implementation: null },
};

export interface OscalAssessmentResultsDocument {
  'assessment-results': {
    uuid: string;
    metadata: OscalMetadata;
    'import-ap': { href: string; remarks?: string };
    results: unknown[];
  };
}

export function assessmentToOscalResults(report: AssessmentReport, options: AssessmentResultsOptions): OscalAssessmentResultsDocument {
  const uuid = (suffix: string) => iotsppUuid(`assessment-results:${options.name}${suffix}`);
  const manufacturerUuid = uuid(':party:manufacturer');
  const title = lineSlot('title', `Assessment of ${report.product.name}${report.product.model ? ` ${report.product.model}` : ''}${report.release.version ? `, release ${report.release.version}` : ''}`);
  const metadata: OscalMetadata = {
    title: title.line,
    'last-modified': options.assessedAt,
    version: stringSlot('version', `${report.baseline.version}/${report.dataVersion ?? 'bundle'}`).value,
    'oscal-version': OSCAL_VERSION,
    props: [
      iotsppProp('assessment-format', report.format),
      iotsppProp('assessment-type', 'self-declared'),
      iotsppProp('baseline-version', report.baseline.version),
      ...(report.bundleVersion ? [iotsppProp('bundle-version', report.bundleVersion)] : []),
      ...(report.dataVersion !== null ? [iotsppProp('data-version', String(report.dataVersion))] : []),
      ...title.exact,
    ],
    ...(report.product.manufacturer
      ? {
          roles: [{ id: 'manufacturer', title: 'Manufacturer' }],
          parties: [{ uuid: manufacturerUuid, type: 'organization' as const, name: stringSlot('manufacturer', report.product.manufacturer).value }],
          'responsible-parties': [{ 'role-id': 'manufacturer', 'party-uuids': [manufacturerUuid] }],
        }
      : {}),
  };
  return {
    'assessment-results': {
      uuid: uuid(''),
      metadata,
      'import-ap': {
        href: options.declarationHref,
        remarks: 'Self-declared assessment: derived by the iotspp derivation rules from the manufacturer\'s declaration of the Platform baseline; there is no assessment plan.',
      },
      results: report.frameworks.map((fw) => {
        const requirements = fw.requirements ?? [];
        const link: OscalLink = { href: frameworkHref(fw.framework), rel: 'reference', text: `${fw.shortName} ${fw.version}` };
        return {
          uuid: uuid(`:${fw.framework}`),
          title: lineSlot('title', `${fw.shortName} ${fw.version}: ${fw.verdict}`).line,
          description: `Verdict **${fw.verdict}**, decided by the ${fw.decidingLevels.join(' and ')} requirements: ${fw.deciding.met} of ${fw.deciding.applicable} met, ${fw.deciding.failing} failing, ${fw.deciding.open} open.`,
          start: options.assessedAt,
          props: [iotsppProp('framework', fw.framework), iotsppProp('framework-version', fw.version), iotsppProp('verdict', fw.verdict)],
          'reviewed-controls': { 'control-selections': [{ description: `Every requirement of ${readableOscalString(fw.title)}.`, links: [link], 'include-all': {} }] },
          ...(requirements.length > 0
            ? {
                observations: requirements.map((r) => observation(uuid(`:${fw.framework}:${r.id}:observation`), r, options.assessedAt)),
                findings: requirements.map((r) => finding(uuid(`:${fw.framework}:${r.id}`), uuid(`:${fw.framework}:${r.id}:observation`), r)),
              }
            : {}),
        };
      }),
    },
  };
}

function observation(uuid: string, r: RequirementResult, collected: string) {
  const evidence = r.reasons.flatMap((reason) => ('evidence' in reason ? reason.evidence : []));
  const links = evidence.filter((e) => e.type === 'url' && e.url).map((e) => ({ href: e.url!, description: 'evidence cited in the declaration' }));
  return {
    uuid,
    title: lineSlot('title', `Why ${r.id} is ${r.status}`).line,
    description: r.reasons.map((reason) => `- ${reason.text}`).join('\n') || '- No reason recorded.',
    methods: ['EXAMINE'],
    types: ['finding'],
    ...(links.length > 0 ? { 'relevant-evidence': links } : {}),
    collected,
  };
}

function finding(uuid: string, observationUuid: string, r: RequirementResult) {
  const status = OSCAL_STATUS[r.status];
  const props: OscalProperty[] = [iotsppProp('status', r.status), iotsppProp('level', r.level), iotsppProp('applies', r.applies), iotsppProp('deciding', String(r.deciding))];
  if (r.followUp) props.push(iotsppProp('follow-up', 'true'));
  return {
    uuid,
    title: lineSlot('title', `${r.id} ${r.title}`).line,
    description: r.action ? `${r.status}. ${r.action}` : `${r.status}.`,
    props,
    target: {
      type: 'objective-id',
      'target-id': controlIdFor(r.id),
      status: { state: status.state, reason: status.reason },
      ...(status.implementation ? { 'implementation-status': { state: status.implementation } } : {}),
    },
    'related-observations': [{ 'observation-uuid': observationUuid }],
  };
}
