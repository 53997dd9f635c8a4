// The OCF Security Baseline Mapping: requirements of several baselines each mapped to clauses of OCF
// specifications with a match flag. OCF clauses are the hub: two baselines' requirements mapped to the same
// clause are co-listed (`related`); the file states nothing directly between baselines.
import { relationsOf, text, type OutOfScopeRelation, type RegistryView } from '../publication.js';
import { hubPairs, type HubEntry } from '../hub-pairs.js';
import { publicationOf, resolveKey, type PublishedFormat, type Resolved } from './format.js';
import { ETSI_EN } from './etsi-ids.js';
import { UK_COP } from './dcms-uk-cop.js';

const OCF_REPO = 'openconnectivityfoundation/OCF-Security-Baseline-Mapping';

/**
 * The draft 8259A sheet numbers elements "#n" under capability names. Its numbering matches final NISTIR 8259A
 * except for Data Protection and Software Update (the file says so), whose rows resolve to the capability only.
 */
const DRAFT_8259A: Record<string, { code: string; elementsMatch: boolean }> = {
  'Device Identification': { code: 'DI', elementsMatch: true },
  'Device Configuration': { code: 'DC', elementsMatch: true },
  'Data Protection': { code: 'DP', elementsMatch: false },
  'Logical Access to Interfaces': { code: 'LA', elementsMatch: true },
  'Software and Firmware Update': { code: 'SU', elementsMatch: false },
  'Cybersecurity State Awareness': { code: 'CS', elementsMatch: true },
};

function resolveSource(registry: RegistryView, framework: string, id: string): Resolved {
  if (framework.startsWith('etsi-en-303-645')) return resolveKey(registry, ETSI_EN, id);
  if (framework.startsWith('enisa-iot-baseline-2017')) return resolveKey(registry, 'enisa-iot-baseline-2017', id);
  if (framework.startsWith('csde-c2-consensus')) return resolveKey(registry, 'csde-c2-consensus', id);
  if (framework.startsWith('UK Code of Practice')) {
    const n = /^CoP-(\d+)$/.exec(id);
    return n ? resolveKey(registry, UK_COP, `UK-CoP-${n[1]}`) : { reason: 'unresolved-reference' };
  }
  if (framework.startsWith('nistir-8259a')) {
    const m = /^(.+?) #(\d+)$/.exec(id);
    const capability = m ? DRAFT_8259A[m[1]!] : undefined;
    if (!m || !capability) return { reason: 'unresolved-reference' };
    return resolveKey(registry, 'nistir-8259a', capability.elementsMatch ? `8259A.${capability.code}.${m[2]}` : `8259A.${capability.code}`);
  }
  return { reason: 'framework-not-in-registry' };
}

/**
 * The same OCF document appears under several labels ("OCF Security Specification", "... 2.1.2", "... ISO/IEC
 * 30118-2:2018]"): the clause, not the edition label, is the hub. An unnamed specification cannot be a hub.
 */
export function ocfDocument(targetFramework: string): string | null {
  const inner = targetFramework.replace(/^OCF specifications \(/, '').replace(/\)$/, '');
  if (inner === 'unspecified') return null;
  if (inner.startsWith('OCF Security Specification')) return 'OCF Security Specification';
  if (inner.startsWith('OCF Core Specification')) return 'OCF Core Specification';
  if (/Incident Response Plan$/.test(inner)) return 'OCF Security Incident Response Plan';
  return inner;
}

export const ocfSecurityBaselines: PublishedFormat = {
  id: 'ocf-security-baselines',
  title: 'OCF Security Baseline Mapping (baselines to OCF specification clauses)',
  detect: (file) => (file.provenance as { repo?: unknown } | undefined)?.repo === OCF_REPO,
  adapt: (file, registry) => {
    const relations = relationsOf(file);
    const outOfScope: OutOfScopeRelation[] = [];
    const entries: HubEntry[] = [];
    relations.forEach((r, at) => {
      const framework = text(r, 'source_framework', at);
      const id = text(r, 'source_id', at);
      const target = text(r, 'target_framework', at);
      const clause = text(r, 'target_id', at);
      const flag = text(r, 'relationship', at);
      const line = `${framework} ${id} -> ${target} ${clause} (${flag})`;
      const source = resolveSource(registry, framework, id);
      if ('reason' in source) return void outOfScope.push({ relation: line, reason: source.reason });
      if (!/=yes$/i.test(flag) || clause === 'None') return void outOfScope.push({ relation: line, reason: 'no-counterpart' });
      const document = ocfDocument(target);
      if (document === null) return void outOfScope.push({ relation: line, reason: 'unresolved-reference' });
      entries.push({ member: source.key, hub: `${document} ${clause}`, relation: line, at });
    });
    const hub = hubPairs(entries, (clause) => `both mapped to ${clause} (ocf_match_flag=Yes)`);
    return publicationOf(ocfSecurityBaselines, file, {
      hubBased: true,
      relations: relations.length,
      pairs: hub.pairs,
      outOfScope: [...outOfScope, ...hub.alone],
      extraScope: hub.extraScope,
      notes: [
        'Hub = OCF specification clause; only "Yes" flags place a requirement on a clause. Edition labels of the same OCF specification are merged (the clause is the hub).',
        'Draft NISTIR 8259A rows resolve to final element numbers, except Data Protection and Software Update (renumbered in the final text), which resolve to the capability.',
        'IASME and draft NISTIR 8259D rows are out of scope (not in the registry).',
      ],
    });
  },
};
