// /organisations: the organisations people act for (public), and for administrators a form to register one.
// /organisations/:id: one organisation, its people (to its own people and administrators), a way to invite
// into it, and for administrators a form to correct it.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { decodeParam } from '../../paths';
import { accountPaths } from '../../session/account-paths';
import { hasRole, useSession } from '../../session/session';
import { getJson, listOrganisations, send, type Organisation, type OrganisationMember } from './api';
import { EMPTY_ORGANISATION, OrganisationFields, organisationBody } from './organisation-fields';
import { Done, FormError, Submit, useRoleNames, useSubmit } from './parts';
import { useText } from './use-text';

export function OrganisationsPage() {
  const { a } = useText();
  const { jurisdiction } = useI18n();
  const { info } = useSession();
  const organisations = useApi('organisations', listOrganisations);
  const [draft, setDraft] = useState(EMPTY_ORGANISATION);
  const { busy, error, done, run } = useSubmit();
  const register = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const created = await send<Organisation>('POST', '/api/organisations', organisationBody(draft));
      setDraft(EMPTY_ORGANISATION);
      organisations.retry();
      return a.organisations.created(created.name);
    });
  };
  return (
    <>
      <PageHeading title={a.organisations.title} />
      <p className="lead">{a.organisations.intro}</p>
      {hasRole(info, 'administrator') ? (
        <section aria-labelledby="register-title" className="account-section">
          <h2 id="register-title">{a.organisations.register}</h2>
          <form className="account-form" onSubmit={register}>
            <OrganisationFields prefix="register" value={draft} onChange={setDraft} nameLabel={a.organisations.name} />
            <FormError error={error} />
            <Done text={done} />
            <Submit busy={busy} label={a.organisations.submit} />
          </form>
        </section>
      ) : null}
      <Async state={organisations}>
        {(items) => (
          <ul className="link-list organisation-list">
            {[...items].sort((x, y) => x.name.localeCompare(y.name)).map((o) => (
              <li key={o.id}>
                <Link href={accountPaths.organisation(o.id)}>{o.name}</Link>
                <span className="hint">
                  {' '}
                  · {a.organisationTypes[o.type]} · {jurisdiction(o.country)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </>
  );
}

export function OrganisationPage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const url = `/api/organisations/${encodeURIComponent(id)}`;
  const organisation = useApi(url, (signal) => getJson<Organisation>(url, signal));
  return <Async state={organisation} pageLevel>{(o) => <OrganisationView organisation={o} />}</Async>;
}

function OrganisationView({ organisation }: { organisation: Organisation }) {
  const { a } = useText();
  // A correction answers with the organisation as saved, shown at once.
  const [o, setO] = useState(organisation);
  const { jurisdiction } = useI18n();
  const { info } = useSession();
  const admin = hasRole(info, 'administrator');
  const own = info.organisation?.id === o.id && !info.mustEnrolTotp;
  const inviter = admin || (own && hasRole(info, 'member-representative', 'manufacturer-editor'));
  return (
    <>
      <nav aria-label={a.organisations.title} className="breadcrumb">
        <ol>
          <li>
            <Link href={accountPaths.organisations()}>{a.organisations.title}</Link>
          </li>
          <li aria-current="page">{o.name}</li>
        </ol>
      </nav>
      <PageHeading title={o.name} />
      <p className="subtitle">
        {a.organisationTypes[o.type]} · {jurisdiction(o.country)}
      </p>
      <section aria-labelledby="people-title" className="account-section">
        <h2 id="people-title">{a.organisations.people}</h2>
        {admin || own ? <People organisationId={o.id} /> : <p>{a.organisations.notVisible}</p>}
        {inviter ? (
          <p>
            <Link href={`${accountPaths.invitations()}?organisation=${encodeURIComponent(o.id)}`} className="button">
              {a.organisations.invite}
            </Link>
          </p>
        ) : null}
      </section>
      {admin ? <Correct organisation={o} onSaved={setO} /> : null}
    </>
  );
}

function People({ organisationId }: { organisationId: string }) {
  const { a } = useText();
  const roleNames = useRoleNames();
  const url = `/api/organisations/${encodeURIComponent(organisationId)}/members`;
  const people = useApi(url, (signal) => getJson<{ items: OrganisationMember[] }>(url, signal));
  return (
    <>
      <p>{a.organisations.peopleIntro}</p>
      <Async state={people}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{a.organisations.noPeople}</p>
          ) : (
            <ul className="link-list" id="people-list">
              {items.map((p) => (
                <li key={p.id}>
                  <strong>{p.displayName}</strong> <span className="hint">· {roleNames(p.roles)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </>
  );
}

function Correct({ organisation, onSaved }: { organisation: Organisation; onSaved(o: Organisation): void }) {
  const { a } = useText();
  const [draft, setDraft] = useState({ name: organisation.name, type: organisation.type, country: organisation.country });
  const { busy, error, done, run } = useSubmit();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      onSaved(await send<Organisation>('PATCH', `/api/organisations/${encodeURIComponent(organisation.id)}`, organisationBody(draft)));
      return a.common.saved;
    });
  };
  return (
    <section aria-labelledby="correct-title" className="account-section">
      <h2 id="correct-title">{a.organisations.correct}</h2>
      <form className="account-form" onSubmit={save}>
        <OrganisationFields prefix="correct" value={draft} onChange={setDraft} nameLabel={a.organisations.name} />
        <FormError error={error} />
        <Done text={done} />
        <Submit busy={busy} label={a.organisations.save} kind="plain" />
      </form>
    </section>
  );
}
