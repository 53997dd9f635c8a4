// Consensus: how far the frameworks agree on each baseline item, as a heatmap (or its table alternative), by
// framework or by the organisations of PETRAS Table 2, with the fragmentation figures and what each framework
// asks alone. The view and display choices live in the address.
import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { getJson } from '../../api/client';
import type { ConsensusAnswer, CoverageAnswer } from '../../api/crosswalk-types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { ConsensusControls, type Display, type View } from './consensus-controls';
import { Heatmap } from './heatmap';
import { frameworkMatrix, organisationMatrix } from './matrix';
import { MatrixTable } from './matrix-table';
import { UniqueRequirements } from './unique-requirements';
import { Legend } from './legend';

export function ConsensusPage() {
  const { t } = useI18n();
  const state = useApi('consensus', (signal) =>
    Promise.all([getJson<ConsensusAnswer>('/api/consensus', signal), getJson<CoverageAnswer>('/api/coverage', signal)]),
  );
  return (
    <>
      <PageHeading title={t.consensus.title} />
      <p className="lead">{t.consensus.intro}</p>
      <Async state={state}>{([consensus, coverage]) => <Consensus consensus={consensus} coverage={coverage} />}</Async>
    </>
  );
}

function Consensus({ consensus, coverage }: { consensus: ConsensusAnswer; coverage: CoverageAnswer }) {
  const { t, number, percent } = useI18n();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'organisations' ? 'organisations' : 'frameworks';
  const display: Display = params.get('display') === 'table' ? 'table' : 'heatmap';
  const names = useMemo(() => new Map(coverage.frameworks.map((f) => [f.id, f.shortName])), [coverage]);
  const frameworkName = (id: string) => names.get(id) ?? id;
  const matrix = useMemo(() => (view === 'frameworks' ? frameworkMatrix(consensus, coverage) : organisationMatrix(coverage)), [view, consensus, coverage]);
  const set = (name: string, value: string, fallback: string) =>
    setParams(
      (p) => {
        if (value === fallback) p.delete(name);
        else p.set(name, value);
        return p;
      },
      { replace: true },
    );
  const caption = view === 'frameworks' ? t.consensus.byFramework : t.consensus.byOrganisation;

  return (
    <>
      <ul className="consensus-figures">
        <li className="figure">
          <strong className="figure__value">{consensus.fragmentation === null ? '—' : percent(consensus.fragmentation)}</strong>
          <span className="figure__label">{t.consensus.fragmentation}</span>
        </li>
        <li className="figure">
          <strong className="figure__value">{number(consensus.items.length)}</strong>
          <span className="figure__label">{t.consensus.items}</span>
        </li>
        <li className="figure">
          <strong className="figure__value">{number(consensus.frameworkIds.length)}</strong>
          <span className="figure__label">{t.consensus.compared}</span>
        </li>
      </ul>
      <p className="hint">{t.consensus.fragmentationHelp}</p>
      <ConsensusControls view={view} display={display} onView={(v) => set('view', v, 'frameworks')} onDisplay={(d) => set('display', d, 'heatmap')} />
      {view === 'organisations' ? <p>{t.consensus.organisationsIntro}</p> : null}
      <Legend />
      {display === 'heatmap' ? (
        <Heatmap
          key={view}
          matrix={matrix}
          caption={caption}
          columnHeader={view === 'frameworks' ? t.consensus.frameworkColumn : t.consensus.organisationColumn}
          columnIsFramework={view === 'frameworks'}
          frameworkName={frameworkName}
        />
      ) : (
        <MatrixTable matrix={matrix} caption={caption} />
      )}
      {view === 'frameworks' ? <UniqueRequirements consensus={consensus} frameworkName={frameworkName} /> : null}
    </>
  );
}
