// Talks to the API. Every request goes through `request`: JSON in and out, and every failure becomes an
// ApiError carrying the server's stable error code (or "network_error" when the server could not be reached),
// the details it gave (which field, and a hint) and, for throttled requests, how long to wait, so pages can say
// what went wrong in the reader's language. Writes with the session's CSRF token are in send.ts.
export interface ErrorDetail {
  pointer: string;
  message: string;
  hint?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | readonly string[] | undefined | null>;

/** "/api/x" plus the defined query values; arrays repeat the parameter (?layer=a&layer=b). */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(name, v);
    else params.append(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a FormData is sent as it is (multipart). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** One request to the API: the answer's JSON (undefined when it has no body), or an ApiError. */
export async function request<T>(url: string, { method = 'GET', body, headers = {}, signal }: RequestOptions = {}): Promise<T> {
  const json = body !== undefined && !(body instanceof FormData);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal: signal ?? null,
      headers: { accept: 'application/json', ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body === undefined ? {} : { body: json ? JSON.stringify(body) : (body as FormData) }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw await errorOf(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The server's refusal: its code, message and details; for throttles, the wait from Retry-After or the details. */
async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | null;
  const details = body?.error?.details ?? [];
  const header = Number(response.headers.get('retry-after'));
  const fromDetails = Number(details.find((d) => d.pointer === 'retryAfter')?.message);
  const retry = Number.isFinite(header) && header > 0 ? header : Number.isFinite(fromDetails) && fromDetails > 0 ? fromDetails : null;
  return new ApiError(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? response.statusText, details, retry);
}

export function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return request<T>(url, signal ? { signal } : {});
}

/** Every page of a paginated list (the API gives at most 200 items a page). */
export async function getAllPages<T>(path: string, query: Query, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; ) {
    const page = await getJson<{ items: T[]; total: number }>(apiUrl(path, { ...query, limit: 200, offset }), signal);
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return items;
  }
}
