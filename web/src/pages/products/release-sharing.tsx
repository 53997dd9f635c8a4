// A product's evidence files and a release's share links: listed for the manufacturer's people, uploaded and
// created by its editors. A new share link is shown once; the server keeps only its hash.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { enc, getJson, send, uploadEvidence, type EvidenceFile, type NewShare, type Share } from './api';
import { Field, FormResult, type Outcome } from './parts';
import { useText } from './use-text';

export function EvidenceFiles({ productId, editor }: { productId: string; editor: boolean }) {
  const { p, when } = useText();
  const files = useApi(`evidence:${productId}`, (signal) => getJson<{ items: EvidenceFile[] }>(`/api/products/${enc(productId)}/evidence`, signal));
  const [result, setResult] = useState<Outcome>(null);
  const upload = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const input = e.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const stored = await uploadEvidence(productId, file);
      setResult({ ok: true, text: `${p.saved} ${stored.name}` });
      input.value = '';
      files.retry();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <section aria-labelledby="evidence">
      <h2 id="evidence">{p.release.evidence}</h2>
      <Async state={files}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{p.release.noEvidence}</p>
          ) : (
            <ul>
              {items.map((f) => (
                <li key={f.sha256}>
                  <a href={`/api/products/${enc(productId)}/evidence/${f.sha256}`}>{f.name}</a> <span className="hint">{`${f.mediaType}, ${Math.ceil(f.size / 1024)} KiB, ${when(f.uploadedAt)}`}</span>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      {editor ? (
        <form className="inline-form" onSubmit={upload}>
          <Field id="evidence-file" label={p.release.evidence} hint={p.release.evidenceHint}>
            <input id="evidence-file" name="file" type="file" required aria-describedby="evidence-file-hint" />
          </Field>
          <button type="submit" className="button">
            {p.release.upload}
          </button>
          <FormResult result={result} />
        </form>
      ) : null}
    </section>
  );
}

export function ShareLinks({ releaseId, editor }: { releaseId: string; editor: boolean }) {
  const { p, when } = useText();
  const base = `/api/releases/${enc(releaseId)}/shares`;
  const shares = useApi(`shares:${releaseId}`, (signal) => getJson<{ items: Share[] }>(base, signal));
  const [created, setCreated] = useState<NewShare | null>(null);
  const [result, setResult] = useState<Outcome>(null);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const day = String(new FormData(e.currentTarget).get('expires') ?? '');
    try {
      setCreated(await send<NewShare>('POST', base, { expiresAt: `${day}T23:59:59Z` }));
      setResult(null);
      shares.retry();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  const revoke = async (id: string) => {
    try {
      await send('DELETE', `${base}/${enc(id)}`);
      shares.retry();
    } catch (error) {
      setResult({ ok: false, error });
    }
  };
  return (
    <section aria-labelledby="shares">
      <h2 id="shares">{p.release.shares}</h2>
      <p className="hint">{p.release.sharesHint}</p>
      <Async state={shares}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{p.release.noShares}</p>
          ) : (
            <ul>
              {items.map((s) => (
                <li key={s.id}>
                  {`${p.release.expires} ${when(s.expiresAt)} (${p.release.shareStates[s.state]})`}{' '}
                  {editor && s.state === 'active' ? (
                    <button type="button" className="button" onClick={() => void revoke(s.id)}>
                      {p.release.revoke}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      {created ? (
        <div role="status" className="form-message form-message--ok">
          <p>{p.release.shareCreated}</p>
          <p>
            <a href={created.url}>{created.url}</a>
          </p>
        </div>
      ) : null}
      {editor ? (
        <form className="inline-form" onSubmit={create}>
          <Field id="share-expires" label={p.release.expires}>
            <input id="share-expires" name="expires" type="date" required defaultValue={inAMonth} />
          </Field>
          <button type="submit" className="button">
            {p.release.share}
          </button>
        </form>
      ) : null}
      <FormResult result={result} />
    </section>
  );
}
