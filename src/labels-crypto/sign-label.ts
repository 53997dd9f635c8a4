// A label is a compact JWS (RFC 7515) signed with Ed25519: header {alg: EdDSA, kid, typ: iotspp-label+jws},
// payload the label's JSON. Compact serialisation fits in a file, a URL fetch or a QR-linked page alike.
import { CompactSign } from 'jose';
import { LABEL_JWS_TYPE, type LabelPayload } from '../domain/labels/payload.js';
import { LABEL_ALG } from './jwks.js';
import type { SigningKey } from './keyring.js';

export async function signLabel(payload: LabelPayload, key: SigningKey): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: LABEL_ALG, kid: key.kid, typ: LABEL_JWS_TYPE })
    .sign(key.privateKey);
}
