// Search across the requirements of every framework; matches are highlighted, and the query and page are in
// the address.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import { useFrameworkName } from '../../api/frameworks-cache';
import type { RequirementPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Highlight, searchWords } from '../../components/highlight';
import { LevelBadge } from '../../components/level-badge';
import { PageHeading } from '../../components/page-heading';
import { pageFrom, Pagination } from '../../components/pagination';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';

const PAGE_SIZE = 20;

function searchHref(q: string, page = 1): string {
  const s = new URLSearchParams();
  if (q) s.set('q', q);
  if (page > 1) s.set('page', String(page));
  const query = s.toString();
  return query ? `${paths.search()}?${query}` : paths.search();
}

export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const q = (params.get('q') ?? '').trim();
  const page = pageFrom(params.get('page'));
  const [draft, setDraft] = useState(q);
  const [appliedQ, setAppliedQ] = useState(q);
  if (appliedQ !== q) {
    setAppliedQ(q);
    setDraft(q);
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(searchHref(draft.trim()));
  };
  const url = apiUrl('/api/requirements', { search: q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const state = useApi(q ? url : null, (signal) => getJson<RequirementPage>(url, signal));
  const name = useFrameworkName();
  const words = searchWords(q);

  return (
    <>
      <PageHeading title={t.search.title} />
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-input">{t.search.label}</label>
        <div className="search-form__row">
          <input id="search-input" type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby="search-hint" />
          <button type="submit" className="button button--primary">
            {t.search.submit}
          </button>
        </div>
        <p id="search-hint" className="hint">
          {t.search.hint}
        </p>
      </form>
      <section aria-labelledby="search-results" className="results">
        {!q ? (
          <p id="search-results">{t.search.prompt}</p>
        ) : (
          <Async state={state}>
            {(data) => (
              <>
                <h2 id="search-results" aria-live="polite">
                  {data.total === 0 ? t.search.none(q) : t.search.results(data.total, q)}
                </h2>
                <ol className="search-results" start={(page - 1) * PAGE_SIZE + 1}>
                  {data.items.map((r) => (
                    <li key={r.key} className="requirement-item">
                      <div className="requirement-item__head">
                        <Link href={paths.requirement(r.frameworkId, r.id)} className="requirement-item__link">
                          <span className="requirement-item__id" lang="en">
                            {name(r.frameworkId)}{' '}
                            <span className="nowrap">
                              <Highlight text={r.id} words={words} />
                            </span>
                          </span>{' '}
                          <span lang="en">
                            <Highlight text={r.title} words={words} />
                          </span>
                        </Link>
                        <LevelBadge level={r.level} />
                      </div>
                      <p className="requirement-item__summary" lang="en">
                        <Highlight text={r.summary} words={words} />
                      </p>
                    </li>
                  ))}
                </ol>
                <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} hrefFor={(p) => searchHref(q, p)} scrollTo="search-results" />
              </>
            )}
          </Async>
        )}
      </section>
    </>
  );
}
