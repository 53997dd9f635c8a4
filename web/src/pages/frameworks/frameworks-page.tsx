// The registry as a filterable list. Filters and the page number live in the address.
import { useLocation, useSearchParams } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import { useFrameworks } from '../../api/frameworks-cache';
import type { FrameworkPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { pageFrom, Pagination } from '../../components/pagination';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';
import { FrameworkCard } from './framework-card';
import { EMPTY_FILTER, FrameworkFilters, type FrameworkFilter } from './framework-filters';

const PAGE_SIZE = 20;

function filterFrom(params: URLSearchParams): FrameworkFilter {
  const filter = { ...EMPTY_FILTER };
  for (const name of Object.keys(EMPTY_FILTER) as (keyof FrameworkFilter)[]) filter[name] = params.get(name === 'search' ? 'q' : name) ?? '';
  return filter;
}

function queryOf(filter: FrameworkFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name === 'search' ? 'q' : name, value);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `${paths.frameworks()}?${s}` : paths.frameworks();
}

export function FrameworksPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const filter = filterFrom(params);
  const page = pageFrom(params.get('page'));
  const all = useFrameworks();
  const url = apiUrl('/api/frameworks', { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const list = useApi(url, (signal) => getJson<FrameworkPage>(url, signal));
  const jurisdictions = [...new Set(all.data?.flatMap((f) => f.jurisdictions) ?? [])];

  return (
    <>
      <PageHeading title={t.frameworks.title} />
      <p className="lead">{t.frameworks.intro}</p>
      <FrameworkFilters value={filter} jurisdictions={jurisdictions} onApply={(f) => navigate(queryOf(f))} />
      <section aria-labelledby="results-title" className="results">
        <Async state={list}>
          {(data) => (
            <>
              <h2 id="results-title" aria-live="polite">
                {t.frameworks.count(data.total)}
              </h2>
              {data.items.length === 0 ? (
                <p>{t.frameworks.none}</p>
              ) : (
                <ul className="card-list">
                  {data.items.map((f) => (
                    <FrameworkCard key={f.id} framework={f} />
                  ))}
                </ul>
              )}
              <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} hrefFor={(p) => queryOf(filter, p)} scrollTo="results-title" />
            </>
          )}
        </Async>
      </section>
    </>
  );
}

