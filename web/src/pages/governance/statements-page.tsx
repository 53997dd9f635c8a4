// Statements: the adopted ones (public pages), the drafts the visitor may see, and a new draft for members'
// representatives.
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { getJson } from '../../api/client';
import { send, type Statement, type StatementSummary } from '../../api/governance';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/page-heading';
import { Async } from '../../components/status';
import { useI18n } from '../../i18n/i18n-context';
import { useGovernanceText } from '../../i18n/governance-text';
import { paths } from '../../paths';
import { ActionForm, useStanding, VisibilityBadge } from './common';

function NewDraft() {
  const g = useGovernanceText();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'members-and-advisors' | 'governments-only'>('members-and-advisors');
  const create = async () => {
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
    const s = await send<Statement>('POST', '/api/governance/statements', { title, paragraphs, visibility });
    navigate(paths.statement(s.id));
  };
  return (
    <section aria-labelledby="new-draft-title" className="panel">
      <h2 id="new-draft-title">{g.statements.newDraft}</h2>
      <ActionForm onSubmit={create} label={g.statements.create}>
        <div className="field">
          <label htmlFor="draft-title">{g.statements.draftTitle}</label>
          <input id="draft-title" type="text" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="draft-text">{g.statements.draftText}</label>
          <textarea id="draft-text" required rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="draft-visibility">{g.statements.draftVisibility}</label>
          <select id="draft-visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as typeof visibility)}>
            <option value="members-and-advisors">{g.visibility['members-and-advisors']}</option>
            <option value="governments-only">{g.visibility['governments-only']}</option>
          </select>
        </div>
      </ActionForm>
    </section>
  );
}

export function StatementsPage() {
  const g = useGovernanceText();
  const { date } = useI18n();
  const standing = useStanding();
  const state = useApi('statements', (signal) => getJson<{ items: StatementSummary[] }>('/api/governance/statements', signal));
  return (
    <>
      <PageHeading title={g.statements.title} />
      <p className="lead">{g.statements.intro}</p>
      <Async state={state}>
        {({ items }) => {
          const adopted = items.filter((s) => s.status === 'adopted');
          const drafts = items.filter((s) => s.status !== 'adopted');
          return (
            <>
              <section aria-labelledby="adopted-title">
                <h2 id="adopted-title">{g.statements.adopted}</h2>
                {adopted.length === 0 ? (
                  <p>{g.statements.none}</p>
                ) : (
                  <ul className="plain-list statement-list">
                    {adopted.map((s) => (
                      <li key={s.id}>
                        <Link href={paths.statement(s.id)}>{s.title}</Link> · {g.statements.adoptedOn(date(s.adoptedOn ?? ''))}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {drafts.length > 0 ? (
                <section aria-labelledby="drafts-title">
                  <h2 id="drafts-title">{g.statements.drafts}</h2>
                  <ul className="plain-list statement-list">
                    {drafts.map((s) => (
                      <li key={s.id}>
                        <Link href={paths.statement(s.id)}>{s.title}</Link> · {g.statements.status[s.status]} <VisibilityBadge visibility={s.visibility} />
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          );
        }}
      </Async>
      {standing.member && standing.representative ? <NewDraft /> : !standing.signedIn ? <p className="hint">{g.signInToTakePart}</p> : null}
    </>
  );
}
