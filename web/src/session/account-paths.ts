// Addresses of the account, administration and curation pages, built in one place. The one-time links the
// server mails (/setup, /invitations/accept, /password-reset) carry their token in the fragment (#token=...).
const seg = encodeURIComponent;

export const accountPaths = {
  signIn: (next?: string) => (next && next !== '/sign-in' ? `/sign-in?next=${seg(next)}` : '/sign-in'),
  setup: () => '/setup',
  passwordReset: () => '/password-reset',
  acceptInvitation: () => '/invitations/accept',
  account: () => '/account',
  twoFactor: () => '/account/two-factor',
  tokens: () => '/account/tokens',
  invitations: () => '/invitations',
  organisations: () => '/organisations',
  organisation: (id: string) => `/organisations/${seg(id)}`,
  users: () => '/admin/users',
  outbox: () => '/admin/outbox',
  audit: () => '/admin/audit',
  /** entity: "framework:ID", "requirement:FW:REQ" or "mapping:ID"; or a whole framework's changes. */
  history: (filter: { entity: string } | { framework: string }) =>
    'entity' in filter ? `/history?entity=${seg(filter.entity)}` : `/history?framework=${seg(filter.framework)}`,
  newFramework: () => '/curation/frameworks/new',
  editFramework: (id: string) => `/curation/frameworks/${seg(id)}`,
  newRequirement: (frameworkId: string) => `/curation/frameworks/${seg(frameworkId)}/requirements/new`,
  editRequirement: (frameworkId: string, requirementId: string) => `/curation/frameworks/${seg(frameworkId)}/requirements/${seg(requirementId)}`,
  /** The stated mappings of one requirement ("framework:requirement"), to edit or withdraw, and a new one. */
  mappings: (from: string) => `/curation/mappings?from=${seg(from)}`,
  newMapping: (from: string) => `/curation/mappings/new?from=${seg(from)}`,
  editMapping: (id: string) => `/curation/mappings/edit?id=${seg(id)}`,
};

/** A "next" address from a query string, kept to this site's own pages (never another origin). */
export function safeNext(value: string | null, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
