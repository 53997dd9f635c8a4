// The facts of a framework: who publishes it, where and to what it applies, its licence and source, counts by
// level, and the caveats a reader must see about our data.
import type { FrameworkDetail } from '../../api/types';
import { LEVELS } from '../../api/enums';
import { LevelBadge } from '../../components/level-badge';
import { useI18n } from '../../i18n/i18n-context';

export function FrameworkFacts({ framework: f }: { framework: FrameworkDetail }) {
  const { t, jurisdiction, date, number } = useI18n();
  return (
    <div className="framework-facts">
      <section aria-labelledby="facts-title" className="panel">
        <h2 id="facts-title">{t.framework.facts}</h2>
        <dl className="facts">
          <div>
            <dt>{t.framework.issuer}</dt>
            <dd lang="en">{f.issuer}</dd>
          </div>
          <div>
            <dt>{t.framework.version}</dt>
            <dd lang="en">{f.version}</dd>
          </div>
          {f.publicationDate ? (
            <div>
              <dt>{t.framework.published}</dt>
              <dd>{date(f.publicationDate)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t.framework.kind}</dt>
            <dd>{t.kinds[f.kind]}</dd>
          </div>
          <div>
            <dt>{t.framework.status}</dt>
            <dd>
              <span className={`badge badge--status-${f.status}`}>{t.statuses[f.status]}</span>
            </dd>
          </div>
          <div>
            <dt>{t.framework.jurisdictions}</dt>
            <dd>{f.jurisdictions.map(jurisdiction).join(', ')}</dd>
          </div>
          <div>
            <dt>{t.framework.scope}</dt>
            <dd>{t.scopes[f.scope]}</dd>
          </div>
          <div>
            <dt>{t.framework.layers}</dt>
            <dd>{f.layers.map((l) => t.layers[l]).join(', ')}</dd>
          </div>
          <div>
            <dt>{t.framework.licence}</dt>
            <dd lang="en">{f.licence.url ? <a href={f.licence.url}>{f.licence.name}</a> : f.licence.name}</dd>
          </div>
        </dl>
        <p>
          <a href={f.sourceUrl} className="external">
            {t.framework.source}
            <span className="visually-hidden">: {f.shortName}</span>
          </a>
        </p>
      </section>
      <section aria-labelledby="levels-title" className="panel">
        <h2 id="levels-title">{t.framework.levels}</h2>
        <ul className="level-counts">
          {LEVELS.filter((level) => f.levelCounts[level]).map((level) => (
            <li key={level}>
              <LevelBadge level={level} /> <strong>{number(f.levelCounts[level] ?? 0)}</strong>
            </li>
          ))}
        </ul>
      </section>
      {f.unverifiedCount > 0 || f.notes.length > 0 ? (
        <details className="panel framework-notes">
          <summary>
            {t.framework.notes} ({f.notes.length + (f.unverifiedCount > 0 ? 1 : 0)})
          </summary>
          <ul className="notes">
            {f.unverifiedCount > 0 ? <li>{t.framework.unverified(f.unverifiedCount)}</li> : null}
            {f.notes.map((note) => (
              <li key={note} lang="en">
                {note}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
