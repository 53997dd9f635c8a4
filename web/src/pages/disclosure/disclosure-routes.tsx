// The pages of the disclosure section, by address.
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../not-found-page';
import { LandingPage } from './landing-page';
import { ManufacturerPage } from './manufacturer-page';
import { ReportPage } from './report-page';
import { FollowPage } from './follow-page';
import { CasesPage } from './cases-page';
import { CasePage } from './case-page';
import { OverduePage } from './overdue-page';
import { AdvisoriesPage } from './advisories-page';
import { AdvisoryPage } from './advisory-page';
import { SecurityPage } from './security-page';
import { ManagePage } from './manage-page';
import './disclosure.css';

export default function DisclosureRoutes() {
  return (
    <Switch>
      <Route path="/disclosure" component={LandingPage} />
      <Route path="/disclosure/manufacturers/:id" component={ManufacturerPage} />
      <Route path="/disclosure/manufacturers/:id/report" component={ReportPage} />
      <Route path="/disclosure/follow" component={FollowPage} />
      <Route path="/disclosure/cases" component={CasesPage} />
      <Route path="/disclosure/cases/:id" component={CasePage} />
      <Route path="/disclosure/overdue" component={OverduePage} />
      <Route path="/disclosure/manage" component={ManagePage} />
      <Route path="/advisories" component={AdvisoriesPage} />
      <Route path="/advisories/:id" component={AdvisoryPage} />
      <Route path="/security" component={SecurityPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
