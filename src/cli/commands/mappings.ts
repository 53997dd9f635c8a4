import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { comparePublishedMappingCommand, type ComparedPairOut, type PublishedComparisonAnswer } from '../../commands/compare-published-mapping.js';
import { withStore } from '../context.js';
import { print, printJson, printTable } from '../output.js';
import { CliError, EXIT } from '../errors.js';

function percent(recall: number | null): string {
  return recall === null ? 'n/a (no in-scope pairs)' : `${(recall * 100).toFixed(1)}%`;
}

function ours(p: Pick<ComparedPairOut, 'ours'>): string {
  if (!p.ours) return 'not related';
  return `${p.ours.relationship} (${p.ours.stated ? 'stated' : 'inferred'}, ${p.ours.strength})`;
}

function summary(a: PublishedComparisonAnswer): void {
  const c = a.counts;
  print(`${a.title}\nformat ${a.format}; compared with bundle ${a.bundleVersion ?? 'unknown'} (data version ${a.dataVersion}), paths up to ${a.maxHops} hops\n`);
  print(`Recall: ${percent(a.recall)}: we relate ${c.agree + c.contradict} of ${c.inScope} in-scope pairs.`);
  print(`Agree ${c.agree}, contradict ${c.contradict}, missed ${c.missed} (${a.missedByReason.undetermined} joined only by undetermined paths, ${a.missedByReason.unconnected} not joined at all); ${c.extra} pair(s) we relate that it does not.`);
  const reasons = Object.entries(a.outOfScopeByReason).map(([r, n]) => `${r} ${n}`);
  print(`${a.relations} relation(s) in the file; ${a.outOfScope} out of scope${reasons.length ? ` (${reasons.join(', ')})` : ''}.`);
  const kinds = Object.entries(a.byKind).filter(([, k]) => k.pairs > 0);
  if (kinds.length > 0) {
    print('');
    printTable(['publication says', 'pairs', 'agree', 'contradict', 'missed'], kinds.map(([kind, k]) => [kind, k.pairs, k.agree, k.contradict, k.missed]));
  }
  for (const note of a.notes) print(`Note: ${note}`);
  if (a.truncated) print('(A path search hit its budget: longer paths were not all explored.)');
}

function pairs(title: string, list: ComparedPairOut[]): void {
  print(`\n${title} (${list.length}):`);
  if (list.length === 0) return print('  none');
  printTable(
    ['source', 'target', 'publication says', 'ours', 'our path'],
    list.map((p) => [p.source, p.target, `${p.kind}: ${p.written}${p.via ? ` [${p.via}]` : ''}`, ours(p) + (p.missReason ? ` (${p.missReason})` : ''), p.ours?.path ?? '']),
    90,
  );
}

export function registerMappings(program: Command): void {
  const mappings = program.command('mappings').description('published mappings');
  mappings
    .command('compare <file>')
    .description('measure our crosswalk (stated and inferred) against a published mapping file: recall, contradictions, misses, extras')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new CliError(`cannot read ${file}: ${(e as Error).message}`, EXIT.notFound);
      }
      await withStore(async (ctx) => {
        const answer = await comparePublishedMappingCommand(ctx, text);
        if (opts.json) return printJson(answer);
        summary(answer);
        pairs('Contradictions', answer.contradictions);
        pairs('Missed pairs (the publication relates them, we do not)', answer.missed);
        print(`\nPairs we relate that the publication does not (${answer.extra.length}):`);
        if (answer.extra.length === 0) print('  none');
        else printTable(['source', 'target', 'ours', 'our path'], answer.extra.map((e) => [e.source, e.target, ours(e), e.ours.path ?? '']), 90);
      });
    });
}
