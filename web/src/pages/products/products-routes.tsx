// The pages of the product section, by address.
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../not-found-page';
import { ProductsPage } from './products-page';
import { ProductPage } from './product-page';
import { ReleasePage } from './release-page';
import { DeclarationPage } from './declaration-page';
import { ResultsPage } from './results-page';
import { CompareReleasesPage } from './compare-page';
import { OverviewPage } from './overview-page';
import './products.css';

export default function ProductsRoutes() {
  return (
    <Switch>
      <Route path="/products" component={ProductsPage} />
      <Route path="/products/:id" component={ProductPage} />
      <Route path="/releases/:id" component={ReleasePage} />
      <Route path="/releases/:id/declaration" component={DeclarationPage} />
      <Route path="/releases/:id/frameworks/:frameworkId" component={ResultsPage} />
      <Route path="/releases/:id/compare" component={CompareReleasesPage} />
      <Route path="/regulator" component={OverviewPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
