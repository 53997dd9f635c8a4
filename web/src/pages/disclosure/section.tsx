// The disclosure section of the application (/disclosure, /advisories, /security), loaded on demand so the
// first page of the site stays light.
import { lazy, Suspense } from 'react';
import { Loading } from '../../components/status';

const DisclosureRoutes = lazy(() => import('./disclosure-routes'));

export function DisclosureSection() {
  return (
    <Suspense fallback={<Loading />}>
      <DisclosureRoutes />
    </Suspense>
  );
}
