// One proposal: what it asks, the rule its vote is decided by, the tally (unless hidden until close), the
// vote of the visitor's organisation, the discussion and the record.
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { getJson } from '../../api/client';
import { send, type Comment, type Proposal } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import { decodeParam, paths } from '../../paths';
import { ActionForm, StatusBadge, useDateTime, useStanding, VisibilityBadge } from './common';
import { OpenVotePanel, VotePanel } from './vote-panel';
import { VoteRecordSection } from './vote-record';

interface Data {
  proposal: Proposal;
  comments: Comment[];
}

async function load(id: string, signal: AbortSignal): Promise<Data> {
  const base = `/api/governance/proposals/${encodeURIComponent(id)}`;
  const proposal = await getJson<Proposal>(base, signal);
  const comments = proposal.access === 'full' ? (await getJson<{ items: Comment[] }>(`${base}/comments`, signal)).items : [];
  return { proposal, comments };
}

function Tally({ p }: { p: Proposal }) {
  const g = useGovernanceText();
  if (!p.tally) return p.resultsHidden ? <p>{g.proposals.hidden}</p> : null;
  const t = p.tally;
  return (
    <section aria-labelledby="tally-title">
      <h2 id="tally-title">{g.proposals.tally}</h2>
      <dl className="facts facts--compact tally">
        <div>
          <dt>{g.choices.yes}</dt>
          <dd>{t.yes}</dd>
        </div>
        <div>
          <dt>{g.choices.no}</dt>
          <dd>{t.no}</dd>
        </div>
        <div>
          <dt>{g.choices.abstain}</dt>
          <dd>{t.abstain}</dd>
        </div>
        <div>
          <dt>{g.proposals.notVoted}</dt>
          <dd>{t.notVoted}</dd>
        </div>
      </dl>
    </section>
  );
}

function Discussion({ p, comments, canComment, reload }: { p: Proposal; comments: Comment[]; canComment: boolean; reload(): void }) {
  const g = useGovernanceText();
  const when = useDateTime();
  const [body, setBody] = useState('');
  return (
    <section aria-labelledby="discussion-title">
      <h2 id="discussion-title">{g.proposals.discussion}</h2>
      {comments.length === 0 ? (
        <p>{g.proposals.noComments}</p>
      ) : (
        <ul className="plain-list comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="comment__meta">
                {c.author.name ?? ''}
                {c.organisation ? ` (${c.organisation.name})` : ''} · {when(c.createdAt)}
              </p>
              {c.erased ? <p className="comment__erased">{g.proposals.commentErased}</p> : <p>{c.body}</p>}
            </li>
          ))}
        </ul>
      )}
      {canComment ? (
        <ActionForm
          label={g.proposals.addComment}
          onSubmit={async () => {
            await send('POST', `/api/governance/proposals/${encodeURIComponent(p.id)}/comments`, { body });
            setBody('');
            reload();
          }}
        >
          <div className="field">
            <label htmlFor="proposal-comment">{g.statements.comment}</label>
            <textarea id="proposal-comment" rows={3} required value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
        </ActionForm>
      ) : null}
    </section>
  );
}

export function ProposalPage() {
  const g = useGovernanceText();
  const { t } = useI18n();
  const when = useDateTime();
  const id = decodeParam(useParams<{ id: string }>().id);
  const standing = useStanding();
  const state = useApi(`proposal:${id}`, (signal) => load(id, signal));
  return (
    <Async state={state} pageLevel>
      {({ proposal: p, comments }) => {
        const live = p.status === 'discussion' || p.phase === 'open';
        const statementId = p.kind === 'adopt-statement' && typeof p.payload.statementId === 'string' ? p.payload.statementId : null;
        return (
          <>
            <nav aria-label={t.breadcrumb} className="breadcrumb">
              <ol>
                <li>
                  <Link href={paths.governance()}>{g.nav.governance}</Link>
                </li>
                <li aria-current="page">{p.title}</li>
              </ol>
            </nav>
            <PageHeading title={p.title} />
            <p className="subtitle">
              {g.kinds[p.kind]} · <StatusBadge status={p.phase} /> <VisibilityBadge visibility={p.visibility} />
            </p>
            <dl className="facts">
              {p.proposedFor ? (
                <div>
                  <dt>{g.proposals.proposedFor}</dt>
                  <dd>{p.proposedFor.name}</dd>
                </div>
              ) : null}
              {p.closesAt ? (
                <div>
                  <dt>{g.proposals.closesAt}</dt>
                  <dd>{p.phase === 'open' ? g.proposals.closes(when(p.closesAt)) : g.proposals.closed(when(p.closedAt ?? p.closesAt))}</dd>
                </div>
              ) : null}
              {p.rule ? (
                <div>
                  <dt>{g.proposals.rule}</dt>
                  <dd>
                    {g.thresholds[p.rule.threshold]}
                    {p.rule.quorumPercent > 0 ? `; ${g.proposals.quorum(p.rule.quorumPercent)}` : ''}. {p.rule.decideEarly ? g.proposals.early : ''}
                  </dd>
                </div>
              ) : null}
            </dl>
            {p.body ? <p className="proposal-body">{p.body}</p> : null}
            {statementId ? (
              <p>
                <Link href={paths.statement(statementId)}>{g.statements.title}</Link>
              </p>
            ) : null}
            {p.evidence ? (
              <p className="hint">
                {g.proposals.evidence}: {p.evidence.note}
              </p>
            ) : null}
            {p.result ? (
              <p className="notice" id="outcome">
                {g.proposals.outcome(g.statuses[p.status], p.result.decidedEarly)} {p.result.lapsedBecause ? g.proposals.lapsed(p.result.lapsedBecause) : ''}
              </p>
            ) : null}
            {p.electorate ? <p>{g.proposals.electorate(p.electorate.length)}</p> : null}
            <Tally p={p} />
            {p.canVote ? <VotePanel proposal={p} reload={state.retry} /> : null}
            {p.status === 'discussion' && p.access === 'full' && standing.member && standing.representative ? <OpenVotePanel proposal={p} reload={state.retry} /> : null}
            {p.access === 'full' ? <Discussion p={p} comments={comments} canComment={live && (standing.member || standing.advisor)} reload={state.retry} /> : null}
            {p.access === 'full' && p.openedAt ? <VoteRecordSection proposalId={p.id} version={`${p.status}:${p.tally?.yes ?? ''}:${p.tally?.no ?? ''}:${p.tally?.abstain ?? ''}:${p.myBallot?.at ?? ''}`} /> : null}
          </>
        );
      }}
    </Async>
  );
}
