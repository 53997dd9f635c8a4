// Each page names itself in the tab title. After an in-app navigation, focus moves to the page's heading so
// screen reader users hear where they arrived (a full page load would have done that for them).
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

// The address the visit started on. A page may mount more than once while the first page loads (a provider
// waiting for the session, a lazy route), so "first mount" cannot tell a navigation apart; a new address can.
const startPath = window.location.pathname;
let navigated = false;

export function usePageTitle(title: string | null): void {
  const { t } = useI18n();
  useEffect(() => {
    if (title === null) return;
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
}

/** Call once per page component, on mount: moves focus to <h1> unless this is still the page the visit began on. */
export function useFocusHeadingOnNavigation(): void {
  useEffect(() => {
    if (!navigated && window.location.pathname === startPath) return;
    navigated = true;
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: false });
  }, []);
}
