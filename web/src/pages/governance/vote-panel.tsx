// Opening a vote and casting (or changing) a member organisation's vote, for its representative.
import { useState } from 'react';
import { send, type Choice, type Proposal } from '../../api/governance';
import { useGovernanceText } from '../../i18n/governance-text';
import { ActionForm, useDateTime } from './common';

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

export function VotePanel({ proposal, reload }: { proposal: Proposal; reload(): void }) {
  const g = useGovernanceText();
  const when = useDateTime();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [done, setDone] = useState(false);
  const mine = proposal.myBallot;
  return (
    <section aria-labelledby="vote-title" className="panel">
      <h2 id="vote-title">{g.proposals.voteTitle}</h2>
      {mine ? <p>{g.proposals.yourVote(g.choices[mine.choice], when(mine.at))}</p> : null}
      {done ? (
        <p role="status">{g.proposals.voted}</p>
      ) : null}
      <ActionForm
        label={mine ? g.proposals.changeVote : g.proposals.castVote}
        onSubmit={async () => {
          if (!choice) return;
          await send('POST', `/api/governance/proposals/${encodeURIComponent(proposal.id)}/ballots`, { choice });
          setDone(true);
          reload();
        }}
      >
        <fieldset className="choice-group">
          <legend>{proposal.title}</legend>
          {CHOICES.map((c) => (
            <label key={c} className="choice">
              <input type="radio" name="choice" value={c} required checked={choice === c} onChange={() => setChoice(c)} /> {g.choices[c]}
            </label>
          ))}
        </fieldset>
      </ActionForm>
    </section>
  );
}

function inTwoWeeks(): string {
  const d = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000);
  return d.toISOString().slice(0, 16);
}

export function OpenVotePanel({ proposal, reload }: { proposal: Proposal; reload(): void }) {
  const g = useGovernanceText();
  const [closesAt, setClosesAt] = useState(inTwoWeeks);
  return (
    <section aria-labelledby="open-title" className="panel">
      <h2 id="open-title">{g.proposals.openTitle}</h2>
      <p>{g.proposals.openHelp}</p>
      <ActionForm
        label={g.proposals.open}
        onSubmit={async () => {
          await send('POST', `/api/governance/proposals/${encodeURIComponent(proposal.id)}/open`, { closesAt: new Date(`${closesAt}:00Z`).toISOString() });
          reload();
        }}
      >
        <div className="field">
          <label htmlFor="closes-at">{g.proposals.closesAt} (UTC)</label>
          <input id="closes-at" type="datetime-local" required value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
        </div>
      </ActionForm>
    </section>
  );
}
