// The account, administration and curation pages (sign-in, setup, one-time links, the account, invitations,
// organisations, users, outbox, audit log, history and curation forms), loaded on demand: most visitors never
// sign in, and the first page stays small.
import { lazy, Suspense } from 'react';
import { Loading } from '../../components/status';

const AccountRoutes = lazy(() => import('./account-routes'));

export function AccountsSection() {
  return (
    <Suspense fallback={<Loading />}>
      <AccountRoutes />
    </Suspense>
  );
}
