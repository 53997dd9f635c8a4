// The header's account controls: "Sign in" for the public; the user's name (their account page) and "Sign out"
// once signed in. Until a user whose role needs two factors has enrolled, a notice under the header says so on
// every page, since the server refuses them everything else.
import { Link, useLocation } from 'wouter';
import { accountPaths } from './account-paths';
import { csrfToken, reloadAt, useSession } from './session';
import { useSessionText } from './session-text';
import './session.css';

async function signOut(): Promise<void> {
  const token = await csrfToken();
  // Whatever the answer (the session may already have expired), the page starts again as the public's.
  await fetch('/api/session', { method: 'DELETE', headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) } }).catch(() => undefined);
  reloadAt('/');
}

export function AccountMenu() {
  const s = useSessionText();
  const { status, info } = useSession();
  const [location] = useLocation();
  if (status === 'loading') return <div className="account-menu" />;
  if (!info.user) {
    return (
      <div className="account-menu">
        <Link href={accountPaths.signIn(location === '/' ? undefined : `${location}${window.location.search}`)} className="account-menu__link">
          {s.signIn}
        </Link>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <Link href={accountPaths.account()} className="account-menu__link" aria-label={`${s.menu}: ${s.signedInAs(info.user.displayName)}`}>
        {info.user.displayName}
      </Link>
      <button type="button" className="account-menu__button" onClick={() => void signOut()}>
        {s.signOut}
      </button>
    </div>
  );
}

export function EnrolmentNotice() {
  const s = useSessionText();
  const { info } = useSession();
  const [location] = useLocation();
  if (!info.mustEnrolTotp) return null;
  return (
    <div className="enrol-notice" role="note">
      <p>
        {s.enrolNotice}{' '}
        {location !== accountPaths.twoFactor() ? <Link href={accountPaths.twoFactor()}>{s.enrolLink}</Link> : null}
      </p>
    </div>
  );
}
