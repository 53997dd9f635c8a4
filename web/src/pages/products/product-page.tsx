// /products/:id: a product, its releases (newest first) with their recorded verdicts, and for its editors the
// forms to correct the product and to record a release (starting from an earlier release's answers).
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { hasRole, useSession } from '../../session/session';
import { enc, getJson, send, type ProductDetail, type Release } from './api';
import { Field, FormResult, VerdictBadge, type Outcome } from './parts';
import { CATEGORIES } from './products-page';
import { productPaths } from './product-paths';
import { useText } from './use-text';

export function ProductPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const detail = useApi(`product:${id}`, (signal) => getJson<ProductDetail>(`/api/products/${enc(id)}`, signal));
  return (
    <Async state={detail} pageLevel>
      {(data) => <Product data={data} reload={detail.retry} />}
    </Async>
  );
}

function Product({ data, reload }: { data: ProductDetail; reload(): void }) {
  const { p, day } = useText();
  const session = useSession();
  const editor = hasRole(session.info, 'manufacturer-editor');
  const { product, releases } = data;
  return (
    <>
      <PageHeading title={product.name} />
      <dl className="facts facts--compact">
        <dt>{p.list.model}</dt>
        <dd>{product.model ?? p.notStated}</dd>
        <dt>{p.list.category}</dt>
        <dd>{p.categories[product.category]}</dd>
      </dl>
      <section aria-labelledby="releases">
        <h2 id="releases">{p.product.releases}</h2>
        {releases.length === 0 ? (
          <p>{p.product.noReleases}</p>
        ) : (
          <DataTable caption={p.product.caption} columns={[p.product.version, p.product.date, p.product.supportEnd, p.product.answered, p.product.assessment]}>
            {releases.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={productPaths.release(r.id)}>{r.version}</Link>
                </th>
                <td>{r.releaseDate ? day(r.releaseDate) : ''}</td>
                <td>{r.supportEnd ? day(r.supportEnd) : p.notStated}</td>
                <td>{r.answered}</td>
                <td>
                  <Verdicts release={r} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {editor ? <AddRelease productId={product.id} releases={releases} /> : null}
      {editor ? <EditProduct data={data} reload={reload} /> : null}
    </>
  );
}

function Verdicts({ release }: { release: Release }) {
  const { p } = useText();
  const verdicts = release.assessment?.verdicts ?? [];
  if (verdicts.length === 0) return <>{p.list.notAssessed}</>;
  const count = (v: string) => verdicts.filter((x) => x.verdict === v).length;
  return (
    <ul className="inline-list">
      {(['conforms', 'does-not-conform', 'incomplete'] as const).map((v) => (
        <li key={v}>
          <VerdictBadge verdict={v} /> {count(v)}
        </li>
      ))}
    </ul>
  );
}

function AddRelease({ productId, releases }: { productId: string; releases: Release[] }) {
  const { p } = useText();
  const [, navigate] = useLocation();
  const [result, setResult] = useState<Outcome>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const copyFrom = String(data.get('copyFrom') ?? '');
    const date = String(data.get('releaseDate') ?? '');
    try {
      const release = await send<Release>('POST', `/api/products/${enc(productId)}/releases`, { version: String(data.get('version') ?? '').trim(), ...(date ? { releaseDate: date } : {}), ...(copyFrom ? { copyFrom } : {}) });
      navigate(productPaths.release(release.id));
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <section aria-labelledby="add-release" className="panel">
      <h2 id="add-release">{p.product.addRelease}</h2>
      <form className="product-form" onSubmit={submit}>
        <Field id="release-version" label={p.product.version}>
          <input id="release-version" name="version" type="text" required maxLength={200} />
        </Field>
        <Field id="release-date" label={p.product.date}>
          <input id="release-date" name="releaseDate" type="date" />
        </Field>
        <Field id="release-copy" label={p.product.copyFrom}>
          <select id="release-copy" name="copyFrom" defaultValue={releases[0]?.id ?? ''}>
            <option value="">{p.product.copyNone}</option>
            {releases.map((r) => (
              <option key={r.id} value={r.id}>
                {r.version}
              </option>
            ))}
          </select>
        </Field>
        <div>
          <button type="submit" className="button button--primary">
            {p.product.addRelease}
          </button>
        </div>
        <FormResult result={result} />
      </form>
    </section>
  );
}

function EditProduct({ data, reload }: { data: ProductDetail; reload(): void }) {
  const { p } = useText();
  const [result, setResult] = useState<Outcome>(null);
  const { product } = data;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      const model = String(form.get('model') ?? '').trim();
      await send('PATCH', `/api/products/${enc(product.id)}`, { name: String(form.get('name') ?? '').trim(), model: model || null, category: String(form.get('category')) });
      setResult({ ok: true, text: p.saved });
      reload();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <details className="panel">
      <summary>{p.product.editProduct}</summary>
      <form className="product-form" onSubmit={submit}>
        <Field id="edit-name" label={p.list.name}>
          <input id="edit-name" name="name" type="text" required maxLength={200} defaultValue={product.name} />
        </Field>
        <Field id="edit-model" label={p.list.model}>
          <input id="edit-model" name="model" type="text" maxLength={200} defaultValue={product.model ?? ''} />
        </Field>
        <Field id="edit-category" label={p.list.category}>
          <select id="edit-category" name="category" defaultValue={product.category}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {p.categories[c]}
              </option>
            ))}
          </select>
        </Field>
        <div>
          <button type="submit" className="button">
            {p.save}
          </button>
        </div>
        <FormResult result={result} />
      </form>
    </details>
  );
}
