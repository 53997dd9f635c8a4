// /releases/:id: one release: its profile, its conformance to every framework (recomputed when its declaration
// or the registry changes), its reports, its declaration, evidence files and share links.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { hasRole, useSession } from '../../session/session';
import { enc, getJson, send, type ProductDetail, type Release, type Report } from './api';
import { Field, FormResult, VerdictBadge, type Outcome } from './parts';
import { ReleaseProfile } from './release-profile';
import { EvidenceFiles, ShareLinks } from './release-sharing';
import { productPaths } from './product-paths';
import { useText } from './use-text';

export function ReleasePage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const release = useApi(`release:${id}`, (signal) => getJson<Release>(`/api/releases/${enc(id)}`, signal));
  return (
    <Async state={release} pageLevel>
      {(r) => <ReleaseView initial={r} />}
    </Async>
  );
}

function ReleaseView({ initial }: { initial: Release }) {
  const { p } = useText();
  // Kept here, not reloaded through useApi, so a save refreshes the page without unmounting its forms (and
  // their confirmations). A new declaration revision makes the results below load again.
  const [release, setRelease] = useState(initial);
  const reload = () => void getJson<Release>(`/api/releases/${enc(release.id)}`).then(setRelease, () => {});
  const session = useSession();
  const editor = hasRole(session.info, 'manufacturer-editor');
  const product = useApi(`product:${release.productId}`, (signal) => getJson<ProductDetail>(`/api/products/${enc(release.productId)}`, signal));
  const name = product.data?.product.name ?? '';
  return (
    <>
      <PageHeading title={p.release.title(name, release.version)} />
      <p>
        <Link href={productPaths.product(release.productId)}>{p.release.back}</Link>
      </p>
      <Results release={release} />
      <ReleaseProfile release={release} editor={editor} onSaved={reload} />
      <Declaration release={release} editor={editor} onSaved={reload} />
      {product.data && product.data.releases.length > 1 ? <CompareForm release={release} others={product.data.releases.filter((r) => r.id !== release.id)} /> : null}
      <EvidenceFiles productId={release.productId} editor={editor} />
      <ShareLinks releaseId={release.id} editor={editor} />
    </>
  );
}

function Results({ release }: { release: Release }) {
  const { p, when } = useText();
  // Summary detail is enough here; reading it also brings the recorded assessment up to date.
  const report = useApi(`assessment:${release.id}:${release.declarationRevision}`, (signal) => getJson<Report>(`/api/releases/${enc(release.id)}/assessment?detail=summary`, signal));
  const base = `/api/releases/${enc(release.id)}/assessment`;
  return (
    <section aria-labelledby="results">
      <h2 id="results">{p.release.results}</h2>
      <Async state={report}>
        {(r) => (
          <>
            <p className="hint">{p.release.assessedAt(when(r.assessedAt), r.bundleVersion ?? '?', r.baseline.version)}</p>
            <DataTable caption={p.release.resultsCaption} columns={[p.release.framework, p.release.verdict, p.release.met, p.release.failing, p.release.open, p.release.followUp]}>
              {r.frameworks.map((f) => (
                <tr key={f.framework}>
                  <th scope="row">
                    <Link href={productPaths.results(release.id, f.framework)}>{f.shortName}</Link>
                  </th>
                  <td>
                    <VerdictBadge verdict={f.verdict} />
                  </td>
                  <td className="num">{`${f.deciding.met} / ${f.deciding.applicable}`}</td>
                  <td className="num">{f.deciding.failing}</td>
                  <td className="num">{f.deciding.open}</td>
                  <td className="num">{f.followUp.length > 0 ? <Link href={productPaths.results(release.id, f.framework, '?followUp=true')}>{f.followUp.length}</Link> : 0}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </Async>
      <h3>{p.release.downloads}</h3>
      <ul className="inline-list">
        <li>
          <a href={`${base}/report.html`}>{p.release.html}</a>
        </li>
        <li>
          <a href={`${base}/report.pdf`}>{p.release.pdf}</a>
        </li>
        <li>
          <a href={`${base}/results.csv`}>{p.release.csv}</a>
        </li>
        <li>
          <a href={`${base}/oscal.json`}>{p.release.oscal}</a>
        </li>
        <li>
          <a href={`/api/releases/${enc(release.id)}/declaration?download=true`}>{p.release.declarationFile}</a>
        </li>
      </ul>
    </section>
  );
}

function Declaration({ release, editor, onSaved }: { release: Release; editor: boolean; onSaved(): void }) {
  const { p } = useText();
  const [result, setResult] = useState<Outcome>(null);
  const upload = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem('declaration') as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const body: unknown = JSON.parse(await file.text());
      await send('PUT', `/api/releases/${enc(release.id)}/declaration`, body);
      setResult({ ok: true, text: p.saved });
      onSaved();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <section aria-labelledby="declaration">
      <h2 id="declaration">{p.release.declaration}</h2>
      <p>
        <Link href={productPaths.declaration(release.id)}>{p.release.answerBaseline}</Link>
      </p>
      {editor ? (
        <form className="product-form" onSubmit={upload}>
          <Field id="declaration-file" label={p.release.uploadDeclaration} hint={p.release.uploadHint}>
            <input id="declaration-file" name="declaration" type="file" accept="application/json,.json" required aria-describedby="declaration-file-hint" />
          </Field>
          <div>
            <button type="submit" className="button">
              {p.release.upload}
            </button>
          </div>
          <FormResult result={result} intro={p.release.refused} />
        </form>
      ) : null}
      <ul className="inline-list">
        <li>
          <a href="/api/schemas/declaration-template.json?download=true">{p.release.template}</a>
        </li>
        <li>
          <a href="/api/schemas/declaration.json">{p.release.schema}</a>
        </li>
      </ul>
    </section>
  );
}

function CompareForm({ release, others }: { release: Release; others: Release[] }) {
  const { p } = useText();
  const [, navigate] = useLocation();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(productPaths.compare(release.id, String(new FormData(e.currentTarget).get('with'))));
  };
  return (
    <section aria-labelledby="compare">
      <h2 id="compare">{p.release.compare}</h2>
      <form className="inline-form" onSubmit={submit}>
        <Field id="compare-with" label={p.release.compareWith}>
          <select id="compare-with" name="with">
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.version}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button">
          {p.compare.show}
        </button>
      </form>
    </section>
  );
}
