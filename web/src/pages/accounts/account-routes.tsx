// The pages of the account section, by address (see session/account-paths.ts).
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../not-found-page';
import './accounts.css';

export default function AccountRoutes() {
  return (
    <Switch>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
