// iotspp demo load: adds clearly fictional data (every name starts with "Demo") through the ordinary commands,
// so a newcomer can open the pages and call the API on something. Safe to run twice.
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { loadDemo } from '../../commands/demo/load-demo.js';
import { withStore } from '../context.js';
import { print, printJson } from '../output.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('fictional demonstration data');
  demo
    .command('load')
    .description('add fictional manufacturers, products, declarations, labels and more (every name starts with "Demo"); running it again adds nothing')
    .option('--only <name>', 'load only this part and what it builds on (repeat for several)', collect, [])
    .option('--json', 'machine-readable output')
    .action(async (opts: { only: string[]; json?: boolean }) => {
      const config = readConfig();
      await withStore(async (started) => {
        const runs = await loadDemo({ store: started.store, clock: started.clock, config }, { only: opts.only });
        if (opts.json) return printJson({ loaded: runs.map((r) => ({ name: r.loader, ...r.result })) });
        if (runs.length === 0) return print('There is no demo data to load.');
        for (const run of runs) {
          print(`${run.loader}: ${run.result.summary}`);
          for (const link of run.result.links) print(`  ${link.title}: ${link.url}`);
        }
      });
    });
}
