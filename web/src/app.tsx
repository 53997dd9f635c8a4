// The routes. Every page has a stable address; filters and choices live in the query string.
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/layout';
import { I18nProvider } from './i18n/i18n-context';
import { HomePage } from './pages/home/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { Loading } from './components/status';
import { SessionProvider } from './session/session';

// Only the home page is in the first script: every other page loads on demand (the registry pages one by one,
// the sections as a whole), so a visitor fetches what the page they open needs.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));
const FrameworksPage = named(() => import('./pages/frameworks/frameworks-page'), 'FrameworksPage');
const FrameworkPage = named(() => import('./pages/framework/framework-page'), 'FrameworkPage');
const RequirementPage = named(() => import('./pages/requirement/requirement-page'), 'RequirementPage');
const ComparePage = named(() => import('./pages/compare/compare-page'), 'ComparePage');
const ConsensusPage = named(() => import('./pages/consensus/consensus-page'), 'ConsensusPage');
const SearchPage = named(() => import('./pages/search/search-page'), 'SearchPage');
// The sections, each one chunk with its own routes: accounts, administration, history and curation (issue 4),
// products and assessments (issue 6), vulnerability disclosure and advisories (issue 9).
const AccountsSection = lazy(() => import('./pages/accounts/account-routes'));
const ProductsSection = lazy(() => import('./pages/products/products-routes'));
const DisclosureSection = lazy(() => import('./pages/disclosure/disclosure-routes'));
// Governance pages (issue 8).
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
