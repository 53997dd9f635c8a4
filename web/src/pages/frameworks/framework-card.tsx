// One framework in the list: its name, who publishes it, where it applies, and how many requirements it has.
import { Link } from 'wouter';
import type { Framework } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../paths';

export function FrameworkCard({ framework: f }: { framework: Framework }) {
  const { t, jurisdiction, number } = useI18n();
  return (
    <li className="card framework-card">
      <h3 className="framework-card__title">
        <Link href={paths.framework(f.id)}>
          <span lang="en">{f.shortName}</span>
        </Link>
      </h3>
      <p className="framework-card__full" lang="en">
        {f.title}
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t.frameworks.columns.issuer}</dt>
          <dd lang="en">{f.issuer}</dd>
        </div>
        <div>
          <dt>{t.frameworks.columns.jurisdictions}</dt>
          <dd>{f.jurisdictions.map(jurisdiction).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.frameworks.kind}</dt>
          <dd>{t.kinds[f.kind]}</dd>
        </div>
        <div>
          <dt>{t.frameworks.columns.scope}</dt>
          <dd>{t.scopes[f.scope]}</dd>
        </div>
        <div>
          <dt>{t.frameworks.columns.layers}</dt>
          <dd>{f.layers.map((l) => t.layers[l]).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.frameworks.columns.status}</dt>
          <dd>
            <span className={`badge badge--status-${f.status}`}>{t.statuses[f.status]}</span>
          </dd>
        </div>
        <div>
          <dt>{t.frameworks.columns.requirements}</dt>
          <dd>{number(f.requirementCount)}</dd>
        </div>
      </dl>
    </li>
  );
}
