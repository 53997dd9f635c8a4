// /advisories: every published advisory, newest first, with links to the CSAF documents and provider metadata.
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { getJson, type AdvisorySummary } from './api';
import { disclosurePaths } from './disclosure-paths';
import { SeverityBadge } from './parts';
import { useText } from './use-text';

export function AdvisoriesPage() {
  const { d, day } = useText();
  const state = useApi('advisories', (signal) => getJson<{ items: AdvisorySummary[] }>('/api/advisories', signal));
  return (
    <>
      <PageHeading title={d.advisories.title} />
      <p className="lead">
        {d.advisories.lead} <a href="/.well-known/csaf/provider-metadata.json">{d.advisories.providerMetadata}</a>
      </p>
      <Async state={state}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{d.advisories.empty}</p>
          ) : (
            <DataTable caption={d.advisories.title} hideCaption columns={[d.advisories.id, d.publish.advisoryTitle, d.advisories.manufacturer, d.advisories.severity, d.advisories.fix, d.advisories.published, 'CSAF']}>
              {items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={disclosurePaths.advisory(a.id)}>{a.id}</Link>
                    {a.cve ? <div className="hint">{a.cve}</div> : null}
                  </td>
                  <td lang="en">{a.title}</td>
                  <td>{a.manufacturer.name}</td>
                  <td>
                    <SeverityBadge severity={a.severity} score={a.baseScore} />
                  </td>
                  <td>{a.fixAvailable ? d.advisories.fixAvailable : d.advisories.noFix}</td>
                  <td>{day(a.initialReleaseDate)}</td>
                  <td>
                    <a href={a.url}>
                      JSON<span className="visually-hidden"> {a.id}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </Async>
    </>
  );
}
