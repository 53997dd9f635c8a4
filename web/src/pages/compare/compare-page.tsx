// Compare two frameworks: each requirement of one checked against the other (covered, partial, missing), both
// ways, with a CSV download. The two frameworks and the status filters live in the address.
import { useLocation, useSearchParams } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import type { GapsAnswer, GapStatus } from '../../api/crosswalk-types';
import { useFrameworks } from '../../api/frameworks-cache';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';
import { CompareForm } from './compare-form';
import { compareCsv, downloadText } from './compare-csv';
import { CompareResults } from './compare-results';

const STATUS_VALUES = ['covered', 'partial', 'missing'];
const statusOf = (value: string | null): GapStatus | '' => (value && STATUS_VALUES.includes(value) ? (value as GapStatus) : '');

export function ComparePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [, navigate] = useLocation();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const frameworks = useFrameworks();
  const names = (id: string) => frameworks.data?.find((f) => f.id === id)?.shortName ?? id;
  const ready = a !== '' && b !== '' && a !== b;
  const key = ready ? `${a}|${b}` : null;
  const state = useApi(key, (signal) =>
    Promise.all([getJson<GapsAnswer>(apiUrl('/api/gaps', { a, b }), signal), getJson<GapsAnswer>(apiUrl('/api/gaps', { a: b, b: a }), signal)]),
  );
  const setShown = (name: 'show' | 'showReverse') => (s: GapStatus | '') =>
    setParams(
      (p) => {
        if (s) p.set(name, s);
        else p.delete(name);
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeading title={ready ? `${t.compare.title}: ${names(a)} · ${names(b)}` : t.compare.title}>{t.compare.title}</PageHeading>
      <p className="lead">{t.compare.intro}</p>
      <Async state={frameworks}>{(list) => <CompareForm frameworks={list} a={a} b={b} onCompare={(x, y) => navigate(paths.compare(x, y))} />}</Async>
      {!ready ? (
        <p className="section">{a && a === b ? t.compare.same : t.compare.pick}</p>
      ) : (
        <Async state={state}>
          {([forward, reverse]) => (
            <>
              <div className="compare-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => downloadText(`compare-${a}-${b}.csv`, compareCsv([forward, reverse], names, t))}
                >
                  <span aria-hidden="true">⤓</span> {t.compare.download}
                </button>
              </div>
              <CompareResults
                answer={forward}
                id="forward"
                title={t.compare.forwardTitle(names(a), names(b))}
                names={names}
                shown={statusOf(params.get('show'))}
                onShow={setShown('show')}
              />
              <CompareResults
                answer={reverse}
                id="reverse"
                title={t.compare.reverseTitle(names(b), names(a))}
                intro={t.compare.reverseIntro}
                names={names}
                shown={statusOf(params.get('showReverse'))}
                onShow={setShown('showReverse')}
              />
            </>
          )}
        </Async>
      )}
    </>
  );
}
