// Each page names itself in the tab title. After an in-app navigation, focus moves to the page's heading so
// screen reader users hear where they arrived (a full page load would have done that for them).
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

let firstPage = true;

export function usePageTitle(title: string | null): void {
  const { t } = useI18n();
  useEffect(() => {
    if (title === null) return;
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
}

/** Call once per page component, on mount: moves focus to <h1> unless this is the first page loaded. */
export function useFocusHeadingOnNavigation(): void {
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: false });
  }, []);
}
