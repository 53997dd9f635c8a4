import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { issueSetupToken } from '../../commands/accounts/issue-setup-token.js';
import { withStore } from '../context.js';
import { print, printJson } from '../output.js';

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('administrators of the platform');
  admin
    .command('create')
    .description('print a one-time link with which the person at EMAIL creates an administrator account')
    .requiredOption('--email <email>', 'the new administrator\'s email address')
    .option('--json', 'machine-readable output')
    .action(async (opts: { email: string; json?: boolean }) => {
      const config = readConfig();
      await withStore(async (ctx) => {
        const link = await issueSetupToken({ ...ctx, publicUrl: config.publicUrl }, { email: opts.email, by: 'cli' });
        if (!link) return;
        if (opts.json) return printJson({ url: link.url, email: link.email, expiresAt: link.expiresAt });
        print(`One-time setup link for ${link.email} (valid until ${link.expiresAt}; it works once):`);
        print(link.url);
      });
    });
}
