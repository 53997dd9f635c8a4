// Applying for membership: the criterion of seed 000 the organisation meets, its framework in the registry
// where it exists, and the application itself. Submitting puts it before the members.
import { useState } from 'react';
import { useLocation } from 'wouter';
import { send } from '../../api/governance';
import { useFrameworks } from '../../api/frameworks-cache';
import { PageHeading } from '../../components/page-heading';
import { useGovernanceText } from '../../i18n/governance-text';
import { paths } from '../../paths';
import { ActionForm, useStanding } from './common';

type Criterion = 'developed-framework' | 'developing-framework-multistakeholder';

export function ApplyPage() {
  const g = useGovernanceText();
  const [, navigate] = useLocation();
  const standing = useStanding();
  const frameworks = useFrameworks();
  const [criterion, setCriterion] = useState<Criterion>('developed-framework');
  const [frameworkId, setFrameworkId] = useState('');
  const [motivation, setMotivation] = useState('');
  return (
    <>
      <PageHeading title={g.apply.title} />
      <p className="lead">{g.apply.intro}</p>
      {!standing.mayApply ? (
        <p className="hint">{g.apply.notEligible}</p>
      ) : (
        <ActionForm
          label={g.apply.submit}
          onSubmit={async () => {
            const p = await send<{ id: string }>('POST', '/api/governance/applications', { criterion, frameworkId: frameworkId || null, motivation });
            navigate(paths.proposal(p.id));
          }}
        >
          <fieldset className="choice-group">
            <legend>{g.apply.criterion}</legend>
            {(['developed-framework', 'developing-framework-multistakeholder'] as const).map((c) => (
              <label key={c} className="choice">
                <input type="radio" name="criterion" value={c} checked={criterion === c} onChange={() => setCriterion(c)} /> {g.criteria[c]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="apply-framework">{g.apply.framework}</label>
            <select id="apply-framework" value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
              <option value="">{g.apply.noFramework}</option>
              {(frameworks.data ?? []).map((f) => (
                <option key={f.id} value={f.id} lang="en">
                  {f.shortName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="apply-motivation">{g.apply.motivation}</label>
            <textarea id="apply-motivation" rows={6} required value={motivation} onChange={(e) => setMotivation(e.target.value)} />
          </div>
        </ActionForm>
      )}
    </>
  );
}
