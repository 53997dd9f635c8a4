// The page's one <h1>: sets the document title and receives focus after in-app navigation.
import type { ReactNode } from 'react';
import { useFocusHeadingOnNavigation, usePageTitle } from './use-page-title';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  useFocusHeadingOnNavigation();
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
