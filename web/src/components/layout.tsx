// The frame of every page: skip link, header with the main navigation and the language switch, the page in
// <main>, and a footer.
import { useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n/i18n-context';
import { paths } from '../paths';
import { LanguageSwitch } from './language-switch';
import { AccountMenu, EnrolmentNotice } from '../session/account-menu';
import { useSession } from '../session/session';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [location] = useLocation();
  // The heatmap needs every pixel of a desktop screen; text pages keep a readable width.
  const wide = location === paths.consensus();
  useEffect(() => {
    document.documentElement.classList.toggle('wide', wide);
  }, [wide]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={paths.home()} className="site-name">
            <span className="site-name__mark" aria-hidden="true">
              ◆
            </span>{' '}
            {t.appName}
          </Link>
          <div className="site-header__tools">
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
        <nav aria-label={t.nav.label} className="site-nav">
          <ul>
            <li>
              <NavLink href={paths.home()}>{t.nav.home}</NavLink>
            </li>
            <li>
              <NavLink href={paths.frameworks()}>{t.nav.frameworks}</NavLink>
            </li>
            <li>
              <NavLink href={paths.compare()}>{t.nav.compare}</NavLink>
            </li>
            <li>
              <NavLink href={paths.consensus()}>{t.nav.consensus}</NavLink>
            </li>
            <li>
              <NavLink href={paths.search()}>{t.nav.search}</NavLink>
            </li>
            <li>
              <NavLink href={paths.members()}>{t.nav.members}</NavLink>
            </li>
            <li>
              <NavLink href={paths.statements()}>{t.nav.statements}</NavLink>
            </li>
            <li>
              <NavLink href={paths.governance()}>{t.nav.governance}</NavLink>
            </li>
            <li>
              <NavLink href="/disclosure">{t.nav.disclosure}</NavLink>
            </li>
            {session.info.organisation ? (
              <li>
                {session.info.organisation.type === 'manufacturer' ? (
                  <NavLink href="/products">{t.nav.products}</NavLink>
                ) : (
                  <NavLink href="/regulator">{t.nav.regulator}</NavLink>
                )}
              </li>
            ) : null}
          </ul>
        </nav>
        <EnrolmentNotice />
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.footer.about}</p>
        <p>
          {/* Server-rendered (no JavaScript needed): a full page load, not a client route. */}
          <a href={`/labels?lang=${lang}`}>{t.nav.labels}</a>
          {' · '}
          <a href="/api/docs">{t.footer.api}</a>
          {' · '}
          <a href="https://github.com/iotspp/iotspp">{t.footer.source}</a>
        </p>
      </footer>
    </>
  );
}
