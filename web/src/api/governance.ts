// The governance API from the browser: response shapes from the server's TypeBox schemas (types only), and
// writes sent with the session's CSRF token (GET /api/session hands it to the page).
import type { Static } from 'typebox';
import type {
  AdvisorSchema,
  CommentSchema,
  MemberSchema,
  ProposalSchema,
  ProposalSummarySchema,
  RecordSchema,
} from '../../../src/http/routes/governance/schema';
import { ApiError, getJson } from './client';

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

let csrf: Promise<string | null> | null = null;

async function csrfToken(): Promise<string | null> {
  csrf ??= getJson<{ csrfToken: string | null }>('/api/session').then((s) => s.csrfToken, () => null);
  const token = await csrf;
  // Not signed in (yet): ask again next time rather than remember the absence.
  if (token === null) csrf = null;
  return token;
}

/** Sends a write as the signed-in user; failures become an ApiError with the server's code and reason. */
export async function send<T>(method: 'POST' | 'PATCH', url: string, body: unknown = {}): Promise<T> {
  const token = await csrfToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!response.ok) throw new ApiError(response.status, data?.error?.code ?? 'http_error', data?.error?.message ?? response.statusText);
  return data as T;
}
