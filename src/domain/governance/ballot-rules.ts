// Whether a ballot may be cast, with the reason when not. Refusals are specific, because a representative
// who is turned away must learn why: the vote is not open yet, it has closed, their organisation is not in
// its electorate, or the ballot repeats the one already standing.

import type { Choice } from './tally.js';

export type BallotRefusal =
  | { code: 'vote_not_open'; message: string }
  | { code: 'vote_closed'; message: string }
  | { code: 'not_in_electorate'; message: string }
  | { code: 'not_a_representative'; message: string }
  | { code: 'duplicate_vote'; message: string };

export interface BallotAttempt {
  /** The proposal's status: only an open vote takes ballots. */
  status: string;
  openedAt: string | null;
  closesAt: string | null;
  electorate: readonly string[] | null;
  /** The caller's organisation and whether they hold the member-representative role. */
  organisationId: string | null;
  representative: boolean;
  /** The organisation's standing ballot, if any. */
  standing: Choice | null;
  choice: Choice;
  now: Date;
}

export function checkBallot(a: BallotAttempt): BallotRefusal | null {
  if (!a.representative || a.organisationId === null) {
    return { code: 'not_a_representative', message: 'Only a member representative votes, for their organisation.' };
  }
  if (a.status === 'discussion' || a.openedAt === null || a.closesAt === null || a.electorate === null) {
    return { code: 'vote_not_open', message: 'The vote on this proposal has not opened yet.' };
  }
  if (a.status !== 'open' || a.now.getTime() >= Date.parse(a.closesAt)) {
    const when = a.status === 'open' ? a.closesAt : 'its decision';
    return { code: 'vote_closed', message: `The vote closed (${when}); ballots are no longer accepted.` };
  }
  if (!a.electorate.includes(a.organisationId)) {
    return {
      code: 'not_in_electorate',
      message: 'Your organisation is not in the electorate of this vote: the electorate is the members (able to see the proposal) when the vote opened.',
    };
  }
  if (a.standing === a.choice) {
    return { code: 'duplicate_vote', message: `Your organisation has already voted ${a.choice}; a member has one vote, which it may change until the vote closes.` };
  }
  return null;
}
