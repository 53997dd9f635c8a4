// The governance API from the browser: response shapes from the server's TypeBox schemas (types only), and
// writes through the shared client with the session's CSRF token (see send.ts).
import type { Static } from 'typebox';
import type {
  AdvisorSchema,
  CommentSchema,
  MemberSchema,
  ProposalSchema,
  ProposalSummarySchema,
  RecordSchema,
} from '../../../src/http/routes/governance/schema';
import { getJson } from './client';
import { send as sendWrite } from './send';

export type Member = Static<typeof MemberSchema>;
export type Advisor = Static<typeof AdvisorSchema>;
export type ProposalSummary = Static<typeof ProposalSummarySchema>;
export type Proposal = Static<typeof ProposalSchema>;
export type VoteRecord = Static<typeof RecordSchema>;
export type Comment = Static<typeof CommentSchema>;
export type Choice = 'yes' | 'no' | 'abstain';

export interface Standing {
  signedIn: boolean;
  organisationId: string | null;
  member: boolean;
  advisor: boolean;
  representative: boolean;
  governmentMember: boolean;
  administrator: boolean;
  mayApply: boolean;
}

export interface Paragraph {
  id: string;
  text: string;
}

export interface StatementSummary {
  id: string;
  title: string;
  status: 'drafting' | 'voting' | 'adopted' | 'withdrawn';
  visibility: 'public' | 'members-and-advisors' | 'governments-only';
  access: 'drafting' | 'published';
  currentVersion: number | null;
  adoptedVersion: number | null;
  adoptedOn: string | null;
  proposalId: string | null;
  recordNote: string | null;
}

export interface Statement extends StatementSummary {
  text: { version: number; title: string; paragraphs: Paragraph[]; note: string | null; createdAt: string };
  versions: { version: number; title: string; createdAt: string; note: string | null }[];
  commentCounts: Record<string, number>;
}

export interface StatementComment extends Comment {
  version: number;
  paragraphId: string;
}

export interface Sig {
  id: string;
  name: string;
  focusArea: 'certification-regimes' | 'trusted-supply-chain' | 'trusted-identity' | 'other';
  description: string;
  workingMethod: string;
  targets: { text: string; due: string | null }[];
  visibility: StatementSummary['visibility'];
  createdAt: string;
  updatedAt: string;
}

export interface SigDetail extends Sig {
  participants: { kind: 'organisation' | 'advisor'; id: string; name: string | null; joinedAt: string }[];
  reports: { id: string; title: string; body: string; reportedOn: string; createdAt: string }[];
}

export interface CharterTerm {
  id: string;
  startsOn: string;
  endsOn: string;
  goals: string[];
  deliverables: string[];
  source: string;
  proposalId: string | null;
}

export const getStanding = (signal?: AbortSignal) => getJson<Standing>('/api/governance/standing', signal);

/** Sends a write as the signed-in user (a body of {} when none is given); failures become an ApiError. */
export function send<T>(method: 'POST' | 'PATCH', url: string, body: unknown = {}): Promise<T> {
  return sendWrite<T>(method, url, body);
}
