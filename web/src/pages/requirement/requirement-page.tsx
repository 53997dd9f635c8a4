// One requirement: our summary, its level, conditions and source, then its mappings to other frameworks,
// stated and inferred.
import { Link, useParams } from 'wouter';
import { getJson } from '../../api/client';
import type { FrameworkDetail, Requirement } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LevelBadge } from '../../components/level-badge';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { decodeParam, paths } from '../../paths';
import { RequirementMappings } from './requirement-mappings';
import { CurationLinks } from '../../session/curation-links';

export function RequirementPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string; requirementId: string }>();
  const frameworkId = decodeParam(params.id);
  const requirementId = decodeParam(params.requirementId);
  const frameworkUrl = `/api/frameworks/${encodeURIComponent(frameworkId)}`;
  const url = `${frameworkUrl}/requirements/${encodeURIComponent(requirementId)}`;
  const state = useApi(url, (signal) => Promise.all([getJson<Requirement>(url, signal), getJson<FrameworkDetail>(frameworkUrl, signal)]));
  return (
    <Async state={state} pageLevel>
      {([r, framework]) => (
        <>
          <nav aria-label={t.breadcrumb} className="breadcrumb">
            <ol>
              <li>
                <Link href={paths.frameworks()}>{t.nav.frameworks}</Link>
              </li>
              <li>
                <Link href={paths.framework(r.frameworkId)}>
                  <span lang="en">{framework.shortName}</span>
                </Link>
              </li>
              <li aria-current="page" lang="en">
                {r.id}
              </li>
            </ol>
          </nav>
          <PageHeading title={`${framework.shortName} ${r.id}`}>
            <span lang="en">
              <span className="heading-id">
                {framework.shortName} {r.id}
              </span>{' '}
              {r.title}
            </span>
          </PageHeading>
          <div className="requirement-summary panel">
            <p className="lead" lang="en">
              {r.summary}
            </p>
            <p className="hint">{t.requirement.summaryNote}</p>
            <dl className="facts">
              <div>
                <dt>{t.requirement.level}</dt>
                <dd>
                  <LevelBadge level={r.level} />
                </dd>
              </div>
              {r.group ? (
                <div>
                  <dt>{t.requirement.group}</dt>
                  <dd lang="en">{r.group}</dd>
                </div>
              ) : null}
              {r.conditions.length > 0 ? (
                <div>
                  <dt>{t.requirement.conditions}</dt>
                  <dd>
                    <ul className="plain-list" lang="en">
                      {r.conditions.map((id) => (
                        <li key={id}>{framework.conditions.find((c) => c.id === id)?.text ?? id}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              {r.officialRef ? (
                <div>
                  <dt>{t.requirement.officialRef}</dt>
                  <dd lang="en">{r.officialRef}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t.requirement.verification}</dt>
                <dd>
                  {r.verification === 'verified' ? t.requirement.verified : t.requirement.unverified}
                  {r.verificationNote ? (
                    <span className="hint" lang="en">
                      {' '}
                      {r.verificationNote}
                    </span>
                  ) : null}
                </dd>
              </div>
              {r.organisations.length > 0 ? (
                <div>
                  <dt>{t.requirement.organisations}</dt>
                  <dd lang="en">{r.organisations.join(', ')}</dd>
                </div>
              ) : null}
            </dl>
            {r.footnotes.length > 0 ? (
              <>
                <h2 className="h3">{t.requirement.footnotes}</h2>
                <ul className="notes" lang="en">
                  {r.footnotes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              <a href={r.sourceUrl ?? framework.sourceUrl} className="external">
                {t.requirement.source}
                <span className="visually-hidden">
                  : {framework.shortName} {r.id}
                </span>
              </a>
            </p>
          </div>
          <CurationLinks frameworkId={r.frameworkId} requirementId={r.id} />
          <RequirementMappings requirement={r} />
        </>
      )}
    </Async>
  );
}
