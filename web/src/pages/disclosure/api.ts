// The disclosure API as the pages use it. Types come from the server's schemas (types only). Writes made with
// the session cookie carry its CSRF token; the private link's token travels in a header, never in a URL.
import type { Static } from 'typebox';
import type {
  AdvisoryDetailSchema,
  AdvisorySummarySchema,
  CaseSummarySchema,
  CaseViewSchema,
  FiledReportSchema,
  OverdueCaseSchema,
  PolicyPageSchema,
  PolicySchema,
  PsirtMemberSchema,
} from '../../../../src/http/routes/disclosure/schema';
import { ApiError, getJson } from '../../api/client';

export type CaseView = Static<typeof CaseViewSchema>;
export type CaseSummary = Static<typeof CaseSummarySchema>;
export type OverdueCase = Static<typeof OverdueCaseSchema>;
export type PolicyPage = Static<typeof PolicyPageSchema>;
export type Policy = Static<typeof PolicySchema>;
export type FiledReport = Static<typeof FiledReportSchema>;
export type AdvisorySummary = Static<typeof AdvisorySummarySchema>;
export type AdvisoryDetail = Static<typeof AdvisoryDetailSchema>;
export type PsirtMember = Static<typeof PsirtMemberSchema>;
export type CaseEvent = CaseView['events'][number];

export interface Session {
  authenticated: boolean;
  csrfToken: string | null;
  user: { id: string; displayName: string; organisationId: string | null; roles: string[] } | null;
  organisation: { id: string; name: string; type: string } | null;
}

export { getJson };

export function getSession(signal?: AbortSignal): Promise<Session> {
  return getJson<Session>('/api/session', signal);
}

async function send<T>(method: string, url: string, body: unknown, headers: Record<string, string>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(response.status, error?.error?.code ?? 'http_error', error?.error?.message ?? response.statusText);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** A write as the signed-in user (session cookie plus its CSRF token), or anonymously when there is no session. */
export function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', url: string, body: unknown, session: Session | null): Promise<T> {
  return send<T>(method, url, body, session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {});
}

export function followCase(token: string, signal?: AbortSignal): Promise<CaseView> {
  return fetch('/api/disclosure/follow', { signal: signal ?? null, headers: { accept: 'application/json', 'x-case-token': token } }).then(async (response) => {
    if (!response.ok) {
      const error = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      throw new ApiError(response.status, error?.error?.code ?? 'http_error', error?.error?.message ?? response.statusText);
    }
    return (await response.json()) as CaseView;
  });
}

export function messageViaLink(token: string, body: { text: string; attachments?: { name: string; content: string }[] }): Promise<{ seq: number }> {
  return send('POST', '/api/disclosure/follow/messages', body, { 'x-case-token': token });
}

/** Fetches an attachment (with whatever proves access) and hands it to the browser as a download. */
export async function download(url: string, name: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new ApiError(response.status, 'download_failed', response.statusText);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Reads files chosen in a form into the API's base64 form. */
export async function readFiles(files: FileList | null): Promise<{ name: string; content: string; size: number }[]> {
  const out: { name: string; content: string; size: number }[] = [];
  for (const file of Array.from(files ?? [])) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    out.push({ name: file.name, content: btoa(binary), size: file.size });
  }
  return out;
}
