// Who may manage accounts, organisations, invitations and the Platform's own records (outbox, audit log,
// curation history). Self-service actions need only a signed-in user; administration needs the administrator
// role; inviting is also open to member representatives and manufacturer editors, for their own organisation.
import { hasRole, type Actor } from './actor.js';
import { PLATFORM_ROLES, type Role } from './roles.js';

export const ACCOUNT_ACTIONS = [
  'session.read',
  'session.create',
  'session.delete',
  'setup.read',
  'setup.complete',
  'invitation.accept',
  'password-reset.request',
  'password-reset.complete',
  'account.read',
  'account.update',
  'account.delete',
  'account.credentials',
  'account.totp',
  'organisations.read',
  'organisations.manage',
  'organisations.members',
  'invitations.manage',
  'users.manage',
  'outbox.read',
  'audit.read',
  'history.read',
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** Actions anyone may attempt: they prove who they are inside (a password, a one-time token). */
const OPEN: readonly AccountAction[] = [
  'session.read',
  'session.create',
  'setup.read',
  'setup.complete',
  'invitation.accept',
  'password-reset.request',
  'password-reset.complete',
  'organisations.read',
  'history.read',
];

/** Actions that touch credentials or the account's existence: a browser session only, never an API token. */
export const SESSION_ONLY_ACTIONS: readonly string[] = ['session.delete', 'account.delete', 'account.credentials', 'account.totp'];

/** What a user who must enrol TOTP may still do before enrolling. */
export const BEFORE_TOTP_ACTIONS: readonly string[] = ['session.read', 'session.delete', 'account.read', 'account.totp', 'public.read'];

/** An invitation: into which organisation, with which roles. */
export interface InvitationResource {
  organisationId: string;
  roles: Role[];
}

/** An organisation, for reading its member list. */
export interface OrganisationResource {
  organisationId: string;
}

export function canAccount(actor: Actor, action: AccountAction, resource?: unknown): boolean {
  if (OPEN.includes(action)) return true;
  if (actor.kind !== 'user') return false;
  switch (action) {
    case 'session.delete':
    case 'account.read':
    case 'account.update':
    case 'account.delete':
    case 'account.credentials':
    case 'account.totp':
      return true;
    case 'organisations.members': {
      if (hasRole(actor, 'administrator')) return true;
      const org = resource as OrganisationResource | undefined;
      // Without a resource the route only asks "may this actor look at some member list": yes, their own.
      return org === undefined || (actor.organisationId !== null && org.organisationId === actor.organisationId);
    }
    case 'invitations.manage':
      return canInvite(actor, resource as InvitationResource | undefined);
    case 'organisations.manage':
    case 'users.manage':
    case 'outbox.read':
    case 'audit.read':
      return hasRole(actor, 'administrator');
    default:
      return false;
  }
}

// Administrators invite anyone anywhere. Member representatives and manufacturer editors bring colleagues into
// their own organisation, granting at most the roles they hold themselves and never a Platform-wide role.
function canInvite(actor: Extract<Actor, { kind: 'user' }>, invitation: InvitationResource | undefined): boolean {
  if (hasRole(actor, 'administrator')) return true;
  if (!hasRole(actor, 'member-representative', 'manufacturer-editor')) return false;
  if (invitation === undefined) return true;
  if (actor.organisationId === null || invitation.organisationId !== actor.organisationId) return false;
  return invitation.roles.every(
    (r) => actor.roles.includes(r) && !(PLATFORM_ROLES as readonly Role[]).includes(r),
  );
}
