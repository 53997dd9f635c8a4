import type { Command } from 'commander';
import { listFrameworksCommand } from '../../commands/list-frameworks.js';
import { showFrameworkCommand } from '../../commands/show-framework.js';
import { listRequirementsCommand } from '../../commands/list-requirements.js';
import { presentFramework, presentRequirement } from '../../http/routes/frameworks/presenter.js';
import { withStore } from '../context.js';
import { print, printJson, printTable } from '../output.js';

const ALL = { limit: 100_000, offset: 0 };

export function registerFrameworks(program: Command): void {
  program
    .command('frameworks')
    .description('list the frameworks in the registry')
    .option('--jurisdiction <code...>', 'ISO country code, EU or INT')
    .option('--scope <scope...>', 'consumer, industrial or general')
    .option('--json', 'machine-readable output')
    .action(async (opts: { jurisdiction?: string[]; scope?: ('consumer' | 'industrial' | 'general')[]; json?: boolean }) => {
      await withStore(async (ctx) => {
        const page = await listFrameworksCommand(ctx, { jurisdiction: opts.jurisdiction, scope: opts.scope }, ALL);
        if (opts.json) return printJson(page.items.map(presentFramework));
        printTable(
          ['id', 'short name', 'version', 'where', 'status', 'requirements'],
          page.items.map((e) => [
            e.framework.id,
            e.framework.shortName,
            e.framework.version,
            e.framework.jurisdictions.join(' '),
            e.framework.status,
            e.requirementCount,
          ]),
          40,
        );
      });
    });

  const framework = program.command('framework').description('one framework');
  framework
    .command('show <id>')
    .description("a framework's facts and counts by level")
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withStore(async (ctx) => {
        const entry = await showFrameworkCommand(ctx, id);
        if (opts.json) return printJson({ ...presentFramework(entry), groups: entry.groups });
        const f = entry.framework;
        print(`${f.shortName} (${f.id}), version ${f.version}`);
        print(`${f.title}`);
        print(`Issuer: ${f.issuer}. Behind it: ${f.organisation}. Jurisdictions: ${f.jurisdictions.join(', ')}.`);
        print(`Status: ${f.status}; scope: ${f.scope}; layers: ${f.layers.join(', ')}; published: ${f.publicationDate ?? 'unknown'}.`);
        print(`Development: ${f.development.stage}${f.development.multistakeholder ? ', multistakeholder process' : ''}.`);
        print(`Source: ${f.sourceUrl}  Licence: ${f.licence.name}`);
        print(`\n${f.summary}\n`);
        printTable(['level', 'requirements'], Object.entries(entry.levelCounts).filter(([, n]) => n > 0));
        if (entry.unverifiedCount > 0) print(`\n${entry.unverifiedCount} requirement(s) not verified against the official text.`);
        for (const note of f.notes) print(`Note: ${note}`);
      });
    });

  program
    .command('requirements <framework>')
    .description("a framework's requirements, optionally searched")
    .option('--search <text>', 'words that must all appear')
    .option('--json', 'machine-readable output')
    .action(async (frameworkId: string, opts: { search?: string; json?: boolean }) => {
      await withStore(async (ctx) => {
        const page = await listRequirementsCommand(ctx, { frameworkId, search: opts.search, ...ALL });
        if (opts.json) return printJson(page.items.map(presentRequirement));
        printTable(
          ['id', 'level', 'title'],
          page.items.map((r) => [r.id + (r.verification === 'unverified' ? ' (unverified)' : ''), r.level, r.title]),
          70,
        );
        print(`${page.total} requirement(s)`);
      });
    });
}
