import type { Command } from 'commander';
import { verifyAuditLog } from '../../commands/accounts/verify-audit.js';
import { withStore } from '../context.js';
import { print, printJson } from '../output.js';
import { EXIT } from '../errors.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('recompute the audit chain; exits non-zero naming the first entry altered, removed or reordered')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (ctx) => {
        const report = await verifyAuditLog(ctx);
        if (opts.json) printJson(report);
        else if (report.ok) print(`The audit log verifies: ${report.entries} entries, head ${report.head ? `#${report.head.seq} ${report.head.hash}` : '(empty)'}.`);
        else process.stderr.write(`iotspp: the audit log does not verify: ${report.problem!.message} (${report.problem!.kind}, entry ${report.problem!.seq}).\n`);
        if (!report.ok) process.exitCode = EXIT.invalid;
      });
    });
}
