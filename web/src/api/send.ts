// Writes to the API as the signed-in user: every write made with the session cookie carries the session's CSRF
// token (X-CSRF-Token); without a session it goes as the public's (sign-in, one-time links, anonymous reports).
import { csrfToken } from '../session/session';
import { request } from './client';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A JSON body (or a FormData, sent as multipart); the answer's JSON, or an ApiError with the server's reasons. */
export async function send<T>(method: WriteMethod, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const token = await csrfToken();
  return request<T>(url, { method, body, headers: { ...(token ? { 'x-csrf-token': token } : {}), ...headers } });
}
