import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportFrameworkCommand, exportMappingsCommand, type ExportFormat } from '../../commands/export-framework.js';
import { importOscalCommand } from '../../commands/import-oscal.js';
import { withStore } from '../context.js';
import { print, printJson } from '../output.js';
import { CliError, EXIT } from '../errors.js';

function format(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) {
    throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, EXIT.usage);
  }
  return value as ExportFormat;
}

export function registerOscal(program: Command): void {
  program
    .command('export <framework>')
    .description('export a framework as an OSCAL catalog or CSV (or, with --mappings, its mappings as an OSCAL mapping collection)')
    .option('--format <format>', 'oscal or csv', format, 'oscal')
    .option('--mappings', 'export the mappings stated from the framework instead of its requirements')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--json', 'print a summary as JSON (with --out)')
    .action(async (id: string, opts: { format: ExportFormat; mappings?: boolean; out?: string; json?: boolean }) => {
      await withStore(async (ctx) => {
        if (opts.mappings && opts.format !== 'oscal') throw new CliError('--mappings exports OSCAL only', EXIT.usage);
        const file = opts.mappings ? await exportMappingsCommand(ctx, id) : await exportFrameworkCommand(ctx, id, opts.format);
        if (!opts.out) return void process.stdout.write(file.body);
        writeFileSync(opts.out, file.body);
        if (opts.json) printJson({ file: opts.out, bytes: Buffer.byteLength(file.body), contentType: file.contentType });
        else print(`Wrote ${opts.out} (${Buffer.byteLength(file.body)} bytes).`);
      });
    });

  program
    .command('import <file>')
    .description('import an OSCAL catalog (as a framework) or mapping collection; an invalid file is rejected whole')
    .option('--replace', 'replace a framework that already exists')
    .option('--as <id>', 'store the catalog under this framework id')
    .option('--json', 'machine-readable output')
    .action(async (path: string, opts: { replace?: boolean; as?: string; json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        throw new CliError(`cannot read ${path}: ${(e as Error).message}`, EXIT.usage);
      }
      await withStore(async (ctx) => {
        const result = await importOscalCommand(ctx, text, { replace: opts.replace, frameworkId: opts.as });
        if (opts.json) return printJson(result);
        if (result.kind === 'catalog') {
          print(`Imported framework ${result.frameworkId} with ${result.requirements} requirement(s)${result.replaced ? ' (replaced)' : ''}.`);
        } else {
          print(`Imported ${result.mappings} mapping(s); ${result.unchanged} were already identical.`);
        }
      });
    });
}
