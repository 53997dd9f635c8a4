// One statement. The public reads the adopted text; those who may see the drafting read the current draft,
// comment on each paragraph, revise it (a new version) and put it to a vote.
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { getJson } from '../../api/client';
import { send, type Statement, type StatementComment } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import { decodeParam, paths } from '../../paths';
import { ActionForm, ParagraphText, useDateTime, useStanding, VisibilityBadge } from './common';

interface Data {
  statement: Statement;
  comments: StatementComment[];
}

async function load(id: string, signal: AbortSignal): Promise<Data> {
  const statement = await getJson<Statement>(`/api/governance/statements/${encodeURIComponent(id)}`, signal);
  const comments = statement.access === 'drafting' && statement.status !== 'adopted' ? (await getJson<{ items: StatementComment[] }>(`/api/governance/statements/${encodeURIComponent(id)}/comments`, signal)).items : [];
  return { statement, comments };
}

function ParagraphComments({ statement, paragraphId, index, comments, canComment, reload }: { statement: Statement; paragraphId: string; index: number; comments: StatementComment[]; canComment: boolean; reload(): void }) {
  const g = useGovernanceText();
  const when = useDateTime();
  const [body, setBody] = useState('');
  const mine = comments.filter((c) => c.paragraphId === paragraphId);
  return (
    <details className="paragraph-comments">
      <summary>{g.statements.comments(mine.length)}</summary>
      <ul className="plain-list">
        {mine.map((c) => (
          <li key={c.id}>
            <p className="comment__meta">
              {c.author.name ?? ''}
              {c.organisation ? ` (${c.organisation.name})` : ''} · {g.statements.version(c.version)} · {when(c.createdAt)}
            </p>
            {c.erased ? <p className="comment__erased">{g.proposals.commentErased}</p> : <p>{c.body}</p>}
          </li>
        ))}
      </ul>
      {canComment ? (
        <ActionForm
          label={g.statements.addComment}
          onSubmit={async () => {
            await send('POST', `/api/governance/statements/${encodeURIComponent(statement.id)}/comments`, { version: statement.text.version, paragraphId, body });
            setBody('');
            reload();
          }}
        >
          <div className="field">
            <label htmlFor={`comment-${paragraphId}`}>{g.statements.commentOn(index + 1)}</label>
            <textarea id={`comment-${paragraphId}`} rows={3} required value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
        </ActionForm>
      ) : null}
    </details>
  );
}

function Revise({ statement, reload }: { statement: Statement; reload(): void }) {
  const g = useGovernanceText();
  const [texts, setTexts] = useState(statement.text.paragraphs.map((p) => p.text));
  const [note, setNote] = useState('');
  return (
    <section aria-labelledby="revise-title" className="panel">
      <h2 id="revise-title">{g.statements.revise}</h2>
      <p>{g.statements.reviseHelp}</p>
      <ActionForm
        label={g.statements.saveVersion}
        onSubmit={async () => {
          const paragraphs = texts.map((text, i) => ({ id: statement.text.paragraphs[i]?.id ?? null, text })).filter((p) => p.text.trim() !== '');
          await send('POST', `/api/governance/statements/${encodeURIComponent(statement.id)}/versions`, { baseVersion: statement.text.version, paragraphs, note: note || null });
          reload();
        }}
      >
        {texts.map((text, i) => (
          <div className="field" key={i}>
            <label htmlFor={`revise-${i}`}>{g.statements.paragraph(i + 1)}</label>
            <textarea id={`revise-${i}`} rows={4} value={text} onChange={(e) => setTexts(texts.map((t, j) => (j === i ? e.target.value : t)))} />
          </div>
        ))}
        <p>
          <button type="button" className="button" onClick={() => setTexts([...texts, ''])}>
            {g.statements.addParagraph}
          </button>
        </p>
        <div className="field">
          <label htmlFor="revise-note">{g.statements.revisionNote}</label>
          <input id="revise-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </ActionForm>
    </section>
  );
}

export function StatementPage() {
  const g = useGovernanceText();
  const { date, t } = useI18n();
  const [, navigate] = useLocation();
  const id = decodeParam(useParams<{ id: string }>().id);
  const standing = useStanding();
  const state = useApi(`statement:${id}`, (signal) => load(id, signal));
  return (
    <Async state={state} pageLevel>
      {({ statement: s, comments }) => {
        const drafting = s.access === 'drafting' && s.status !== 'adopted';
        const canComment = drafting && (standing.member || standing.advisor);
        const canWrite = drafting && s.status === 'drafting' && standing.member && standing.representative;
        return (
          <>
            <nav aria-label={t.breadcrumb} className="breadcrumb">
              <ol>
                <li>
                  <Link href={paths.statements()}>{g.nav.statements}</Link>
                </li>
                <li aria-current="page">{s.title}</li>
              </ol>
            </nav>
            <PageHeading title={s.title} />
            <p className="subtitle">
              {s.status === 'adopted' && s.adoptedOn ? g.statements.adoptedOn(date(s.adoptedOn)) : `${g.statements.status[s.status]} · ${g.statements.version(s.text.version)}`}{' '}
              {s.status !== 'adopted' ? <VisibilityBadge visibility={s.visibility} /> : null}
            </p>
            {s.recordNote ? <p className="hint">{s.recordNote}</p> : null}
            {s.status === 'voting' && s.proposalId ? (
              <p className="notice">
                {g.statements.voting} <Link href={paths.proposal(s.proposalId)}>{g.statements.viewProposal}</Link>
              </p>
            ) : null}
            <ol className="statement-text">
              {s.text.paragraphs.map((p, i) => (
                <li key={p.id} id={`paragraph-${p.id}`}>
                  <ParagraphText text={p.text} />
                  {drafting ? <ParagraphComments statement={s} paragraphId={p.id} index={i} comments={comments} canComment={canComment} reload={state.retry} /> : null}
                </li>
              ))}
            </ol>
            {drafting && s.versions.length > 1 ? (
              <section aria-labelledby="versions-title">
                <h2 id="versions-title">{g.statements.versions}</h2>
                <ul className="plain-list">
                  {s.versions.map((v) => (
                    <li key={v.version}>
                      {g.statements.version(v.version)} · {date(v.createdAt.slice(0, 10))}
                      {v.note ? ` · ${v.note}` : ''}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {canWrite ? (
              <>
                <Revise key={s.text.version} statement={s} reload={state.retry} />
                <ActionForm
                  label={g.statements.putToVote}
                  onSubmit={async () => {
                    const p = await send<{ id: string }>('POST', `/api/governance/statements/${encodeURIComponent(s.id)}/adoption`, {});
                    navigate(paths.proposal(p.id));
                  }}
                >
                  {null}
                </ActionForm>
              </>
            ) : null}
          </>
        );
      }}
    </Async>
  );
}
