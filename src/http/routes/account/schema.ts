// Schemas of the account routes: what a client sends and the public fields it gets back, nothing more (no
// hashes, no secrets beyond the ones shown once at creation).
import { Type } from 'typebox';
import { ROLES } from '../../../domain/access/roles.js';
import { ORGANISATION_TYPES } from '../../../domain/accounts/organisation.js';
import { PASSWORD_MAX_LENGTH } from '../../../domain/accounts/password-policy.js';
import { EMAIL_MAX_LENGTH } from '../../../domain/accounts/email.js';
import { enumOf } from '../../../schemas/enum.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** Passwords are checked for length in code (code points after NFKC), so the schema only bounds the bytes. */
export const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH * 4 });
export const Email = Type.String({ minLength: 3, maxLength: EMAIL_MAX_LENGTH });
export const DisplayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
export const Secret = Type.String({ minLength: 16, maxLength: 200 });
export const RoleList = Type.Array(enumOf(ROLES), { uniqueItems: true, maxItems: ROLES.length });

export const OrganisationSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: enumOf(ORGANISATION_TYPES),
  country: Type.String(),
  createdAt: Type.String(),
});

export const OrganisationInputSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    type: enumOf(ORGANISATION_TYPES),
    country: Type.String({ pattern: '^([A-Z]{2}|INT)$', description: 'ISO 3166-1 alpha-2, or INT' }),
  },
  { additionalProperties: false },
);

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  organisationId: Nullable(Type.String()),
  roles: RoleList,
  status: Type.String(),
  twoFactor: Type.Union([Type.Literal('totp'), Type.Literal('none')]),
  createdAt: Type.String(),
});

export const SessionInfoSchema = Type.Object({
  authenticated: Type.Boolean(),
  csrfToken: Nullable(Type.String({ description: 'send as X-CSRF-Token with every write made with the session cookie' })),
  user: Nullable(UserSchema),
  organisation: Nullable(OrganisationSchema),
  /** True while the user must enrol TOTP before doing anything else. */
  mustEnrolTotp: Type.Boolean(),
  expiresAt: Nullable(Type.String()),
});

export const SessionMetaSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
  userAgent: Nullable(Type.String()),
  current: Type.Boolean(),
});

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String(),
  expiresAt: Nullable(Type.String()),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});

export const Message = Type.Object({ message: Type.String() });
