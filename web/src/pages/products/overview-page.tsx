// /regulator: the regulator view across products (administrators and people of member organisations):
// verdict counts by framework and by category, and the most common gaps. It names no product.
import type { FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Async, Loading } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../session/session';
import { apiUrl, getJson, type Overview } from './api';
import { Field, VerdictBadge, TableScroll } from './parts';
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
      <TableScroll label={p.regulator.byFramework}>
        <table className="product-table">
          <caption>{p.regulator.byFramework}</caption>
          <thead>
            <tr>
              <th scope="col">{p.release.framework}</th>
              {VERDICTS.map((v) => (
                <th key={v} scope="col">
                  <VerdictBadge verdict={v} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={p.regulator.byCategory}>
        <table className="product-table">
          <caption>{p.regulator.byCategory}</caption>
          <thead>
            <tr>
              <th scope="col">{p.regulator.category}</th>
              <th scope="col">{p.regulator.releases}</th>
            </tr>
          </thead>
          <tbody>
            {o.categories.map((c) => (
              <tr key={c.category}>
                <th scope="row">{p.categories[c.category as keyof typeof p.categories] ?? c.category}</th>
                <td className="num">{c.releases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {o.commonGaps.length > 0 ? (
        <TableScroll label={p.regulator.gapsCaption}>
          <table className="product-table">
            <caption>{p.regulator.gapsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.release.framework}</th>
                <th scope="col">{p.regulator.requirement}</th>
                <th scope="col">{p.regulator.releases}</th>
              </tr>
            </thead>
            <tbody>
              {o.commonGaps.map((g) => (
                <tr key={`${g.framework}:${g.requirement}`}>
                  <td>{name.get(g.framework) ?? g.framework}</td>
                  <th scope="row">{`${g.requirement} ${g.title}`}</th>
                  <td className="num">{g.releases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
