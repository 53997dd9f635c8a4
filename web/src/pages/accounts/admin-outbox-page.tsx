// /admin/outbox: the mail the Platform wrote, newest first, for administrators. Without SMTP this is where
// invitations and reset links wait to be passed on, so the bodies are shown whole, with their links usable.
import { Fragment } from 'react';
import { useSearch } from 'wouter';
import { apiUrl } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { pageFrom, Pagination } from '../../components/pagination';
import { Async } from '../../components/status';
import { accountPaths } from '../../session/account-paths';
import { getJson, type OutboxMessage, type Page } from './api';
import { SignedInPage } from './parts';
import { useText } from './use-text';

const PAGE_SIZE = 20;

export function AdminOutboxPage() {
  const { ad } = useText();
  return (
    <SignedInPage title={ad.outbox.title} roles={['administrator']}>
      {() => <Outbox />}
    </SignedInPage>
  );
}

function Outbox() {
  const { ad, when } = useText();
  const page = pageFrom(new URLSearchParams(useSearch()).get('page'));
  const url = apiUrl('/api/admin/outbox', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const state = useApi(url, (signal) => getJson<Page<OutboxMessage>>(url, signal));
  return (
    <>
      <PageHeading title={ad.outbox.title} />
      <p className="lead">{ad.outbox.intro}</p>
      <p className="account-notice">{ad.outbox.warning}</p>
      <Async state={state}>
        {(data) =>
          data.total === 0 ? (
            <p>{ad.outbox.none}</p>
          ) : (
            <>
              <ul className="card-list account-cards" id="outbox-list">
                {data.items.map((m) => (
                  <li key={m.id} className="card outbox-message">
                    <h2 className="card__title h3">{m.subject}</h2>
                    <dl className="facts facts--compact">
                      <div>
                        <dt>{ad.outbox.to}</dt>
                        <dd>{m.to ?? ad.outbox.noRecipient}</dd>
                      </div>
                      <div>
                        <dt>{ad.outbox.purpose}</dt>
                        <dd>{ad.outbox.purposes[m.purpose] ?? m.purpose}</dd>
                      </div>
                      <div>
                        <dt>{ad.outbox.status}</dt>
                        <dd>{ad.outbox.statuses[m.status] ?? m.status}</dd>
                      </div>
                      <div>
                        <dt>{ad.outbox.written}</dt>
                        <dd>{when(m.createdAt)}</dd>
                      </div>
                      {m.sentAt ? (
                        <div>
                          <dt>{ad.outbox.sentAt}</dt>
                          <dd>{when(m.sentAt)}</dd>
                        </div>
                      ) : null}
                    </dl>
                    {m.error ? (
                      <p className="form-message form-message--error">
                        {ad.outbox.error}: <span lang="en">{m.error}</span>
                      </p>
                    ) : null}
                    {/* The mail is written in English, whatever the reader's language. */}
                    <pre className="mail-body" lang="en">
                      <Linked text={m.body} />
                    </pre>
                  </li>
                ))}
              </ul>
              <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} hrefFor={(p) => `${accountPaths.outbox()}?page=${p}`} />
            </>
          )
        }
      </Async>
    </>
  );
}

/** The text with its web addresses as links (one-time links open the page that uses them). */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="mail-link">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
