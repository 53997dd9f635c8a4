// /disclosure/manage: a manufacturer's editors write its disclosure policy and choose its PSIRT members among
// the organisation's users.
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../session/session';
import { getJson, send, type PolicyPage, type PsirtMember } from './api';
import { Field, FormResult, SignInPrompt } from './parts';
import { useText } from './use-text';

export function ManagePage() {
  const { d } = useText();
  const session = useSession();
  const org = session.status === 'ready' && session.info.authenticated ? session.info.organisation : null;
  return (
    <>
      <PageHeading title={d.manage.title} />
      {session.status === 'ready' && !session.info.authenticated ? <SignInPrompt text={d.manage.signIn} /> : null}
      {session.status === 'ready' && session.info.authenticated && org?.type !== 'manufacturer' ? <p>{d.manage.signIn}</p> : null}
      {org && org.type === 'manufacturer' ? <Manage organisationId={org.id} /> : null}
    </>
  );
}

function Manage({ organisationId }: { organisationId: string }) {
  const { d } = useText();
  const base = `/api/disclosure/manufacturers/${encodeURIComponent(organisationId)}`;
  const page = useApi(`manage:${organisationId}`, (signal) => getJson<PolicyPage>(base, signal));
  const psirt = useApi(`psirt:${organisationId}`, (signal) => getJson<{ items: PsirtMember[] }>(`${base}/psirt`, signal));
  const members = useApi(`members:${organisationId}`, (signal) => getJson<{ items: { id: string; displayName: string }[] }>(`/api/organisations/${encodeURIComponent(organisationId)}/members`, signal));
  const [saved, setSaved] = useState<{ ok: true; text: string } | { ok: false; error: unknown } | null>(null);
  const [psirtResult, setPsirtResult] = useState<{ ok: false; error: unknown } | null>(null);

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    try {
      await send('PUT', `${base}/policy`, {
        contactEmail: text('contactEmail') || null,
        contactUrl: text('contactUrl') || null,
        languages: text('languages').split(',').map((l) => l.trim()).filter(Boolean),
        acknowledgementDays: Number(text('acknowledgementDays')),
        assessmentDays: Number(text('assessmentDays')),
        safeHarbour: text('safeHarbour'),
        encryptionUrl: text('encryptionUrl') || null,
        website: text('website') || null,
        listCsaf: data.get('listCsaf') !== null,
      });
      setSaved({ ok: true, text: d.manage.saved });
    } catch (error) {
      setSaved({ ok: false, error });
    }
  };
  const changePsirt = async (method: 'POST' | 'DELETE', userId: string) => {
    try {
      if (method === 'POST') await send('POST', `${base}/psirt`, { userId });
      else await send('DELETE', `${base}/psirt/${encodeURIComponent(userId)}`);
      psirt.retry();
    } catch (error) {
      setPsirtResult({ ok: false, error });
    }
  };

  return (
    <>
      <Async state={page}>
        {({ policy: p }) => (
          <form className="disclosure-form" onSubmit={save}>
            {(
              [
                ['contactEmail', d.manage.contactEmail, 'email', p.contactEmail ?? ''],
                ['contactUrl', d.manage.contactUrl, 'url', p.contactUrl ?? ''],
                ['languages', d.manage.languages, 'text', p.languages.join(', ')],
                ['acknowledgementDays', d.manage.ackDays, 'number', String(p.acknowledgementDays)],
                ['assessmentDays', d.manage.assessDays, 'number', String(p.assessmentDays)],
                ['encryptionUrl', d.manage.encryption, 'text', p.encryptionUrl ?? ''],
                ['website', d.manage.website, 'url', p.website ?? ''],
              ] as const
            ).map(([name, label, type, value]) => (
              <Field key={name} id={`policy-${name}`} label={label}>
                <input id={`policy-${name}`} name={name} type={type} defaultValue={value} {...(type === 'number' ? { min: 1, max: name === 'acknowledgementDays' ? 30 : 90 } : {})} />
              </Field>
            ))}
            <Field id="policy-safeHarbour" label={d.manage.safeHarbour}>
              <textarea id="policy-safeHarbour" name="safeHarbour" rows={5} required minLength={20} defaultValue={p.safeHarbour} />
            </Field>
            <div className="disclosure-check">
              <input id="policy-listCsaf" name="listCsaf" type="checkbox" defaultChecked={p.listCsaf} />
              <label htmlFor="policy-listCsaf">{d.manage.listCsaf}</label>
            </div>
            <FormResult result={saved} />
            <button type="submit" className="button button--primary">
              {d.manage.save}
            </button>
          </form>
        )}
      </Async>
      <section aria-labelledby="psirt-title" className="section">
        <h2 id="psirt-title">{d.manage.psirt}</h2>
        <p>{d.manage.psirtLead}</p>
        <Async state={psirt}>
          {({ items }) => (
            <ul>
              {items.map((m) => (
                <li key={m.userId}>
                  {m.displayName}{' '}
                  <button type="button" className="button" onClick={() => void changePsirt('DELETE', m.userId)}>
                    {d.manage.remove(m.displayName ?? m.userId)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Async>
        {members.status === 'ready' ? (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void changePsirt('POST', String(new FormData(e.currentTarget).get('userId')));
            }}
          >
            <Field id="psirt-user" label={d.manage.member} wide={false}>
              <select id="psirt-user" name="userId">
                {members.data.items.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            </Field>
            <button type="submit" className="button">
              {d.manage.add}
            </button>
          </form>
        ) : null}
        <FormResult result={psirtResult} />
      </section>
    </>
  );
}
