// The one policy entry point: can(actor, action, resource). Every HTTP route names its action, and the
// authorization plugin asks this function before the handler runs; handlers that load a resource ask again
// with it. Each resource family keeps its rules in its own file; this file only dispatches, after the rules
// that hold for every action: token scopes narrow, some actions need a browser session, and a user who must
// enrol TOTP can do nothing else first.
import { ANONYMOUS, type Actor } from './actor.js';
import { canRegistry, REGISTRY_ACTIONS, type RegistryAction } from './registry.js';
import { ACCOUNT_ACTIONS, BEFORE_TOTP_ACTIONS, SESSION_ONLY_ACTIONS, canAccount, type AccountAction } from './accounts.js';
import { scopesAllow } from './scopes.js';
import { canGovernance, GOVERNANCE_ACTIONS, type GovernanceAction } from './governance.js';
import { canDisclosure, DISCLOSURE_ACTIONS, type DisclosureAction } from './disclosure.js';
import { canProducts, PRODUCT_ACTIONS, type ProductAction } from './products.js';
import { canLabels, LABEL_ACTIONS, type LabelAction } from './labels.js';

export const PUBLIC_ACTIONS = ['public.read'] as const;
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];

export const ACTIONS = [...PUBLIC_ACTIONS, ...REGISTRY_ACTIONS, ...ACCOUNT_ACTIONS, ...GOVERNANCE_ACTIONS, ...DISCLOSURE_ACTIONS, ...PRODUCT_ACTIONS, ...LABEL_ACTIONS] as const;
export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function canFamily(actor: Actor, action: Action, resource?: unknown): boolean {
  if (action === 'public.read') return true;
  if (includes(REGISTRY_ACTIONS, action)) return canRegistry(actor, action as RegistryAction);
  if (includes(ACCOUNT_ACTIONS, action)) return canAccount(actor, action as AccountAction, resource);
  if (includes(GOVERNANCE_ACTIONS, action)) return canGovernance(actor, action as GovernanceAction, resource);
  if (includes(DISCLOSURE_ACTIONS, action)) return canDisclosure(actor, action as DisclosureAction, resource);
  if (includes(PRODUCT_ACTIONS, action)) return canProducts(actor, action as ProductAction, resource);
  if (includes(LABEL_ACTIONS, action)) return canLabels(actor, action as LabelAction, resource);
  return false;
}

export function can(actor: Actor, action: Action, resource?: unknown): boolean {
  // What the anonymous public may do, every caller may: scopes and the TOTP gate only narrow privileges.
  if (canFamily(ANONYMOUS, action, resource)) return true;
  if (actor.kind === 'user') {
    if (actor.mustEnrolTotp && !BEFORE_TOTP_ACTIONS.includes(action)) return false;
    if (actor.via === 'token' && SESSION_ONLY_ACTIONS.includes(action)) return false;
    if (actor.scopes !== null && !scopesAllow(actor.scopes, action)) return false;
  }
  return canFamily(actor, action, resource);
}
