import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';

// Personal data across every feature (issue 4, item 9; docs/personal-data.md).
//
// 1. The optional email address an anonymous reporter leaves for news was the one case field kept in clear:
//    it was the recipient (outbox.to_address) of the mail sent to them. It moves to outbox.to_sealed, sealed
//    like the other case fields (AES-256-GCM under the disclosure key derived from the platform secret key,
//    bound to its place "outbox:<id>:to_address"), and to_address becomes null. Existing values are sealed
//    here, so this migration needs the platform secret key when there are any: it reads it the way the server
//    does (SECRET_KEY, else the file SECRET_KEY_FILE, default var/secret.key) and stops, naming what to set,
//    rather than invent a key the server would not have. The format is written out here, not imported, so this
//    migration keeps producing what it produced when it was written (src/crypto/sealed-box.ts, "v1").
// 2. A comment erased because its author deleted their account keeps its place in the discussion, without its
//    text: erased_at says when (proposal_comments, statement_comments).

const PURPOSE = 'iotspp/disclosure/v1';
const place = (outboxId: string) => `outbox:${outboxId}:to_address`;

function platformSecretKey(): Buffer {
  const fromEnv = process.env.SECRET_KEY;
  const file = resolve(process.env.SECRET_KEY_FILE || './var/secret.key');
  const text = fromEnv || (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new Error(`Sealing reporters' email addresses needs the platform secret key: set SECRET_KEY, or SECRET_KEY_FILE to the server's key file (looked for ${file}).`);
  }
  return key;
}

function disclosureKey(): { key: Buffer; id: string } {
  const key = Buffer.from(hkdfSync('sha256', platformSecretKey(), Buffer.alloc(0), PURPOSE, 32));
  return { key, id: createHash('sha256').update(key).digest('hex').slice(0, 8) };
}

function seal(k: { key: Buffer; id: string }, text: string, context: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k.key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return ['v1', k.id, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

function open(k: { key: Buffer; id: string }, sealed: string, context: string): string {
  const [version, id, nonce, tag, body] = sealed.split('.');
  if (version !== 'v1' || id !== k.id || !nonce || !tag || body === undefined) throw new Error('A sealed recipient was sealed with another key: set SECRET_KEY to the key that sealed it.');
  const decipher = createDecipheriv('aes-256-gcm', k.key, Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export async function up(db: Kysely<any>): Promise<void> {
  // Mail to anyone with an account names the account (user_id); disclosure mail without one went to the
  // address an anonymous reporter left. The key is looked for before anything changes: SQLite runs migrations
  // outside a transaction, so a missing key must stop this one before its first statement.
  const clear = await db.selectFrom('outbox').select(['id', 'to_address']).where('purpose', '=', 'disclosure').where('user_id', 'is', null).where('to_address', 'is not', null).execute();
  const k = clear.length > 0 ? disclosureKey() : null;
  await db.schema.alterTable('outbox').addColumn('to_sealed', 'text').execute();
  for (const row of clear) {
    await db.updateTable('outbox').set({ to_sealed: seal(k!, row.to_address, place(row.id)), to_address: null }).where('id', '=', row.id).execute();
  }
  await db.schema.alterTable('proposal_comments').addColumn('erased_at', 'text').execute();
  await db.schema.alterTable('statement_comments').addColumn('erased_at', 'text').execute();
}

// Going down opens the sealed addresses back into to_address (so it needs the key too, looked for first). Erased
// comments stay erased: their text is gone.
export async function down(db: Kysely<any>): Promise<void> {
  const sealed = await db.selectFrom('outbox').select(['id', 'to_sealed']).where('to_sealed', 'is not', null).execute();
  const k = sealed.length > 0 ? disclosureKey() : null;
  await db.schema.alterTable('statement_comments').dropColumn('erased_at').execute();
  await db.schema.alterTable('proposal_comments').dropColumn('erased_at').execute();
  for (const row of sealed) {
    await db.updateTable('outbox').set({ to_address: open(k!, row.to_sealed, place(row.id)), to_sealed: null }).where('id', '=', row.id).execute();
  }
  await db.schema.alterTable('outbox').dropColumn('to_sealed').execute();
}
