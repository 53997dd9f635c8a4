import { describe, expect, it } from 'vitest';
import { DAY_MS, dueNotices, initialDeadlines, overdueDeadlines, publicationAdjustmentRefusal, type DeadlineSubject } from './deadlines.js';

const received = new Date('2026-01-01T09:00:00.000Z');
const at = (days: number, hours = 0) => new Date(received.getTime() + days * DAY_MS + hours * 3_600_000);

function subject(state: DeadlineSubject['state'] = 'received'): DeadlineSubject {
  return { state, receivedAt: received.toISOString(), ...initialDeadlines(received, 7) };
}

/** Runs the tick every hour from receipt to `days` later, recording what was sent when. */
function simulate(c: DeadlineSubject, days: number, changes: Record<number, Partial<DeadlineSubject>> = {}): { kind: string; at: string }[] {
  const sent = new Set<string>();
  const log: { kind: string; at: string }[] = [];
  let current = { ...c };
  for (let h = 0; h <= days * 24; h++) {
    if (changes[h]) current = { ...current, ...changes[h] };
    const now = at(0, h);
    const due = dueNotices(current, now, sent);
    for (const n of [...due.send, ...due.skip]) sent.add(n.key);
    for (const n of due.send) log.push({ kind: n.kind, at: now.toISOString() });
  }
  return log;
}

describe('deadlines', () => {
  it('acknowledgement is due after the policy days, publication after 90 days', () => {
    expect(initialDeadlines(received, 7)).toEqual({ acknowledgementDueAt: '2026-01-08T09:00:00.000Z', publicationDueAt: '2026-04-01T09:00:00.000Z' });
  });

  it('fires each reminder and alert once, at its time, while nobody acts', () => {
    expect(simulate(subject(), 100)).toEqual([
      { kind: 'acknowledgement-reminder', at: '2026-01-06T09:00:00.000Z' },
      { kind: 'acknowledgement-overdue', at: '2026-01-08T09:00:00.000Z' },
      { kind: 'publication-reminder', at: '2026-03-18T09:00:00.000Z' },
      { kind: 'publication-reminder', at: '2026-03-25T09:00:00.000Z' },
      { kind: 'publication-overdue', at: '2026-04-01T09:00:00.000Z' },
    ]);
  });

  it('stops the acknowledgement notices once acknowledged, and all notices once published', () => {
    const log = simulate(subject(), 100, { [24]: { state: 'acknowledged' }, [80 * 24]: { state: 'published' } });
    expect(log.map((l) => l.kind)).toEqual(['publication-reminder']);
  });

  it('a late run sends only the newest notice of each deadline', () => {
    const sent = new Set<string>();
    const due = dueNotices(subject(), at(10), sent);
    expect(due.send.map((n) => n.kind)).toEqual(['acknowledgement-overdue']);
    expect(due.skip.map((n) => n.kind)).toEqual(['acknowledgement-reminder']);
  });

  it('a moved publication date schedules fresh notices for the new date', () => {
    const moved = new Date(received.getTime() + 120 * DAY_MS).toISOString();
    const log = simulate({ ...subject('triaged') }, 125, { [24]: { publicationDueAt: moved } });
    expect(log.filter((l) => l.kind.startsWith('publication'))).toEqual([
      { kind: 'publication-reminder', at: '2026-04-17T09:00:00.000Z' },
      { kind: 'publication-reminder', at: '2026-04-24T09:00:00.000Z' },
      { kind: 'publication-overdue', at: '2026-05-01T09:00:00.000Z' },
    ]);
  });

  it('never sends anything for a closed case', () => {
    expect(simulate(subject('duplicate'), 100)).toEqual([]);
  });

  it('lists overdue deadlines with the days past them', () => {
    expect(overdueDeadlines(subject(), at(6))).toEqual([]);
    expect(overdueDeadlines(subject(), at(8, 1))).toEqual([{ deadline: 'acknowledgement', dueAt: '2026-01-08T09:00:00.000Z', daysOverdue: 1 }]);
    expect(overdueDeadlines(subject('fix-in-progress'), at(95)).map((o) => [o.deadline, o.daysOverdue])).toEqual([['publication', 5]]);
  });

  it('adjusting the publication date needs a reason and a future date within two years', () => {
    const base = { receivedAt: received.toISOString(), state: 'triaged' as const, now: at(10) };
    expect(publicationAdjustmentRefusal({ ...base, newDate: at(120), reason: 'short' })).toContain('reason');
    expect(publicationAdjustmentRefusal({ ...base, newDate: at(5), reason: 'The fix needs a hardware revision.' })).toContain('future');
    expect(publicationAdjustmentRefusal({ ...base, newDate: at(800), reason: 'The fix needs a hardware revision.' })).toContain('730');
    expect(publicationAdjustmentRefusal({ ...base, newDate: at(120), reason: 'The fix needs a hardware revision.' })).toBeNull();
    expect(publicationAdjustmentRefusal({ ...base, state: 'published', newDate: at(120), reason: 'The fix needs a hardware revision.' })).toContain('over');
  });
});
