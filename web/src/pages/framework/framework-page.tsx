// One framework: what it is, its facts, its requirements, and where it sits against the Platform baseline.
import { Link, useParams } from 'wouter';
import { getJson } from '../../api/client';
import type { FrameworkDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { decodeParam, paths } from '../../paths';
import { BaselineStanding } from './baseline-standing';
import { FrameworkFacts } from './framework-facts';
import { RequirementList } from './requirement-list';
import { CurationLinks } from '../../session/curation-links';

export function FrameworkPage() {
  const { t } = useI18n();
  const id = decodeParam(useParams<{ id: string }>().id);
  const url = `/api/frameworks/${encodeURIComponent(id)}`;
  const state = useApi(url, (signal) => getJson<FrameworkDetail>(url, signal));
  return (
    <Async state={state} pageLevel>
      {(f) => (
        <>
          <nav aria-label={t.breadcrumb} className="breadcrumb">
            <ol>
              <li>
                <Link href={paths.frameworks()}>{t.nav.frameworks}</Link>
              </li>
              <li aria-current="page" lang="en">
                {f.shortName}
              </li>
            </ol>
          </nav>
          <PageHeading title={f.shortName}>
            <span lang="en">{f.shortName}</span>
          </PageHeading>
          <p className="subtitle" lang="en">
            {f.title}
          </p>
          <p className="lead" lang="en">
            {f.summary}
          </p>
          <CurationLinks frameworkId={f.id} />
          <FrameworkFacts framework={f} />
          <BaselineStanding framework={f} />
          <RequirementList framework={f} />
        </>
      )}
    </Async>
  );
}
