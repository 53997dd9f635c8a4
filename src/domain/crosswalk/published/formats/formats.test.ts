import { describe, expect, it } from 'vitest';
import { indexOf } from '../../catalog-fixture.test-support.js';
import { DomainError } from '../../../errors.js';
import { registryViewOf, type Publication } from '../publication.js';
import { adaptPublishedMapping, detectFormat, PUBLISHED_FORMATS } from './index.js';

// A registry with just the requirements these files name; levels and titles where an adapter reads them.
const registry = registryViewOf(
  indexOf([], {
    requirements: [
      'uk-psti:Sch1-1',
      'uk-psti:Sch1-2',
      { key: 'etsi-en-303-645:4-1', level: 'mandatory' },
      { key: 'etsi-en-303-645:5.1-1', level: 'conditional-mandatory' },
      { key: 'etsi-en-303-645:5.1-2', level: 'conditional-mandatory' },
      { key: 'etsi-en-303-645:5.2-1', level: 'mandatory' },
      { key: 'etsi-en-303-645:5.2-2', level: 'recommended' },
      { key: 'etsi-en-303-645:5.3-3', level: 'recommended' },
      { key: 'etsi-en-303-645:5.3-4', level: 'recommended' },
      { key: 'etsi-en-303-645:5.3-5', level: 'recommended' },
      'uk-cop-2018:UK-CoP-1',
      'uk-cop-2018:UK-CoP-3',
      'enisa-iot-baseline-2017:GP-TM-09',
      'enisa-iot-baseline-2017:GP-TM-10',
      'iotsf-assurance-framework:2.4.7.7',
      { key: 'nistir-8259a:8259A.SU', title: 'Software Update' },
      { key: 'nistir-8259a:8259A.SU.1', title: 'Remote or local update', parentId: '8259A.SU' },
      { key: 'nistir-8259a:8259A.DI', title: 'Device Identification' },
      { key: 'nistir-8259a:8259A.DI.1', title: 'Unique logical identifier', parentId: '8259A.DI' },
      'csde-c2-consensus:5.1.1',
      'owasp-isvs:ISVS-1.1.1',
      'eu-cra:AI.P1.2.d',
      'fi-traficom-cybersecurity-label:FI-LABEL',
      'sg-cls-iot:CLS-L2',
      'sg-cls-iot:CLS-L3',
    ],
  }),
);

const pairsOf = (p: Publication) => p.pairs.map((x) => `${x.source} ${x.kind} ${x.target}`);
const reasons = (p: Publication) => p.outOfScope.map((o) => o.reason);

describe('published mapping formats', () => {
  it('UK PSTI: "together with" routes are jointly-satisfied-by, a single route satisfied-by, the non-statutory entry related', () => {
    const p = adaptPublishedMapping(
      {
        source_framework: 'uk-psti',
        relations: [
          { source_id: 'Sch1-1', target_framework: 'etsi-en-303-645', target_id: '5.1-1', relationship: 'deemed_compliance_if_met (together with 5.1-2 where relevant)' },
          { source_id: 'Sch1-2', target_framework: 'etsi-en-303-645', target_id: '5.2-1', relationship: 'deemed_compliance_if_met (alternative route A)' },
          { source_id: 'Sch1-2', target_framework: 'ISO/IEC 29147:2018', target_id: '6.2.2', relationship: 'deemed_compliance_if_met (route B)' },
          { source_id: 'Sch1-2', target_framework: 'etsi-en-303-645', target_id: '5.2-2', relationship: 'related (topic) - NOT a statutory route' },
        ],
      },
      registry,
    );
    expect(p.format).toBe('uk-psti-deemed-compliance');
    expect(pairsOf(p)).toEqual([
      'uk-psti:Sch1-1 jointly-satisfied-by etsi-en-303-645:5.1-1',
      'uk-psti:Sch1-2 satisfied-by etsi-en-303-645:5.2-1',
      'uk-psti:Sch1-2 related etsi-en-303-645:5.2-2',
    ]);
    expect(reasons(p)).toEqual(['framework-not-in-registry']);
    expect(p.extraScope.sources).toEqual([
      { key: 'uk-psti:Sch1-1', targetFrameworks: ['etsi-en-303-645'] },
      { key: 'uk-psti:Sch1-2', targetFrameworks: ['etsi-en-303-645'] },
    ]);
  });

  it('UK PSTI: a relationship it cannot classify makes the file invalid rather than guessed', () => {
    const file = { source_framework: 'uk-psti', relations: [{ source_id: 'Sch1-1', target_framework: 'etsi-en-303-645', target_id: '5.1-1', relationship: 'maybe' }] };
    expect(() => adaptPublishedMapping(file, registry)).toThrow(/not a deemed-compliance or related entry/);
  });

  it('DCMS: resolves provisions, sub-clauses, ranges, ENISA and IoTSF ids and 8259A capability names', () => {
    const rel = (source_id: string, target_framework: string, target_id: string) => ({ source_id, target_framework, target_id, relationship: 'maps_to' });
    const etsi = 'ETSI EN 303.645 Cyber Security for Consumer Internet of Things: Baseline Requirements';
    const p = adaptPublishedMapping(
      {
        source_framework: 'UK Code of Practice for Consumer IoT Security (DCMS, Oct 2018) - 13 guidelines',
        relations: [
          rel('UK-CoP-1', etsi, 'Provision 5'),
          rel('UK-CoP-1', etsi, 'Provision 5.1'),
          rel('UK-CoP-1', etsi, 'Provision 5.1-1'),
          rel('UK-CoP-3', etsi, 'Provisions 5.3-3 to 5.3-5'),
          rel('UK-CoP-1', 'Baseline Security Recommendations for IoT', 'GP-TM-09'),
          rel('UK-CoP-1', 'IoT Security Compliance Framework 2.1', '2.4.7.7'),
          rel('UK-CoP-1', 'IoT Security Compliance Framework 2.1', '2.4.8.12'),
          rel('UK-CoP-3', 'NISTIR 8259A IoT Device Cybersecurity Capability Core Baseline', 'Software Update'),
          rel('UK-CoP-1', 'Cyber Security for Consumer Internet of Things', 'Provision 4.1-1'),
          rel('UK-CoP-99', etsi, 'Provision 5.1-1'),
        ],
      },
      registry,
    );
    expect(p.format).toBe('dcms-uk-cop-v4');
    expect(pairsOf(p)).toEqual([
      'uk-cop-2018:UK-CoP-1 related etsi-en-303-645:5.1-1',
      'uk-cop-2018:UK-CoP-1 related etsi-en-303-645:5.1-2',
      'uk-cop-2018:UK-CoP-3 related etsi-en-303-645:5.3-3',
      'uk-cop-2018:UK-CoP-3 related etsi-en-303-645:5.3-4',
      'uk-cop-2018:UK-CoP-3 related etsi-en-303-645:5.3-5',
      'uk-cop-2018:UK-CoP-1 related enisa-iot-baseline-2017:GP-TM-09',
      'uk-cop-2018:UK-CoP-1 related iotsf-assurance-framework:2.4.7.7',
      'uk-cop-2018:UK-CoP-3 related nistir-8259a:8259A.SU',
    ]);
    expect(reasons(p)).toEqual(['unresolved-reference', 'requirement-not-in-registry', 'framework-not-in-registry', 'requirement-not-in-registry']);
    // 8259A is cited by capability, so its elements are not candidates for "extra".
    expect(p.extraScope.targetKeys).toContain('nistir-8259a:8259A.SU');
    expect(p.extraScope.targetKeys).not.toContain('nistir-8259a:8259A.SU.1');
  });

  it('OCF: requirements on the same clause of the same OCF specification are related across frameworks', () => {
    const rel = (source_framework: string, source_id: string, target_framework: string, target_id: string, flag = 'Yes') => ({
      source_framework,
      source_id,
      target_framework,
      target_id,
      relationship: `ocf_match_flag=${flag}`,
    });
    const p = adaptPublishedMapping(
      {
        provenance: { repo: 'openconnectivityfoundation/OCF-Security-Baseline-Mapping' },
        relations: [
          rel('etsi-en-303-645 (V2.1.1)', '5.1-1', 'OCF specifications (OCF Security Specification ISO/IEC 30118-2:2018])', '5.3.3'),
          rel('csde-c2-consensus', '5.1.1', 'OCF specifications (OCF Security Specification 2.1.2)', '5.3.3'),
          rel('nistir-8259a (draft wording, 2019/2020)', 'Device Identification #1', 'OCF specifications (OCF Security Specification)', '5.3.3'),
          rel('nistir-8259a (draft wording, 2019/2020)', 'Software and Firmware Update #1', 'OCF specifications (OCF Core Specification)', '5.3.3'),
          rel('UK Code of Practice for Consumer IoT Security (2018)', 'CoP-3', 'OCF specifications (OCF Core Specification)', '5.3.3'),
          rel('enisa-iot-baseline-2017 (GP-TM only)', 'GP-TM-09', 'OCF specifications (unspecified)', 'None', 'Not Applicable'),
          rel('IASME IoT security assurance requirements', 'C3.1', 'OCF specifications (OCF Security Specification)', '5.3.3'),
          rel('enisa-iot-baseline-2017 (GP-TM only)', 'GP-TM-10', 'OCF specifications (OCF Cloud Specification)', '1'),
        ],
      },
      registry,
    );
    expect(p.format).toBe('ocf-security-baselines');
    expect(pairsOf(p)).toEqual([
      'etsi-en-303-645:5.1-1 related csde-c2-consensus:5.1.1',
      'etsi-en-303-645:5.1-1 related nistir-8259a:8259A.DI.1',
      'csde-c2-consensus:5.1.1 related nistir-8259a:8259A.DI.1',
      'nistir-8259a:8259A.SU related uk-cop-2018:UK-CoP-3',
    ]);
    expect(p.pairs[0]!.via).toBe('OCF Security Specification 5.3.3');
    expect(reasons(p)).toEqual(['no-counterpart', 'framework-not-in-registry', 'no-cross-framework-partner']);
    expect(p.extraScope.unordered).toBe(true);
  });

  it('OWASP IoT Top 10: a TS 103 645 clause stands for the EN clause with the same heading; a mismatched heading is not translated', () => {
    const p = adaptPublishedMapping(
      {
        provenance: { repo: 'scriptingxss/OWASP-IoT-Top-10-2018-Mapping' },
        relations: [
          { source_framework: 'etsi-ts-103-645-v1.1.1', source_id: 'clause 4.1', source_group: 'No universal default passwords', target_id: 'I1', relationship: 'clause-level mapping' },
          { source_framework: 'etsi-ts-103-645-v1.1.1', source_id: 'clause 4.2', source_group: 'Something else', target_id: 'I1', relationship: 'clause-level mapping' },
          { source_framework: 'enisa-iot-baseline-2017', source_id: 'GP-TM-09', target_id: 'I1', relationship: 'group-level mapping' },
          { source_framework: 'enisa-iot-baseline-2017', source_id: 'GP-TM-10', target_id: null, relationship: 'no_mapping (N/A in source)' },
        ],
      },
      registry,
    );
    expect(pairsOf(p)).toEqual([
      'etsi-en-303-645:5.1-1 related enisa-iot-baseline-2017:GP-TM-09',
      'etsi-en-303-645:5.1-2 related enisa-iot-baseline-2017:GP-TM-09',
    ]);
    expect(reasons(p)).toEqual(['unresolved-reference', 'no-counterpart']);
  });

  it('IETF topic clusters: explicit co-listed pairs, each counted once', () => {
    const rel = (a: string, b: string) => ({ source_framework: 'enisa-iot-baseline-2017', source_id: a, target_framework: 'etsi-en-303-645', target_id: b, relationship: "co-listed under topic 'Passwords' (informal)" });
    const p = adaptPublishedMapping(
      { clusters: [], provenance: { document: 'IETF Internet-Draft draft-ietf-iotops-security-summary' }, relations: [rel('GP-TM-09', '5.1-1'), rel('GP-TM-09', '5.1-1'), rel('GP-TM-99', '5.1-1')] },
      registry,
    );
    expect(pairsOf(p)).toEqual(['enisa-iot-baseline-2017:GP-TM-09 related etsi-en-303-645:5.1-1']);
    expect(p.pairs[0]!.via).toBe('Passwords');
    expect(reasons(p)).toEqual(['requirement-not-in-registry']);
  });

  it('ISVS Appendix B: direct and partial are related; unnamed clauses and SP 800-213A are out of scope', () => {
    const rel = (target_framework: string, target_id: string, relationship = 'direct') => ({ source_id: 'ISVS-1.1.1', target_framework, target_id, relationship });
    const p = adaptPublishedMapping(
      {
        source_framework: 'owasp-isvs',
        relations: [
          rel('eu-cra', 'AI.P1.2.d'),
          rel('etsi-en-303-645', '5.2-1', 'partial'),
          rel('eu-cra', 'AI.P2 (unspecified point)'),
          rel('en-18031', 'EN 18031-1 (no clause given)', 'partial'),
          rel('nist-sp-800-213a', 'DI (IMS)'),
        ],
      },
      registry,
    );
    expect(pairsOf(p)).toEqual(['owasp-isvs:ISVS-1.1.1 related eu-cra:AI.P1.2.d', 'owasp-isvs:ISVS-1.1.1 related etsi-en-303-645:5.2-1']);
    expect(reasons(p)).toEqual(['unresolved-reference', 'unresolved-reference', 'framework-not-in-registry']);
  });

  it('labels: mutual recognition is equivalent; "all M / M C provisions" expands to the mandatory levels; silence counts per label', () => {
    const p = adaptPublishedMapping(
      {
        source_framework: 'labels',
        relations: [
          { source_framework: 'fi-traficom-cybersecurity-label', source_id: 'FI-LABEL', target_framework: 'sg-cls-iot', target_id: 'CLS-L3', relationship: 'mutually_recognised_as (=)' },
          { source_framework: 'kisa-cic', source_id: 'CIC Basic', target_framework: 'sg-cls-iot', target_id: 'CLS-L3', relationship: 'mutually_recognised_as (=)' },
          { source_framework: 'sg-cls-iot', source_id: 'CLS-L2', target_framework: 'etsi-en-303-645', target_id: 'all M / M C provisions', relationship: 'level_requires (L2)' },
        ],
      },
      registry,
    );
    expect(pairsOf(p)).toEqual([
      'fi-traficom-cybersecurity-label:FI-LABEL equivalent sg-cls-iot:CLS-L3',
      'sg-cls-iot:CLS-L2 requires etsi-en-303-645:4-1',
      'sg-cls-iot:CLS-L2 requires etsi-en-303-645:5.1-1',
      'sg-cls-iot:CLS-L2 requires etsi-en-303-645:5.1-2',
      'sg-cls-iot:CLS-L2 requires etsi-en-303-645:5.2-1',
    ]);
    expect(p.extraScope.sources).toEqual([
      { key: 'fi-traficom-cybersecurity-label:FI-LABEL', targetFrameworks: ['sg-cls-iot'] },
      { key: 'sg-cls-iot:CLS-L2', targetFrameworks: ['etsi-en-303-645'] },
    ]);
  });

  it('the unofficial Finnish subset: each provision is required by FI-LABEL', () => {
    const p = adaptPublishedMapping(
      { source_framework: 'fi-traficom-cybersecurity-label', relations: [{ source_id: 'FI-LABEL', target_id: '5.1-1', relationship: 'label_requires (unofficial annotation)' }] },
      registry,
    );
    expect(p.format).toBe('fi-label-etsi-subset-unofficial');
    expect(pairsOf(p)).toEqual(['fi-traficom-cybersecurity-label:FI-LABEL requires etsi-en-303-645:5.1-1']);
  });

  it('refuses an unknown format, naming every supported one', () => {
    for (const file of [{ relations: [] }, [], 'text', null]) {
      try {
        detectFormat(file);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('invalid_document');
        for (const f of PUBLISHED_FORMATS) expect((e as Error).message).toContain(f.id);
      }
    }
  });

  it('refuses a known format whose relations are not a list of objects', () => {
    expect(() => adaptPublishedMapping({ source_framework: 'owasp-isvs', relations: 'none' }, registry)).toThrow(/no "relations" array/);
    expect(() => adaptPublishedMapping({ source_framework: 'owasp-isvs', relations: [{ source_id: 1 }] }, registry)).toThrow(/relations\[0\]\.source_id/);
  });
});
