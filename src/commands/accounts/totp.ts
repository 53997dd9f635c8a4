// TOTP (RFC 6238, 6 digits, 30 s, SHA-1: what every authenticator app speaks) with otplib 13. A code is accepted
// within one step either side for clock drift, and never twice: the last accepted time step is stored.
import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'iotspp';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, label: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label, secret });
}

/** The accepted time step, or null when the code is wrong or replayed. */
export async function checkTotp(secret: string, code: string, now: Date, lastStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  }).catch(() => ({ valid: false as const }));
  // The TOTP result carries the matched time step (HOTP results, which we never ask for, do not).
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
