// The pages of the account section, by address (see session/account-paths.ts): signing in and the one-time
// links, the account, invitations and organisations, administration, the curation history and forms.
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../not-found-page';
import { HistoryPage } from '../curation/history-page';
import { FrameworkFormPage } from '../curation/framework-form-page';
import { RequirementFormPage } from '../curation/requirement-form-page';
import { EditMappingPage, MappingsPage, NewMappingPage } from '../curation/mapping-pages';
import { SignInPage } from './sign-in-page';
import { SetupPage } from './setup-page';
import { PasswordResetPage } from './password-reset-page';
import { AcceptInvitationPage } from './accept-invitation-page';
import { AccountPage } from './account-page';
import { TwoFactorPage } from './two-factor-page';
import { TokensPage } from './tokens-page';
import { InvitationsPage } from './invitations-page';
import { OrganisationPage, OrganisationsPage } from './organisations-page';
import { AdminUsersPage } from './admin-users-page';
import { AdminOutboxPage } from './admin-outbox-page';
import { AdminAuditPage } from './admin-audit-page';
import './accounts.css';

export default function AccountRoutes() {
  return (
    <Switch>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/setup" component={SetupPage} />
      <Route path="/password-reset" component={PasswordResetPage} />
      <Route path="/invitations/accept" component={AcceptInvitationPage} />
      <Route path="/account" component={AccountPage} />
      <Route path="/account/two-factor" component={TwoFactorPage} />
      <Route path="/account/tokens" component={TokensPage} />
      <Route path="/invitations" component={InvitationsPage} />
      <Route path="/organisations" component={OrganisationsPage} />
      <Route path="/organisations/:id" component={OrganisationPage} />
      <Route path="/admin/users" component={AdminUsersPage} />
      <Route path="/admin/outbox" component={AdminOutboxPage} />
      <Route path="/admin/audit" component={AdminAuditPage} />
      <Route path="/history" component={HistoryPage} />
      <Route path="/curation/frameworks/new" component={FrameworkFormPage} />
      <Route path="/curation/frameworks/:id" component={FrameworkFormPage} />
      <Route path="/curation/frameworks/:id/requirements/new" component={RequirementFormPage} />
      <Route path="/curation/frameworks/:id/requirements/:requirementId" component={RequirementFormPage} />
      <Route path="/curation/mappings" component={MappingsPage} />
      <Route path="/curation/mappings/new" component={NewMappingPage} />
      <Route path="/curation/mappings/edit" component={EditMappingPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
