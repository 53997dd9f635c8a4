// /disclosure/manufacturers/:id: a manufacturer's disclosure policy, public: how to reach its PSIRT, response
// times, safe harbour, its products, the report button and its security.txt.
import { Link, useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { useI18n } from '../../i18n/i18n-context';
import { getJson, type PolicyPage } from './api';
import { disclosurePaths } from './disclosure-paths';
import { useText } from './use-text';

function languageName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function ManufacturerPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const state = useApi(`policy:${id}`, (signal) => getJson<PolicyPage>(`/api/disclosure/manufacturers/${encodeURIComponent(id)}`, signal));
  return (
    <Async state={state} pageLevel>
      {(page) => <Policy page={page} />}
    </Async>
  );
}

function Policy({ page }: { page: PolicyPage }) {
  const { d } = useText();
  const { lang } = useI18n();
  const p = page.policy;
  return (
    <>
      <PageHeading title={page.manufacturer.name} />
      <p className="subtitle">{d.section}</p>
      {page.published ? null : <p className="notes">{d.policy.unpublished}</p>}
      <p>
        <Link href={disclosurePaths.report(page.manufacturer.id)} className="button button--primary">
          {d.policy.report}
        </Link>
      </p>
      <section aria-labelledby="contact-title" className="panel section">
        <h2 id="contact-title">{d.policy.contact}</h2>
        <dl className="facts">
          {p.contactEmail ? (
            <div>
              <dt>{d.policy.email}</dt>
              <dd>
                <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a>
              </dd>
            </div>
          ) : null}
          {p.contactUrl ? (
            <div>
              <dt>{d.policy.page}</dt>
              <dd>
                <a href={p.contactUrl}>{p.contactUrl}</a>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{d.policy.languages}</dt>
            <dd>{p.languages.map((l) => languageName(l, lang)).join(', ')}</dd>
          </div>
          {p.encryptionUrl ? (
            <div>
              <dt>{d.policy.encryption}</dt>
              <dd>
                <a href={p.encryptionUrl}>{p.encryptionUrl}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="times-title" className="section">
        <h2 id="times-title">{d.policy.responseTimes}</h2>
        <ul>
          <li>{d.policy.acknowledge(p.acknowledgementDays)}</li>
          <li>{d.policy.assess(p.assessmentDays)}</li>
          <li>{d.policy.publication}</li>
        </ul>
      </section>
      <section aria-labelledby="harbour-title" className="section">
        <h2 id="harbour-title">{d.policy.safeHarbour}</h2>
        <p className="disclosure-text">{p.safeHarbour}</p>
      </section>
      <section aria-labelledby="products-title" className="section">
        <h2 id="products-title">{d.policy.products}</h2>
        {page.products.length === 0 ? (
          <p>{d.policy.noProducts}</p>
        ) : (
          <ul>
            {page.products.map((product) => (
              <li key={product.id}>
                {product.name}
                {product.modelNumber ? ` (${product.modelNumber})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <a href={page.securityTxtUrl}>{d.policy.securityTxt}</a>
      </p>
    </>
  );
}
