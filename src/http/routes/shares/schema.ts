import { Type } from 'typebox';
import { enumOf } from '../../../schemas/enum.js';

export const SHARE_STATES = ['active', 'expired', 'revoked'] as const;

export const ShareInput = Type.Object({ expiresAt: Type.String({ format: 'date-time', description: 'after now, within 366 days' }) }, { additionalProperties: false });

export const ShareSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  state: enumOf(SHARE_STATES),
});

export const CreatedShare = Type.Object({
  ...ShareSchema.properties,
  token: Type.String({ description: 'shown once; the platform keeps only its hash' }),
  url: Type.String({ description: 'the report as a web page' }),
  apiUrl: Type.String({ description: 'the report as JSON' }),
});

export const ShareParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }), shareId: Type.String({ minLength: 1, maxLength: 100 }) });
export const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });
