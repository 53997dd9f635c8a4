// Files for the visitor to keep: one the API serves (fetched with the session cookie, or whatever headers prove
// access), or one the page made itself (recovery codes, a CSV), handed to the browser as a download.
import { ApiError } from './client';

export async function download(url: string, name: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new ApiError(response.status, 'download_failed', response.statusText);
  saveBlob(await response.blob(), name);
}

export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the address after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
