// A framework's requirements, in the framework's order and under its group headings, with search (matches
// highlighted) and a level filter; long catalogs are paginated by the API, and every page has its address.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { apiUrl, getJson } from '../../api/client';
import { isOneOf, LEVELS } from '../../api/enums';
import type { FrameworkDetail, Requirement, RequirementPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Highlight, searchWords } from '../../components/highlight';
import { LevelBadge } from '../../components/level-badge';
import { pageFrom, Pagination } from '../../components/pagination';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';

const PAGE_SIZE = 50;

function groupsOf(items: Requirement[]): { group: string; items: Requirement[] }[] {
  const groups: { group: string; items: Requirement[] }[] = [];
  for (const r of items) {
    const last = groups[groups.length - 1];
    if (last && last.group === r.group) last.items.push(r);
    else groups.push({ group: r.group, items: [r] });
  }
  return groups;
}

export function RequirementList({ framework }: { framework: FrameworkDetail }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [location, navigate] = useLocation();
  const q = params.get('q') ?? '';
  const levelParam = params.get('level');
  const level = isOneOf(LEVELS, levelParam) ? levelParam : '';
  const page = pageFrom(params.get('page'));
  const [draft, setDraft] = useState({ q, level: level as string });
  const [appliedKey, setAppliedKey] = useState(`${q}|${level}`);
  if (appliedKey !== `${q}|${level}`) {
    setAppliedKey(`${q}|${level}`);
    setDraft({ q, level });
  }

  const href = (next: { q: string; level: string }, p = 1) => {
    const s = new URLSearchParams();
    if (next.q) s.set('q', next.q);
    if (next.level) s.set('level', next.level);
    if (p > 1) s.set('page', String(p));
    const query = s.toString();
    return `${location}${query ? `?${query}` : ''}`;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(href(draft));
  };

  const url = apiUrl(`/api/frameworks/${encodeURIComponent(framework.id)}/requirements`, {
    search: q,
    level,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const state = useApi(url, (signal) => getJson<RequirementPage>(url, signal));
  const words = searchWords(q);

  return (
    <section aria-labelledby="requirements" className="section">
      <h2 id="requirements">{t.framework.requirements}</h2>
      <form className="inline-form" role="search" onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor="requirement-search">{t.framework.searchLabel}</label>
          <input id="requirement-search" type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="requirement-level">{t.framework.levelFilter}</label>
          <select id="requirement-level" value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value })}>
            <option value="">{t.framework.allLevels}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t.levels[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t.search.submit}
        </button>
      </form>
      <Async state={state}>
        {(data) => (
          <>
            <p aria-live="polite" className="count">
              {t.framework.count(data.total)}
            </p>
            {data.items.length === 0 ? <p>{t.framework.none}</p> : null}
            {groupsOf(data.items).map(({ group, items }, i) => (
              <div key={`${group}-${i}`} className="requirement-group">
                {group ? (
                  <h3 lang="en" className="requirement-group__title">
                    {group}
                  </h3>
                ) : null}
                <ul className="requirement-list">
                  {items.map((r) => (
                    <li key={r.id} className="requirement-item">
                      <div className="requirement-item__head">
                        <Link href={paths.requirement(r.frameworkId, r.id)} className="requirement-item__link">
                          <span className="requirement-item__id nowrap" lang="en">
                            <Highlight text={r.id} words={words} />
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
                </ul>
              </div>
            ))}
            <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} hrefFor={(p) => href({ q, level }, p)} scrollTo="requirements" />
          </>
        )}
      </Async>
    </section>
  );
}
