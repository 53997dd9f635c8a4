// The routes. Every page has a stable address; filters and choices live in the query string.
import { useEffect } from 'react';
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
    <Switch key={location}>
      <Route path="/" component={HomePage} />
      <Route path="/frameworks" component={FrameworksPage} />
      <Route path="/frameworks/:id" component={FrameworkPage} />
      <Route path="/frameworks/:id/requirements/:requirementId" component={RequirementPage} />
      <Route path="/compare" component={ComparePage} />
      <Route path="/consensus" component={ConsensusPage} />
      <Route path="/search" component={SearchPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}

export function App() {
  return (
    <I18nProvider>
      <ScrollToTop />
      <Layout>
        <Pages />
      </Layout>
    </I18nProvider>
  );
}
