// /disclosure: where to report, to whom, and where the published advisories are.
import { Link } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { getJson } from './api';
import { disclosurePaths } from './disclosure-paths';
import { useSession } from '../../session/session';
import { useText } from './use-text';

interface Manufacturer {
  id: string;
  name: string;
  published: boolean;
  products: number;
}

export function LandingPage() {
  const { d } = useText();
  const manufacturers = useApi('manufacturers', (signal) => getJson<{ items: Manufacturer[] }>('/api/disclosure/manufacturers', signal));
  const session = useSession();
  return (
    <>
      <PageHeading title={d.landing.title} />
      <p className="lead">{d.landing.lead}</p>
      <section aria-labelledby="manufacturers-title" className="section">
        <h2 id="manufacturers-title">{d.landing.manufacturers}</h2>
        <Async state={manufacturers}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{d.landing.noManufacturers}</p>
            ) : (
              <ul className="card-list">
                {items.map((m) => (
                  <li key={m.id} className="card">
                    <Link href={disclosurePaths.manufacturer(m.id)}>{m.name}</Link>
                    <p className="hint">
                      {d.landing.products(m.products)}
                      {m.published ? '' : ` · ${d.landing.noPolicy}`}
                    </p>
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      </section>
      <section aria-labelledby="advisories-title" className="section">
        <h2 id="advisories-title">{d.landing.advisories}</h2>
        <p>
          {d.landing.advisoriesText} <Link href={disclosurePaths.advisories()}>{d.landing.advisories}</Link>
        </p>
      </section>
      {session.status === 'ready' && session.info.authenticated ? (
        <section aria-labelledby="teams-title" className="section">
          <h2 id="teams-title">{d.landing.signedIn}</h2>
          <ul className="inline-list">
            <li>
              <Link href={disclosurePaths.cases()}>{d.landing.myCases}</Link>
            </li>
            <li>
              <Link href={disclosurePaths.overdue()}>{d.landing.overdue}</Link>
            </li>
            {session.info.organisation?.type === 'manufacturer' ? (
              <li>
                <Link href={disclosurePaths.manage()}>{d.manage.title}</Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href={disclosurePaths.security()}>{d.landing.platform}</Link>
      </p>
    </>
  );
}
