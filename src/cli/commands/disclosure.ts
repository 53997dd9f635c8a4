// iotspp disclosure: deadline notices (the same function the server runs on its timer) and the overdue list.
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { runDeadlineTick } from '../../commands/disclosure/run-deadline-tick.js';
import { overdueCases } from '../../commands/disclosure/case-queries.js';
import { disclosureContextFromConfig } from '../../commands/disclosure/disclosure-context-from-config.js';
import { ANONYMOUS } from '../../domain/access/actor.js';
import type { Clock } from '../../commands/context.js';
import { withStore } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { print, printJson, printTable } from '../output.js';

/** --at moves the clock (to see what would fire on a given day, or to catch up after an outage). */
function clockAt(at: string | undefined, fallback: Clock): Clock {
  if (at === undefined) return fallback;
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) throw new CliError(`--at must be an ISO 8601 date-time, got "${at}"`, EXIT.usage);
  return { now: () => new Date(when) };
}

export function registerDisclosure(program: Command): void {
  const disclosure = program.command('disclosure').description('coordinated vulnerability disclosure');
  disclosure
    .command('tick')
    .description('send the deadline reminders and alerts that are due (the server also does this every DISCLOSURE_TICK_MINUTES)')
    .option('--at <datetime>', 'run as if it were this time (ISO 8601)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { at?: string; json?: boolean }) => {
      const config = readConfig();
      await withStore(async (started) => {
        const ctx = disclosureContextFromConfig({ store: started.store, clock: clockAt(opts.at, started.clock) }, config);
        const sent = await runDeadlineTick(ctx);
        if (opts.json) return printJson({ at: ctx.clock.now().toISOString(), sent });
        if (sent.length === 0) return print('No deadline notice is due.');
        printTable(['case', 'notice', 'deadline'], sent.map((n) => [n.trackingId, n.kind, n.dueAt]));
      });
    });
  disclosure
    .command('overdue')
    .description('open cases past a deadline (no report contents)')
    .option('--at <datetime>', 'as if it were this time (ISO 8601)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { at?: string; json?: boolean }) => {
      const config = readConfig();
      await withStore(async (started) => {
        const ctx = disclosureContextFromConfig({ store: started.store, clock: clockAt(opts.at, started.clock) }, config);
        const cases = await overdueCases(ctx, ANONYMOUS);
        if (opts.json) return printJson({ items: cases.map(({ participating: _p, ...c }) => c) });
        if (cases.length === 0) return print('No case is past a deadline.');
        printTable(
          ['case', 'manufacturer', 'product', 'state', 'overdue'],
          cases.map((c) => [c.trackingId, c.manufacturer.name, c.productName, c.state, c.overdue.map((o) => `${o.deadline} +${o.daysOverdue}d`).join(', ')]),
        );
      });
    });
}
