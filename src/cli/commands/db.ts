import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { openStore } from '../../db/connect.js';
import { migrateToLatest, pendingMigrations } from '../../db/migrate.js';
import { printJson, print } from '../output.js';

export function registerDb(program: Command): void {
  const db = program.command('db').description('manage the store named by DATABASE_URL');
  db.command('migrate')
    .description('apply pending schema migrations')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const store = openStore(readConfig().database);
      try {
        const applied = await migrateToLatest(store);
        const pending = await pendingMigrations(store);
        if (opts.json) printJson({ applied, pending });
        else print(applied.length === 0 ? 'The schema is up to date.' : `Applied: ${applied.join(', ')}`);
      } finally {
        await store.close();
      }
    });
}
