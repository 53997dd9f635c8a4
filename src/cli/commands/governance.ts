// iotspp governance: the scheduled check (tick), the member list, and registering founding members (the
// same commands the API calls; the CLI acts as "cli" in the audit log).
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { smtpMailer } from '../../commands/accounts/mail.js';
import { governanceTick } from '../../commands/governance/governance-tick.js';
import { currentMembers } from '../../commands/governance/member-queries.js';
import { foundMember } from '../../commands/governance/found-member.js';
import { MEMBERSHIP_CRITERIA, type MembershipCriterion } from '../../domain/governance/membership.js';
import { withStore } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { print, printJson, printTable } from '../output.js';

export function registerGovernance(program: Command): void {
  const governance = program.command('governance').description("the Platform's members, votes and decisions");

  governance
    .command('tick')
    .description('close the votes whose closing time has come and send "closes soon" mail (the server also does this every minute)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const config = readConfig();
      await withStore(async (ctx) => {
        const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
        const result = await governanceTick({ store: ctx.store, clock: ctx.clock, publicUrl: config.publicUrl, mailer });
        if (opts.json) return printJson(result);
        print(`Closed ${result.closed.length} vote(s)${result.closed.map((c) => `\n  ${c.id}: ${c.status}`).join('')}; reminded ${result.reminded.length}.`);
      });
    });

  governance
    .command('members')
    .description('the member organisations of the Platform')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (ctx) => {
        const members = await currentMembers(ctx);
        if (opts.json) return printJson(members.map((m) => ({ organisationId: m.organisationId, name: m.name, type: m.type, country: m.country, criterion: m.criterion, frameworkId: m.frameworkId, admittedAt: m.admittedAt, source: m.source, proposalId: m.proposalId })));
        if (members.length === 0) return print('The Platform has no members yet: register the founding members with `iotspp governance found-member`.');
        printTable(['organisation', 'country', 'criterion', 'since', 'by'], members.map((m) => [m.name, m.country, m.criterion, m.admittedAt.slice(0, 10), m.source === 'founding' ? 'founding' : `proposal ${m.proposalId}`]));
      });
    });

  governance
    .command('found-member')
    .description('register a founding member (only until members first vote on an application)')
    .requiredOption('--organisation <id>', 'the organisation id (see GET /api/organisations)')
    .requiredOption('--criterion <criterion>', MEMBERSHIP_CRITERIA.join(' | '))
    .option('--framework <id>', 'its framework in the registry, where it exists')
    .option('--json', 'machine-readable output')
    .action(async (opts: { organisation: string; criterion: string; framework?: string; json?: boolean }) => {
      if (!(MEMBERSHIP_CRITERIA as readonly string[]).includes(opts.criterion)) throw new CliError(`--criterion is one of ${MEMBERSHIP_CRITERIA.join(', ')}`, EXIT.usage);
      await withStore(async (ctx) => {
        const m = await foundMember(ctx, 'cli', { organisationId: opts.organisation, criterion: opts.criterion as MembershipCriterion, frameworkId: opts.framework ?? null });
        if (opts.json) return printJson(m);
        print(`Registered founding member ${m.organisationId} (${m.criterion}).`);
      });
    });
}
