// /regulator: the regulator view across products (administrators and people of member organisations):
// verdict counts by framework and by category, and the most common gaps. It names no product.
import type { FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Async, Loading } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../session/session';
import { apiUrl, getJson, type Overview } from './api';
import { Field, VerdictBadge } from './parts';
import { CATEGORIES } from './products-page';
import { productPaths } from './product-paths';
import { useText } from './use-text';

const VERDICTS = ['conforms', 'does-not-conform', 'incomplete'] as const;

export function OverviewPage() {
  const { p } = useText();
  const session = useSession();
  const category = new URLSearchParams(useSearch()).get('category') ?? '';
  const overview = useApi(session.info.authenticated ? `overview:${category}` : null, (signal) => getJson<Overview>(apiUrl('/api/assessments/overview', { category }), signal));
  const [, navigate] = useLocation();
  const choose = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('category') ?? '');
    navigate(value ? `${productPaths.regulator()}?category=${encodeURIComponent(value)}` : productPaths.regulator());
  };
  return (
    <>
      <PageHeading title={p.regulator.title} />
      <p className="lead">{p.regulator.lead}</p>
      {session.status === 'loading' ? <Loading /> : null}
      {session.status === 'ready' && !session.info.authenticated ? <p>{p.regulator.denied}</p> : null}
      {overview.status === 'error' && overview.error instanceof ApiError && overview.error.status === 403 ? (
        <p>{p.regulator.denied}</p>
      ) : session.info.authenticated ? (
        <>
          <form className="inline-form" onSubmit={choose}>
            <Field id="overview-category" label={p.regulator.category}>
              <select id="overview-category" name="category" defaultValue={category}>
                <option value="">{p.regulator.all}</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {p.categories[c]}
                  </option>
                ))}
              </select>
            </Field>
            <button type="submit" className="button">
              {p.results.apply}
            </button>
          </form>
          <Async state={overview}>{(o) => <OverviewTables o={o} />}</Async>
        </>
      ) : null}
    </>
  );
}

function OverviewTables({ o }: { o: Overview }) {
  const { p } = useText();
  const name = new Map(o.frameworks.map((f) => [f.framework, f.shortName]));
  return (
    <>
      <p role="status">{`${p.regulator.summary(o.products)} · ${p.regulator.releases}: ${o.releases}`}</p>
      <DataTable caption={p.regulator.byFramework} columns={[p.release.framework, ...VERDICTS.map((v) => <VerdictBadge verdict={v} />)]}>
        {o.frameworks.map((f) => (
          <tr key={f.framework}>
            <th scope="row">{f.shortName}</th>
            {VERDICTS.map((v) => (
              <td key={v} className="num">
                {f.verdicts[v]}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <DataTable caption={p.regulator.byCategory} columns={[p.regulator.category, p.regulator.releases]}>
        {o.categories.map((c) => (
          <tr key={c.category}>
            <th scope="row">{p.categories[c.category as keyof typeof p.categories] ?? c.category}</th>
            <td className="num">{c.releases}</td>
          </tr>
        ))}
      </DataTable>
      {o.commonGaps.length > 0 ? (
        <DataTable caption={p.regulator.gapsCaption} columns={[p.release.framework, p.regulator.requirement, p.regulator.releases]}>
          {o.commonGaps.map((g) => (
            <tr key={`${g.framework}:${g.requirement}`}>
              <td>{name.get(g.framework) ?? g.framework}</td>
              <th scope="row">{`${g.requirement} ${g.title}`}</th>
              <td className="num">{g.releases}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
