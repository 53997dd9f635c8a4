// The disclosure API as the pages use it. Types come from the server's schemas (types only); requests go through
// the one client every section shares (writes made with the session cookie carry its CSRF token).
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
import { getJson, request } from '../../api/client';
import { download } from '../../api/download';
import { send } from '../../api/send';

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

export { getJson, send, download };

/** A case as its finder follows it: the private link's token travels in a header, never in a URL. */
export function followCase(token: string, signal?: AbortSignal): Promise<CaseView> {
  return request<CaseView>('/api/disclosure/follow', { headers: { 'x-case-token': token }, ...(signal ? { signal } : {}) });
}

export function messageViaLink(token: string, body: { text: string; attachments?: { name: string; content: string }[] }): Promise<{ seq: number }> {
  return request('/api/disclosure/follow/messages', { method: 'POST', body, headers: { 'x-case-token': token } });
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
