// /account/tokens: API tokens for programs. A new token is shown once, in the answer to its creation; the list
// shows only its name, first characters, scopes and use. Scopes name action families the server knows; they
// only narrow what the user's roles allow.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { hasRole, type Role, type SessionInfo } from '../../session/session';
import { getJson, send, type ApiToken } from './api';
import { Done, Field, FormError, SignedInPage, Submit, useSubmit } from './parts';
import { useText } from './use-text';

/** Each choice and the scopes it stands for, offered to those whose roles could use it. */
const CHOICES: { key: string; scopes: string[]; roles: Role[] | null }[] = [
  { key: 'registry', scopes: ['registry'], roles: ['curator', 'administrator'] },
  { key: 'products', scopes: ['products', 'assessments'], roles: ['manufacturer-editor', 'administrator'] },
  { key: 'labels', scopes: ['labels'], roles: ['manufacturer-editor', 'administrator'] },
  { key: 'disclosure', scopes: ['disclosure'], roles: null },
  { key: 'governance', scopes: ['governance'], roles: ['member-representative', 'expert-advisor', 'administrator'] },
  { key: 'account.read', scopes: ['account.read'], roles: null },
  { key: 'administration', scopes: ['users.manage', 'outbox.read', 'audit.read'], roles: ['administrator'] },
];

export function TokensPage() {
  const { a } = useText();
  return <SignedInPage title={a.tokens.title}>{(info) => <Tokens info={info} />}</SignedInPage>;
}

function Tokens({ info }: { info: SessionInfo }) {
  const { a } = useText();
  const tokens = useApi('my-tokens', (signal) => getJson<{ items: ApiToken[] }>('/api/me/tokens', signal));
  const choices = CHOICES.filter((c) => c.roles === null || hasRole(info, ...c.roles));
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<(ApiToken & { token: string }) | null>(null);
  const [noScope, setNoScope] = useState(false);
  const create = useSubmit();
  const revoke = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scopes = [...new Set([...choices.filter((c) => chosen.includes(c.key)).flatMap((c) => c.scopes), ...other.split(/[\s,]+/).filter(Boolean)])];
    setNoScope(scopes.length === 0);
    if (scopes.length === 0) return;
    void create.run(async () => {
      const token = await send<ApiToken & { token: string }>('POST', '/api/me/tokens', { name: name.trim(), scopes, ...(days ? { expiresInDays: Number(days) } : {}) });
      setCreated(token);
      setName('');
      setChosen([]);
      setOther('');
      setDays('');
      tokens.retry();
    });
  };
  return (
    <>
      <PageHeading title={a.tokens.title} />
      <p className="lead">{a.tokens.intro}</p>
      {created ? (
        <section aria-labelledby="new-token-title" className="account-notice account-notice--ok new-token">
          <h2 id="new-token-title">{a.tokens.newToken(created.name)}</h2>
          <p>{a.tokens.shownOnce}</p>
          <p>
            <code id="new-token" className="secret">
              {created.token}
            </code>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="create-token-title" className="account-section">
        <h2 id="create-token-title">{a.tokens.create}</h2>
        <form className="account-form" onSubmit={submit}>
          <Field id="token-name" label={a.tokens.name}>
            <input id="token-name" type="text" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <fieldset className="account-fieldset" aria-describedby={noScope ? 'token-scope-error' : undefined}>
            <legend>{a.tokens.scopes}</legend>
            {choices.map((c) => (
              <label key={c.key} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(c.key)}
                  onChange={(e) => setChosen((now) => (e.target.checked ? [...now, c.key] : now.filter((k) => k !== c.key)))}
                />{' '}
                {a.tokens.scopeLabels[c.key] ?? c.key}
              </label>
            ))}
            <Field id="token-other" label={a.tokens.otherScopes}>
              <input id="token-other" type="text" spellCheck={false} autoCapitalize="none" maxLength={1000} value={other} onChange={(e) => setOther(e.target.value)} />
            </Field>
          </fieldset>
          {noScope ? (
            <p role="alert" id="token-scope-error" className="form-message form-message--error">
              {a.tokens.chooseScope}
            </p>
          ) : null}
          <Field id="token-days" label={a.tokens.expires} hint={a.tokens.expiresHint}>
            <input id="token-days" type="number" min={1} max={366} className="input--short" aria-describedby="token-days-hint" value={days} onChange={(e) => setDays(e.target.value)} />
          </Field>
          <FormError error={create.error} />
          <Submit busy={create.busy} label={a.tokens.submit} />
        </form>
      </section>
      <section aria-labelledby="tokens-title" className="account-section">
        <h2 id="tokens-title">{a.tokens.list}</h2>
        <FormError error={revoke.error} />
        <Done text={revoke.done} />
        <Async state={tokens}>{({ items }) => <TokenList items={items} onRevoke={(t) => void revoke.run(async () => {
          await send('DELETE', `/api/me/tokens/${encodeURIComponent(t.id)}`);
          tokens.retry();
          return a.tokens.revoked;
        })} />}</Async>
      </section>
    </>
  );
}

function TokenList({ items, onRevoke }: { items: ApiToken[]; onRevoke(t: ApiToken): void }) {
  const { a, when } = useText();
  if (items.length === 0) return <p>{a.tokens.none}</p>;
  const now = new Date().toISOString();
  return (
    <ul className="card-list account-cards" id="token-list">
      {items.map((t) => {
        const status = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= now ? 'expired' : 'active';
        return (
          <li key={t.id} className="card">
            <h3 className="card__title">
              {t.name} <span className={`badge badge--token-${status}`}>{a.tokens.status[status]}</span>
            </h3>
            <dl className="facts facts--compact">
              <div>
                <dt>{a.tokens.prefix}</dt>
                <dd>
                  <code>{t.prefix}…</code>
                </dd>
              </div>
              <div>
                <dt>{a.tokens.scopes}</dt>
                <dd>
                  <code>{t.scopes.join(' ')}</code>
                </dd>
              </div>
              <div>
                <dt>{a.tokens.created}</dt>
                <dd>{when(t.createdAt)}</dd>
              </div>
              <div>
                <dt>{a.tokens.lastUsed}</dt>
                <dd>{t.lastUsedAt ? when(t.lastUsedAt) : a.tokens.never}</dd>
              </div>
              <div>
                <dt>{a.tokens.expiresOn}</dt>
                <dd>{t.expiresAt ? when(t.expiresAt) : a.tokens.noExpiry}</dd>
              </div>
            </dl>
            {status === 'active' ? (
              <button type="button" className="button" onClick={() => onRevoke(t)}>
                {a.tokens.revoke(t.name)}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
