// iotspp assess: a declaration against the bundled frameworks, offline (no server, no database), so it can
// gate a manufacturer's CI. Exit codes: 0 when every framework named with --framework conforms (or none was
// named), 1 when one does not conform or is incomplete, 4 when the declaration is invalid.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { assessDeclarationText, blankDeclaration } from '../../commands/assessments/assess-offline.js';
import { assessLines, emptyTotals, type BulkTotals } from '../../commands/assessments/assess-bulk.js';
import { offlineRegistry } from '../../commands/assessments/offline-plan.js';
import type { AssessmentReport } from '../../domain/assessments/report.js';
import { CliError, EXIT } from '../errors.js';
import { print, printJson, printTable } from '../output.js';
import { progressBar } from '../progress.js';

interface AssessOptions {
  framework: string[];
  json?: boolean;
  template?: boolean;
  bulk?: string;
  all?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerAssess(program: Command): void {
  program
    .command('assess [declaration]')
    .description('assess a declaration file ("-" for stdin) against the bundled frameworks, offline; exits 1 unless every --framework conforms')
    .option('--framework <id>', 'assess against this framework (repeat for several); the exit code follows these', collect, [])
    .option('--json', 'the iotspp-assessment/1 result as JSON (see docs/assessment.md)')
    .option('--template', 'print a blank declaration listing every baseline item, ready to fill in')
    .option('--bulk <file>', 'assess one declaration per line of an NDJSON file ("-" for stdin): one result line each')
    .option('--all', 'list every requirement, not only the deciding ones short of met')
    .action(async (file: string | undefined, opts: AssessOptions) => {
      const registry = offlineRegistry();
      if (opts.template) return printJson(blankDeclaration(registry));
      if (opts.bulk) return bulk(opts.bulk, opts);
      if (!file) throw new CliError('name a declaration file (or use --template or --bulk FILE)', EXIT.usage);
      const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
      const report = assessDeclarationText(registry, text, { frameworks: opts.framework });
      if (opts.json) printJson(report);
      else printReport(report, opts);
      if (opts.framework.length > 0 && report.frameworks.some((f) => f.verdict !== 'conforms')) process.exitCode = EXIT.failure;
    });
}

function printReport(report: AssessmentReport, opts: AssessOptions): void {
  const release = report.release.version ? `, release ${report.release.version}` : '';
  print(`${report.product.name}${report.product.model ? ` ${report.product.model}` : ''}${release} (baseline ${report.baseline.version}, bundle ${report.bundleVersion ?? 'unknown'})\n`);
  for (const w of report.warnings) print(`warning: ${w}`);
  printTable(
    ['framework', 'verdict', 'deciding met', 'open', 'failing', 'follow-up questions'],
    report.frameworks.map((f) => [f.shortName, f.verdict, `${f.deciding.met} of ${f.deciding.applicable}`, f.deciding.open, f.deciding.failing, f.followUp.length]),
  );
  const detailed = opts.framework.length > 0 || opts.all;
  if (!detailed) return print('\nUse --framework ID for the requirements behind a verdict, --json for everything.');
  for (const f of report.frameworks) {
    print(`\n${f.shortName} ${f.version}: ${f.verdict} (decided by ${f.decidingLevels.join(' and ')})`);
    const rows = (f.requirements ?? []).filter((r) => opts.all || (r.deciding && r.status !== 'met' && r.status !== 'not-applicable'));
    if (rows.length === 0) continue;
    printTable(['requirement', 'level', 'status', 'what to do'], rows.map((r) => [r.id, r.level, r.status + (r.followUp ? ' (follow-up)' : ''), r.action ?? '']), 90);
  }
}

async function bulk(file: string, opts: AssessOptions): Promise<void> {
  const registry = offlineRegistry();
  const input = file === '-' ? process.stdin : createReadStream(file);
  const size = file === '-' ? null : statSync(file).size;
  const bytes = () => (input as NodeJS.ReadStream & { bytesRead?: number }).bytesRead ?? 0;
  const progress = progressBar(size);
  const totals: BulkTotals = emptyTotals();
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const result of assessLines(registry, lines, opts.framework, totals)) {
    if ('error' in result) {
      const first = result.error.details[0];
      progress.message(`line ${result.line}: ${first ? `${first.pointer || '/'} ${first.message} (${first.hint ?? ''})` : result.error.message}`);
    }
    // Respect back-pressure: reading waits while stdout (a pipe, a slow disk) catches up.
    if (!process.stdout.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    progress.update(totals.lines, bytes());
  }
  progress.finish();
  const notConforming = opts.framework.length > 0 && Object.values(totals.verdicts).some((v) => v['does-not-conform'] + v.incomplete > 0);
  process.stderr.write(`${totals.assessed} assessed, ${totals.invalid} invalid, of ${totals.lines} lines.\n`);
  if (opts.json) process.stderr.write(`${JSON.stringify({ totals })}\n`);
  process.exitCode = totals.invalid > 0 ? EXIT.invalid : notConforming ? EXIT.failure : EXIT.ok;
}
