// `iotspp governance` as an operator runs it, and the server's timer: both run the same tick, closing votes
// whose closing time has come (by the clock, not by when the tick happens to run).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../../../test/stores.js';
import { fixedClock } from '../../../test/app.js';
import { REPO_ROOT } from '../../catalogs/bundle-paths.js';
import { insertOrganisation } from '../../db/repositories/organisations.js';
import { insertProposal, findProposal, type Proposal } from '../../db/repositories/proposals.js';
import { DEFAULT_RULE } from '../../domain/governance/vote-rule.js';
import { startGovernanceTimer } from '../../http/governance-timer.js';
import { EXIT } from '../errors.js';

function dueProposal(id: string, closesAt: string): Proposal {
  return {
    id,
    kind: 'change-setting',
    title: 'Lift the advisor limit',
    body: '',
    visibility: 'members-and-advisors',
    status: 'open',
    payload: { setting: 'advisors-one-per-country', value: false },
    requestedRule: {},
    proposedBy: 'u1',
    proposedFor: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    openedAt: '2026-01-01T00:00:00.000Z',
    closesAt,
    closedAt: null,
    rule: DEFAULT_RULE,
    electorate: ['org-1'],
    result: null,
    reminderSentAt: null,
  };
}

describe('iotspp governance', () => {
  let store: TestStore;
  const run = (...args: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'iotspp.js'), 'governance', ...args], { env: { ...process.env, DATABASE_URL: store.url }, encoding: 'utf8' });

  beforeAll(async () => {
    store = await createTestStore('sqlite');
    await insertOrganisation(store.db, { id: 'org-1', name: 'Demo Agency', type: 'government-agency', country: 'NL', createdAt: '2026-01-01T00:00:00.000Z' });
  });
  afterAll(async () => store.drop());

  it('registers a founding member and lists it', () => {
    const found = run('found-member', '--organisation', 'org-1', '--criterion', 'developed-framework', '--json');
    expect(found.status, found.stderr).toBe(EXIT.ok);
    expect(JSON.parse(found.stdout)).toMatchObject({ organisationId: 'org-1', source: 'founding' });
    const list = run('members', '--json');
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: 'Demo Agency', criterion: 'developed-framework' })]);
    const bad = run('found-member', '--organisation', 'org-1', '--criterion', 'nonsense');
    expect(bad.status).toBe(EXIT.usage);
  });

  it('tick closes the votes whose closing time has passed', async () => {
    await insertProposal(store.db, dueProposal('p-due', '2026-02-01T00:00:00.000Z'));
    await insertProposal(store.db, dueProposal('p-later', '2999-01-01T00:00:00.000Z'));
    const tick = run('tick', '--json');
    expect(tick.status, tick.stderr).toBe(EXIT.ok);
    expect(JSON.parse(tick.stdout)).toEqual({ closed: [{ id: 'p-due', status: 'refused' }], reminded: [] });
    expect((await findProposal(store.db, 'p-later'))!.status).toBe('open');
  });

  it("the server's timer runs the tick with the injected clock", async () => {
    await insertProposal(store.db, dueProposal('p-timer', '2030-01-01T00:00:00.000Z'));
    const clock = fixedClock('2030-01-01T00:00:00.000Z');
    const logged: unknown[] = [];
    const log = { info: (o: unknown) => logged.push(o), error: (o: unknown) => logged.push(o) } as never;
    const timer = startGovernanceTimer({ store, clock, publicUrl: 'http://127.0.0.1', mailer: null }, log, 10);
    for (let i = 0; i < 100 && (await findProposal(store.db, 'p-timer'))!.status === 'open'; i++) await new Promise((r) => setTimeout(r, 20));
    timer.stop();
    expect((await findProposal(store.db, 'p-timer'))!).toMatchObject({ status: 'refused', closedAt: '2030-01-01T00:00:00.000Z' });
    expect((await findProposal(store.db, 'p-later'))!.status).toBe('open');
  });
});
