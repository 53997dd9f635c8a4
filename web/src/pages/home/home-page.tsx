// What the Platform is, in a few plain sentences, the registry's live figures, and where to go next.
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { getJson } from '../../api/client';
import type { Stats } from '../../api/crosswalk-types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';

const FIGURES = ['frameworks', 'requirements', 'mappings', 'countries'] as const;

export function HomePage() {
  const { t, lang, number } = useI18n();
  const stats = useApi('/api/stats', (signal) => getJson<Stats>('/api/stats', signal));
  const [q, setQ] = useState('');
  const [, navigate] = useLocation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(paths.search(q.trim()));
  };
  const entries = [
    { href: paths.frameworks(), ...t.home.entries.frameworks },
    { href: paths.compare(), ...t.home.entries.compare },
    { href: paths.consensus(), ...t.home.entries.consensus },
    { href: paths.search(), ...t.home.entries.search },
  ];
  return (
    <>
      <div className="hero">
        <PageHeading title={t.home.title} />
        {t.home.intro.map((sentence) => (
          <p key={sentence} className="hero__text">
            {sentence}
          </p>
        ))}
        <form role="search" className="search-form search-form--hero" onSubmit={submit}>
          <label htmlFor="home-search">{t.search.label}</label>
          <div className="search-form__row">
            <input id="home-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button button--primary">
              {t.search.submit}
            </button>
          </div>
        </form>
      </div>
      <section aria-labelledby="figures-title" className="section">
        <h2 id="figures-title">{t.home.figuresTitle}</h2>
        <Async state={stats}>
          {(s) => (
            <ul className="figures">
              {FIGURES.map((name) => (
                <li key={name} className="figure">
                  <strong className="figure__value">{number(s[name])}</strong>
                  <span className="figure__label">{t.home.figures[name]}</span>
                </li>
              ))}
            </ul>
          )}
        </Async>
      </section>
      <section aria-labelledby="entry-title" className="section">
        <h2 id="entry-title">{t.home.entryTitle}</h2>
        <ul className="entry-points">
          {entries.map((e) => (
            <li key={e.href} className="card entry-point">
              <h3>
                <Link href={e.href}>{e.title}</Link>
              </h3>
              <p>{e.text}</p>
            </li>
          ))}
          <li className="card entry-point">
            <h3>
              {/* Server-rendered (no JavaScript needed): a full page load, not a client route. */}
              <a href={`/labels?lang=${lang}`}>{t.home.entries.labels.title}</a>
            </h3>
            <p>{t.home.entries.labels.text}</p>
          </li>
        </ul>
      </section>
    </>
  );
}
