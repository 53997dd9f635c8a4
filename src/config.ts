// Configuration from the environment, read once at start. Every setting has a safe default for a laptop;
// none of them is a credential.
import { resolve } from 'node:path';
import { parseDatabaseUrl, type DatabaseTarget } from './db/database-url.js';

export interface Config {
  host: string;
  port: number;
  database: DatabaseTarget;
  /** Requests larger than this are refused with 413 (uploads have their own limit). */
  bodyLimitBytes: number;
  /** Trust X-Forwarded-* from a reverse proxy (set when running behind one that terminates TLS). */
  trustProxy: boolean;
  /** The public origin, e.g. https://iotspp.example.org: used in links, labels and security.txt. */
  publicUrl: string;
  logLevel: string;
  /** Sessions end after this long without a request (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** Sessions end this long after sign-in whatever happens (SESSION_ABSOLUTE_HOURS, default 12). */
  sessionAbsoluteHours: number;
  /** smtp://user:pass@host:port or smtps://...; unset: mail waits in the outbox for an administrator. */
  smtpUrl: string | null;
  /** The From address of the platform's mail (MAIL_FROM). */
  mailFrom: string;
  /** SECRET_KEY: base64 of 32 bytes sealing TOTP seeds at rest; unset: the file secretKeyFile, made at first start. */
  secretKey: string | null;
  secretKeyFile: string;
  /** LABEL_KEYS_DIR: the label signing key and the published public keys, outside the database (default ./var/keys). */
  labelKeysDir: string;
  /** LABEL_SIGNING_KEY: a private Ed25519 JWK (JSON) to sign labels with instead of the key file. */
  labelSigningKey: string | null;
  /** LABEL_PUBLIC_KEYS: with LABEL_SIGNING_KEY, a JWKS of earlier keys whose labels must keep verifying. */
  labelPublicKeys: string | null;
  /** SECURITY_CONTACT: comma-separated URIs for the Platform's own security.txt; unset: PUBLIC_URL/security. */
  securityContact: string[] | null;
  /** How often the server sends due disclosure deadline notices (DISCLOSURE_TICK_MINUTES, default 15; 0: never). */
  disclosureTickMinutes: number;
}

export class ConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || '127.0.0.1';
  const port = integer('PORT', env.PORT, 8080);
  if (port > 65535) throw new ConfigError(`PORT must be at most 65535, got ${port}`);
  return {
    host,
    port,
    database: parseDatabaseUrl(env.DATABASE_URL),
    bodyLimitBytes: integer('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 1024 * 1024),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    publicUrl: (env.PUBLIC_URL || `http://${host}:${port}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL || 'info',
    sessionIdleMinutes: Math.max(1, integer('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30)),
    sessionAbsoluteHours: Math.max(1, integer('SESSION_ABSOLUTE_HOURS', env.SESSION_ABSOLUTE_HOURS, 12)),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || `iotspp <no-reply@${new URL(env.PUBLIC_URL || `http://${host}`).hostname}>`,
    secretKey: env.SECRET_KEY || null,
    secretKeyFile: resolve(env.SECRET_KEY_FILE || './var/secret.key'),
    labelKeysDir: resolve(env.LABEL_KEYS_DIR || './var/keys'),
    labelSigningKey: env.LABEL_SIGNING_KEY || null,
    labelPublicKeys: env.LABEL_PUBLIC_KEYS || null,
    securityContact: env.SECURITY_CONTACT ? env.SECURITY_CONTACT.split(',').map((c) => c.trim()).filter(Boolean) : null,
    disclosureTickMinutes: integer('DISCLOSURE_TICK_MINUTES', env.DISCLOSURE_TICK_MINUTES, 15),
  };
}
