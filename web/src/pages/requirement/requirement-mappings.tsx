// A requirement's relations to other frameworks: the mappings stated for it (either side), then what follows
// from chains of them, each path said in words. A framework filter narrows both lists.
import { useMemo, useState } from 'react';
import { apiUrl, getJson } from '../../api/client';
import type { CrosswalkAnswer } from '../../api/crosswalk-types';
import type { Requirement } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { DirectMappingList } from './direct-mapping-list';
import { InferredMappingList } from './inferred-mapping-list';

export function RequirementMappings({ requirement }: { requirement: Requirement }) {
  const { t } = useI18n();
  const url = apiUrl('/api/crosswalk', { from: requirement.key });
  const state = useApi(url, (signal) => getJson<CrosswalkAnswer>(url, signal));
  return (
    <section aria-labelledby="mappings-title" id="mappings-section" className="section">
      <h2 id="mappings-title">{t.requirement.mappings}</h2>
      <Async state={state}>{(answer) => <Mappings answer={answer} />}</Async>
    </section>
  );
}

function Mappings({ answer }: { answer: CrosswalkAnswer }) {
  const { t } = useI18n();
  const [framework, setFramework] = useState('');
  const frameworks = useMemo(() => {
    const names = new Map<string, string>();
    for (const m of answer.direct) names.set(m.requirement.frameworkId, m.requirement.frameworkName);
    for (const m of answer.inferred) names.set(m.requirement.frameworkId, m.requirement.frameworkName);
    return [...names].sort((a, b) => a[1].localeCompare(b[1]));
  }, [answer]);
  const direct = answer.direct.filter((m) => !framework || m.requirement.frameworkId === framework);
  const inferred = answer.inferred.filter((m) => !framework || m.requirement.frameworkId === framework);
  return (
    <>
      {frameworks.length > 1 ? (
        <div className="field field--inline">
          <label htmlFor="mapping-framework">{t.requirement.filterFramework}</label>
          <select id="mapping-framework" value={framework} onChange={(e) => setFramework(e.target.value)}>
            <option value="">{t.requirement.allFrameworks}</option>
            {frameworks.map(([id, name]) => (
              <option key={id} value={id} lang="en">
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <h3>{t.requirement.direct}</h3>
      <p className="hint">{t.requirement.directIntro}</p>
      {direct.length === 0 ? <p>{t.requirement.noDirect}</p> : <DirectMappingList mappings={direct} />}
      <h3>{t.requirement.inferred}</h3>
      <p className="hint">{t.requirement.inferredIntro}</p>
      {inferred.length === 0 ? <p>{t.requirement.noInferred}</p> : <InferredMappingList mappings={inferred} />}
      {answer.truncated ? <p className="hint">{t.requirement.truncated}</p> : null}
    </>
  );
}
