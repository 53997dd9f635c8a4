// /disclosure/cases/:id: a case for its participants: facts and deadlines, the report, attachments, history,
// the next steps (PSIRT), coordination, publication, and messages.
import { useParams } from 'wouter';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/status';
import { PageHeading } from '../../components/page-heading';
import { decodeParam } from '../../paths';
import { useSession } from '../../session/session';
import { download, getJson, send, type CaseView } from './api';
import { Attachments, CaseFacts, ReportContent, Timeline } from './case-parts';
import { InviteForm, PublicationDateForm } from './coordination-forms';
import { MessageForm } from './message-form';
import { PublishForm } from './publish-form';
import { StepForms } from './step-forms';
import { useText } from './use-text';

export function CasePage() {
  const id = decodeParam(useParams<{ id: string }>().id);
  const session = useSession();
  const state = useApi(session.status === 'ready' ? `case:${id}` : null, (signal) => getJson<CaseView>(`/api/disclosure/cases/${encodeURIComponent(id)}`, signal));
  return (
    <Async state={state} pageLevel>
      {(c) => <CaseBody c={c} reload={state.retry} />}
    </Async>
  );
}

function CaseBody({ c, reload }: { c: CaseView; reload(): void }) {
  const { d } = useText();
  const base = `/api/disclosure/cases/${encodeURIComponent(c.id)}`;
  const write = async (method: 'POST' | 'PUT', path: string, body?: unknown) => {
    await send(method, `${base}${path}`, body);
    reload();
  };
  const coordinating = c.viewerRoles.includes('psirt') || c.viewerRoles.includes('coordinator');
  const open = !['published', 'not-reproducible', 'duplicate'].includes(c.state);
  return (
    <>
      <PageHeading title={d.case.title(c.trackingId)} />
      <p className="subtitle">{c.content.title}</p>
      <CaseFacts c={c} />
      {c.viewerRoles.includes('psirt') ? <StepForms c={c} onStep={(body) => write('POST', '/steps', body)} /> : null}
      {c.nextSteps.includes('publish') ? <PublishForm c={c} onPublish={(body) => write('POST', '/advisory', body)} /> : null}
      {coordinating && open ? (
        <section aria-labelledby="coordination-title" className="section">
          <h2 id="coordination-title">{d.case.coordinators}</h2>
          {c.coordinators.length === 0 ? (
            <p>{d.case.noCoordinators}</p>
          ) : (
            <ul>
              {c.coordinators.map((x) => (
                <li key={x.userId}>
                  {x.name} ({x.organisation})
                </li>
              ))}
            </ul>
          )}
          <PublicationDateForm c={c} onMove={(date, reason) => write('PUT', '/publication-date', { date, reason })} />
          <InviteForm c={c} onInvite={(userId) => write('POST', '/coordinators', { userId })} />
        </section>
      ) : null}
      <ReportContent c={c} title={d.case.report} />
      <Attachments c={c} onDownload={(attachmentId, name) => void download(`${base}/attachments/${encodeURIComponent(attachmentId)}`, name)} />
      <Timeline c={c} />
      <MessageForm allowInternal={coordinating} onSend={(draft) => write('POST', '/messages', draft)} />
    </>
  );
}
