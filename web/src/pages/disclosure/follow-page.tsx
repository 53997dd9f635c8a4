// /disclosure/follow#<token>: the reporter's private page. The token stays in the address's fragment, which
// browsers never send to a server, and goes to the API in a header.
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { ApiError } from '../../api/client';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { download, followCase, messageViaLink } from './api';
import { Attachments, CaseFacts, ReportContent, Timeline } from './case-parts';
import { MessageForm } from './message-form';
import { useText } from './use-text';

export function FollowPage() {
  const { d } = useText();
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#(token=)?/, '')));
  const state = useApi(token ? `follow:${token.slice(0, 8)}` : null, (signal) => followCase(token, signal));
  if (!token) {
    return (
      <>
        <PageHeading title={d.section} />
        <p role="alert">{d.follow.missing}</p>
      </>
    );
  }
  if (state.status === 'error' && state.error instanceof ApiError && state.error.code === 'invalid_token') {
    return (
      <>
        <PageHeading title={d.section} />
        <p role="alert">{d.follow.invalid}</p>
      </>
    );
  }
  return (
    <Async state={state} pageLevel>
      {(c) => (
        <>
          <PageHeading title={d.follow.title(c.trackingId)} />
          <CaseFacts c={c} reporter />
          <ReportContent c={c} title={d.follow.report} />
          <Attachments c={c} onDownload={(id, name) => void download(`/api/disclosure/follow/attachments/${encodeURIComponent(id)}`, name, { 'x-case-token': token })} />
          <Timeline c={c} />
          <MessageForm
            allowInternal={false}
            onSend={async (draft) => {
              await messageViaLink(token, { text: draft.text, attachments: draft.attachments });
              state.retry();
            }}
          />
        </>
      )}
    </Async>
  );
}
