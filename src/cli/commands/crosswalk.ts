import type { Command } from 'commander';
import { crosswalkQuery } from '../../commands/crosswalk-query.js';
import { gapsQuery } from '../../commands/gaps-query.js';
import { consensusQuery, coverageQuery } from '../../commands/coverage-query.js';
import { withStore } from '../context.js';
import { print, printJson, printTable } from '../output.js';
import { CliError, EXIT } from '../errors.js';

function hops(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new CliError('--max-hops must be a whole number from 1 to 5', EXIT.usage);
  return n;
}

export function registerCrosswalk(program: Command): void {
  program
    .command('crosswalk <requirement>')
    .description('what FRAMEWORK:REQ relates to, directly and through the baseline, with paths explained')
    .option('--to <framework>', 'only requirements of this framework')
    .option('--max-hops <n>', 'longest path to follow (1-5)', hops, 3)
    .option('--json', 'machine-readable output')
    .action(async (from: string, opts: { to?: string; maxHops: number; json?: boolean }) => {
      await withStore(async (ctx) => {
        const answer = await crosswalkQuery(ctx, { from, to: opts.to, maxHops: opts.maxHops });
        if (opts.json) return printJson(answer);
        print(`${answer.from.frameworkName} ${answer.from.id}: ${answer.from.title} (${answer.from.level})\n`);
        print('Direct mappings:');
        if (answer.direct.length === 0) print('  none');
        else
          printTable(
            ['relationship', 'requirement', 'strength', 'source'],
            answer.direct.map((d) => [d.relationship, `${d.requirement.key}  ${d.requirement.title}`, d.strength, d.provenance.source]),
            70,
          );
        print('\nInferred through paths:');
        if (answer.inferred.length === 0) print('  none');
        for (const r of answer.inferred) {
          print(`  ${r.requirement.key} (${r.relationship}, strength ${r.strength}, ${r.pathCount} path(s))`);
          const best = r.paths[0];
          if (best) print(`    ${best.sentence}${best.conclusion ? ` ${best.conclusion}` : ''}`);
        }
        if (answer.truncated) print('\n(The path budget ran out: longer paths were not all explored.)');
      });
    });

  program
    .command('coverage')
    .description('for each baseline item, the frameworks (and Table 2 organisations) covering it, with consensus')
    .option('--framework <id>', 'only this framework')
    .option('--json', 'machine-readable output')
    .action(async (opts: { framework?: string; json?: boolean }) => {
      await withStore(async (ctx) => {
        const coverage = await coverageQuery(ctx, { framework: opts.framework });
        const consensus = await consensusQuery(ctx);
        if (opts.json) return printJson({ ...coverage, consensus: { items: consensus.items, fragmentation: consensus.fragmentation } });
        const share = new Map(consensus.items.map((i) => [i.item, i]));
        printTable(
          ['baseline item', 'title', 'frameworks', 'consensus', 'organisations (Table 2)'],
          coverage.items.map((i) => [
            i.requirementId,
            i.title,
            i.frameworks.map((f) => f.frameworkId + (f.full ? '' : '~')).join(' '),
            share.has(i.item) ? `${Math.round(share.get(i.item)!.share * 100)}%` : '',
            i.organisations.map((o) => o.organisation).join(' '),
          ]),
          60,
        );
        print(`\n~ = partial coverage. Fragmentation index: ${consensus.fragmentation?.toFixed(2) ?? 'n/a'}`);
      });
    });

  program
    .command('gaps <a> <b>')
    .description('each requirement of framework A against framework B: covered, partial or missing')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      await withStore(async (ctx) => {
        const answer = await gapsQuery(ctx, a, b);
        if (opts.json) return printJson(answer);
        printTable(
          ['requirement', 'status', 'best counterpart in ' + b],
          answer.requirements.map((r) => [
            `${r.requirement.id}  ${r.requirement.title}`,
            r.status,
            r.counterparts[0] ? `${r.counterparts[0].requirement.id} (${r.counterparts[0].relationship})` : '',
          ]),
          60,
        );
        const s = answer.summary;
        print(`\n${s.total} requirements: ${s.covered} covered, ${s.partial} partial, ${s.missing} missing.`);
      });
    });
}
