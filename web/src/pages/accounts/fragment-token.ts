// One-time links carry their token in the URL fragment (/setup#token=...), which browsers never send to the
// server, so it stays out of access logs and Referer headers. The page reads it once, then takes it out of the
// address bar and the history, so it is not left on screen or in a shared screenshot.
import { useEffect, useState } from 'react';

// Kept once read: React may render a page twice in development, and the second render finds the address clean.
let taken: { path: string; token: string } | null = null;

export function readFragmentToken(): string | null {
  const { pathname, search, hash } = window.location;
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  if (token !== null) {
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    taken = token.length >= 16 ? { path: pathname, token } : null;
  }
  return taken?.path === pathname ? taken.token : null;
}

/** The token of the link this page was opened with, or of one pasted into the address bar while it is open. */
export function useFragmentToken(): string | null {
  const [token, setToken] = useState(readFragmentToken);
  useEffect(() => {
    // Following a link to the same page with another fragment does not load the page again.
    const onHashChange = () => {
      if (window.location.hash.includes('token=')) setToken(readFragmentToken());
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return token;
}
