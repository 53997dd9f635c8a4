// The migration that seals anonymous reporters' addresses already in the outbox, on SQLite and PostgreSQL: it
// seals exactly those (with the platform key, as the server would, so delivery still opens them), leaves every
// other recipient in clear, stops before changing anything when it has values to seal and no key, and going
// down opens them back.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStore, dialects, type TestStore } from '../../../test/stores.js';
import { migrateDown, migrateToLatest, pendingMigrations } from '../migrate.js';
import { disclosureSealer } from '../../crypto/sealed-box.js';
import { deliverQueued, outboxRecipientPlace, type MailMessage } from '../../commands/accounts/mail.js';

const NAME = '2026-12-01-01-personal-data';

function row(id: string, purpose: string, to: string, userId: string | null) {
  return { id, created_at: '2026-11-23T12:00:00.000Z', purpose, to_address: to, user_id: userId, subject: '[VR-0000-0000] your report was received', body: 'x', status: 'queued', sent_at: null, error: null };
}

describe.each(dialects)(`migration ${NAME} on %s`, (dialect) => {
  let store: TestStore;
  const saved = { key: process.env.SECRET_KEY, file: process.env.SECRET_KEY_FILE };
  afterEach(async () => {
    process.env.SECRET_KEY = saved.key;
    process.env.SECRET_KEY_FILE = saved.file;
    if (saved.key === undefined) delete process.env.SECRET_KEY;
    if (saved.file === undefined) delete process.env.SECRET_KEY_FILE;
    await store.drop();
  });

  async function beforeThisMigration(): Promise<void> {
    store = await createTestStore(dialect);
    expect(await migrateDown(store)).toEqual([NAME]);
    await store.db
      .insertInto('outbox' as never)
      .values([
        row('anonymous', 'disclosure', 'finder@mail.example', null),
        row('psirt', 'disclosure', 'psirt@devices.example', 'some-user'),
        row('invitation', 'invitation', 'invitee@example.org', null),
      ] as never)
      .execute();
  }

  it("seals the anonymous reporter's address with the platform key; delivery opens it; down opens it back", async () => {
    await beforeThisMigration();
    const key = randomBytes(32);
    process.env.SECRET_KEY = key.toString('base64');
    expect(await migrateToLatest(store)).toEqual([NAME]);
    const rows = await store.db.selectFrom('outbox').select(['id', 'to_address', 'to_sealed']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.to_address, r.to_sealed === null])).toEqual([
      ['anonymous', null, false],
      ['invitation', 'invitee@example.org', true],
      ['psirt', 'psirt@devices.example', true],
    ]);
    const sealer = disclosureSealer(key);
    expect(sealer.open(rows[0]!.to_sealed!, outboxRecipientPlace('anonymous'))).toBe('finder@mail.example');

    const sent: MailMessage[] = [];
    await deliverQueued({ store, clock: { now: () => new Date() }, mailer: { send: async (m) => void sent.push(m) }, sealer }, ['anonymous']);
    expect(sent.map((m) => m.to)).toEqual(['finder@mail.example']);

    expect(await migrateDown(store)).toEqual([NAME]);
    expect((await store.db.selectFrom('outbox').select(['id', 'to_address']).orderBy('id').execute()).map((r) => r.to_address)).toEqual(['finder@mail.example', 'invitee@example.org', 'psirt@devices.example']);
  });

  it('stops, naming the setting, when there are addresses to seal and no key, having changed nothing', async () => {
    await beforeThisMigration();
    delete process.env.SECRET_KEY;
    process.env.SECRET_KEY_FILE = `/nonexistent/${randomBytes(4).toString('hex')}/secret.key`;
    await expect(migrateToLatest(store)).rejects.toThrow(/SECRET_KEY/);
    expect(await pendingMigrations(store)).toEqual([NAME]);
    process.env.SECRET_KEY = randomBytes(32).toString('base64');
    expect(await migrateToLatest(store)).toEqual([NAME]);
  });
});
