// /products: the signed-in user's organisation's products, each with its newest release and how many
// frameworks it conforms to; manufacturer editors register new ones here.
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { hasRole, type SessionInfo } from '../../session/session';
import { getJson, send, type Product, type ProductList } from './api';
import { Field, FormResult, WithOrganisation, type Outcome } from './parts';
import { productPaths } from './product-paths';
import { useText } from './use-text';

const CATEGORIES = ['camera', 'speaker', 'lock', 'toy', 'wearable', 'router', 'hub', 'appliance', 'other'] as const;

export function ProductsPage() {
  const { p } = useText();
  return (
    <>
      <PageHeading title={p.list.title} />
      <p className="lead">{p.list.lead}</p>
      <WithOrganisation>{(info) => <Products info={info} />}</WithOrganisation>
    </>
  );
}

function Products({ info }: { info: SessionInfo }) {
  const { p, day } = useText();
  const list = useApi('products', (signal) => getJson<ProductList>('/api/products?limit=200', signal));
  return (
    <>
      <Async state={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{p.list.none}</p>
          ) : (
            <DataTable caption={p.list.caption} columns={[p.list.name, p.list.model, p.list.category, p.list.latest, p.list.verdicts]}>
              {data.items.map(({ product, latest }) => {
                const verdicts = latest?.assessment?.verdicts ?? [];
                return (
                  <tr key={product.id}>
                    <th scope="row">
                      <Link href={productPaths.product(product.id)}>{product.name}</Link>
                    </th>
                    <td>{product.model ?? ''}</td>
                    <td>{p.categories[product.category]}</td>
                    <td>{latest ? <Link href={productPaths.release(latest.id)}>{`${latest.version}${latest.releaseDate ? ` (${day(latest.releaseDate)})` : ''}`}</Link> : ''}</td>
                    <td>{verdicts.length > 0 ? p.list.conforming(verdicts.filter((v) => v.verdict === 'conforms').length, verdicts.length) : p.list.notAssessed}</td>
                  </tr>
                );
              })}
            </DataTable>
          )
        }
      </Async>
      {hasRole(info, 'manufacturer-editor') ? <CreateProduct /> : <p className="hint">{p.list.createHint}</p>}
      {info.organisation?.type !== 'manufacturer' ? (
        <p>
          <Link href={productPaths.regulator()}>{p.list.regulator}</Link>
        </p>
      ) : null}
    </>
  );
}

function CreateProduct() {
  const { p } = useText();
  const [, navigate] = useLocation();
  const [result, setResult] = useState<Outcome>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    try {
      const model = String(data.get('model') ?? '').trim();
      const product = await send<Product>('POST', '/api/products', { name: String(data.get('name') ?? '').trim(), model: model || null, category: String(data.get('category')) });
      navigate(productPaths.product(product.id));
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <section aria-labelledby="create-product" className="panel">
      <h2 id="create-product">{p.list.create}</h2>
      <form className="product-form" onSubmit={submit}>
        <Field id="product-name" label={p.list.name}>
          <input id="product-name" name="name" type="text" required maxLength={200} />
        </Field>
        <Field id="product-model" label={p.list.model}>
          <input id="product-model" name="model" type="text" maxLength={200} />
        </Field>
        <Field id="product-category" label={p.list.category}>
          <select id="product-category" name="category" required defaultValue="camera">
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {p.categories[c]}
              </option>
            ))}
          </select>
        </Field>
        <div>
          <button type="submit" className="button button--primary">
            {p.list.create}
          </button>
        </div>
        <FormResult result={result} />
      </form>
    </section>
  );
}

export { CATEGORIES };
