// One special interest group: its focus area, working method, targets, participants and dated reports; its
// participants report back, and members (or advisors) may join.
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { getJson } from '../../api/client';
import { send, type SigDetail } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import { decodeParam, paths } from '../../paths';
import { ActionForm, useStanding, VisibilityBadge } from './common';

function ReportForm({ sigId, reload }: { sigId: string; reload(): void }) {
  const g = useGovernanceText();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  return (
    <section aria-labelledby="report-title" className="panel">
      <h2 id="report-title">{g.sigs.report}</h2>
      <ActionForm
        label={g.sigs.submitReport}
        onSubmit={async () => {
          await send('POST', `/api/governance/sigs/${encodeURIComponent(sigId)}/reports`, { title, body });
          setTitle('');
          setBody('');
          reload();
        }}
      >
        <div className="field">
          <label htmlFor="report-title-input">{g.sigs.reportTitle}</label>
          <input id="report-title-input" type="text" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="report-body">{g.sigs.reportBody}</label>
          <textarea id="report-body" rows={5} required value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
      </ActionForm>
    </section>
  );
}

export function SigPage() {
  const g = useGovernanceText();
  const { t, date } = useI18n();
  const id = decodeParam(useParams<{ id: string }>().id);
  const standing = useStanding();
  const state = useApi(`sig:${id}`, (signal) => getJson<SigDetail>(`/api/governance/sigs/${encodeURIComponent(id)}`, signal));
  return (
    <Async state={state} pageLevel>
      {(s) => {
        const participating = s.participants.some((p) => p.kind === 'organisation' && p.id === standing.organisationId);
        const mayJoin = !participating && standing.member && standing.representative;
        return (
          <>
            <nav aria-label={t.breadcrumb} className="breadcrumb">
              <ol>
                <li>
                  <Link href={paths.sigs()}>{g.sigs.title}</Link>
                </li>
                <li aria-current="page">{s.name}</li>
              </ol>
            </nav>
            <PageHeading title={s.name} />
            <p className="subtitle">
              {g.focusAreas[s.focusArea]} <VisibilityBadge visibility={s.visibility} />
            </p>
            {s.description ? <p className="lead">{s.description}</p> : null}
            <h2>{g.sigs.workingMethod}</h2>
            <p>{s.workingMethod || '—'}</p>
            <h2>{g.sigs.targets}</h2>
            <ul>
              {s.targets.map((target, i) => (
                <li key={i}>
                  {target.text}
                  {target.due ? ` (${g.sigs.due(date(target.due))})` : ''}
                </li>
              ))}
            </ul>
            <h2>{g.sigs.participants}</h2>
            <ul>
              {s.participants.map((p, i) => (
                <li key={i}>{p.kind === 'advisor' ? `${p.name ?? ''} (${g.sigs.advisor})` : p.name}</li>
              ))}
            </ul>
            {mayJoin ? (
              <ActionForm
                label={g.sigs.join}
                onSubmit={async () => {
                  await send('POST', `/api/governance/sigs/${encodeURIComponent(s.id)}/participants`);
                  state.retry();
                }}
              >
                {null}
              </ActionForm>
            ) : null}
            <section aria-labelledby="reports-title">
              <h2 id="reports-title">{g.sigs.reports}</h2>
              {s.reports.length === 0 ? (
                <p>{g.sigs.noReports}</p>
              ) : (
                <ul className="plain-list">
                  {s.reports.map((r) => (
                    <li key={r.id}>
                      <h3>
                        {r.title} · {date(r.reportedOn)}
                      </h3>
                      <p>{r.body}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {participating ? <ReportForm sigId={s.id} reload={state.retry} /> : null}
          </>
        );
      }}
    </Async>
  );
}
