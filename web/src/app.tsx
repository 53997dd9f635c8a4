// The routes. Every page has a stable address; filters and choices live in the query string.
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/layout';
import { I18nProvider } from './i18n/i18n-context';
import { ComparePage } from './pages/compare/compare-page';
import { ConsensusPage } from './pages/consensus/consensus-page';
import { FrameworkPage } from './pages/framework/framework-page';
import { FrameworksPage } from './pages/frameworks/frameworks-page';
import { HomePage } from './pages/home/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { RequirementPage } from './pages/requirement/requirement-page';
import { SearchPage } from './pages/search/search-page';
import { DisclosureSection } from './pages/disclosure/section';
import { Loading } from './components/status';
import { AccountsSection } from './pages/accounts/section';
import { ProductsSection } from './pages/products/section';
import { SessionProvider } from './session/session';

// Governance pages (issue 8) load on demand: most visitors come for the registry, and the first page stays small.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
const MembersPage = named(() => import('./pages/governance/members-page'), 'MembersPage');
const StatementsPage = named(() => import('./pages/governance/statements-page'), 'StatementsPage');
const StatementPage = named(() => import('./pages/governance/statement-page'), 'StatementPage');
const GovernancePage = named(() => import('./pages/governance/governance-page'), 'GovernancePage');
const ProposalPage = named(() => import('./pages/governance/proposal-page'), 'ProposalPage');
const ApplyPage = named(() => import('./pages/governance/apply-page'), 'ApplyPage');
const SigsPage = named(() => import('./pages/governance/sigs-page'), 'SigsPage');
const SigPage = named(() => import('./pages/governance/sig-page'), 'SigPage');

/** A new page starts at its top; a new query on the same page (a filter, the next page) keeps the place. */
function ScrollToTop() {
  const [location] = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location]);
  return null;
}

function Pages() {
  // Keyed by path: another framework or requirement is a new page, with fresh state and its heading focused.
  const [location] = useLocation();
  return (
    <Suspense fallback={<Loading />}>
      <Switch key={location}>
        <Route path="/" component={HomePage} />
        <Route path="/frameworks" component={FrameworksPage} />
        <Route path="/frameworks/:id" component={FrameworkPage} />
        <Route path="/frameworks/:id/requirements/:requirementId" component={RequirementPage} />
        <Route path="/compare" component={ComparePage} />
        <Route path="/consensus" component={ConsensusPage} />
        <Route path="/search" component={SearchPage} />
      {/* Vulnerability disclosure and advisories, loaded on demand (issue 9). */}
      <Route path="/disclosure/*?" component={DisclosureSection} />
      <Route path="/advisories/*?" component={DisclosureSection} />
      <Route path="/security" component={DisclosureSection} />
        <Route path="/members" component={MembersPage} />
        <Route path="/statements" component={StatementsPage} />
        <Route path="/statements/:id" component={StatementPage} />
        <Route path="/governance" component={GovernancePage} />
        <Route path="/governance/apply" component={ApplyPage} />
        <Route path="/governance/proposals/:id" component={ProposalPage} />
        <Route path="/governance/sigs" component={SigsPage} />
        <Route path="/governance/sigs/:id" component={SigPage} />
        {/* Accounts, one-time links, administration, history and curation, loaded on demand (issue 4). */}
        <Route path="/sign-in" component={AccountsSection} />
        <Route path="/setup" component={AccountsSection} />
        <Route path="/password-reset" component={AccountsSection} />
        <Route path="/account/*?" component={AccountsSection} />
        <Route path="/invitations/*?" component={AccountsSection} />
        <Route path="/organisations/*?" component={AccountsSection} />
        <Route path="/admin/*?" component={AccountsSection} />
        <Route path="/history" component={AccountsSection} />
        <Route path="/curation/*?" component={AccountsSection} />
        {/* Products, declarations and assessments, loaded on demand (issue 6). */}
        <Route path="/products/*?" component={ProductsSection} />
        <Route path="/releases/*?" component={ProductsSection} />
        <Route path="/regulator" component={ProductsSection} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <ScrollToTop />
        <Layout>
          <Pages />
        </Layout>
      </SessionProvider>
    </I18nProvider>
  );
}
