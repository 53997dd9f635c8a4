// iotspp label: verify a label (offline with a saved key set, or online), and manage the platform's label keys.
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { systemClock } from '../../commands/context.js';
import { verifyLabelSource } from '../../commands/labels/verify-label-source.js';
import { rotateLabelKeys } from '../../commands/labels/rotate-label-keys.js';
import { withdrawLabel } from '../../commands/labels/withdraw-label.js';
import { WITHDRAWAL_REASONS, isOneOf } from '../../domain/labels/vocabulary.js';
import { lastDayBefore } from '../../domain/labels/dates.js';
import { labelKeyringFor } from '../../labels-crypto/keyring-from-config.js';
import { withStore } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { print, printJson, printTable } from '../output.js';

interface VerifyOptions {
  jwks?: string;
  online?: boolean;
  offline?: boolean;
  json?: boolean;
}

export function registerLabel(program: Command): void {
  const label = program.command('label').description('Trusted IoT labels: verify them, manage the signing keys');

  label
    .command('verify <source>')
    .description('verify a label (a .jws file or its URL); exits 1 saying why when it does not verify (changed, unknown key, wrong algorithm, expired, withdrawn)')
    .option('--jwks <file|url>', "the issuer's public keys (a saved /.well-known/jwks.json); for a URL, defaults to that site's")
    .option('--online', "ask the issuer for the label's status (to catch a withdrawal) even for a file")
    .option('--offline', 'never use the network')
    .option('--json', 'machine-readable: {valid, reason, message, claims, kid, status, online, source}')
    .action(async (source: string, opts: VerifyOptions) => {
      if (opts.online && opts.offline) throw new CliError('choose --online or --offline, not both', EXIT.usage);
      if (opts.offline && (/^https?:\/\//i.test(source) || /^https?:\/\//i.test(opts.jwks ?? ''))) {
        throw new CliError('--offline needs a label file and a key set file (--jwks FILE)', EXIT.usage);
      }
      const result = await verifyLabelSource({ label: source, jwks: opts.jwks ?? null, online: opts.offline ? false : opts.online ? true : null, now: systemClock.now() });
      if (opts.json) printJson(result);
      else if (result.valid) {
        const c = result.claims!;
        print(`valid: ${result.message}`);
        printTable(
          ['claim', 'value'],
          [
            ['label', `${c.jti} (${c.url})`],
            ['manufacturer', c.manufacturer.name],
            ['product', [c.product.name, c.product.model].filter(Boolean).join(' ')],
            ['release', c.release.version],
            ['security updates until', c.supportEnd],
            ['report vulnerabilities to', c.disclosureContact],
            ['label valid until', lastDayBefore(c.exp)],
            ...c.conformance.map((x) => [`${x.frameworkName} ${x.frameworkVersion}`, `${x.verdict} (${x.assessmentType}, ${x.assessedAt})`]),
            ['status', result.online === 'checked' ? (result.status ?? '') : result.online === 'unavailable' ? 'not known: the issuer could not be asked' : 'not asked (offline)'],
          ],
          100,
        );
      }
      if (!result.valid) {
        if (!opts.json) process.stderr.write(`iotspp: the label does not verify (${result.reason}): ${result.message}\n`);
        process.exitCode = EXIT.failure;
      }
    });

  const keys = label.command('keys').description('the label signing keys (LABEL_KEYS_DIR, default ./var/keys)');
  keys
    .command('rotate')
    .description('sign new labels with a new key; the old public key stays published so existing labels keep verifying')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const config = readConfig();
      await withStore(async (ctx) => {
        const rotation = await rotateLabelKeys({ ...ctx, keys: labelKeyringFor(config, ctx.clock) });
        if (opts.json) return printJson(rotation);
        print(`New labels are now signed with ${rotation.currentKid}; ${rotation.previousKid} stays published (${rotation.publishedKids.length} keys in /.well-known/jwks.json).`);
      });
    });
  keys
    .command('list')
    .description('the published public keys, newest (the signing key) first')
    .option('--json', 'the key set as served at /.well-known/jwks.json')
    .action(async (opts: { json?: boolean }) => {
      const jwks = await labelKeyringFor(readConfig()).publicKeys();
      if (opts.json) return printJson(jwks);
      printTable(['kid', 'use'], jwks.keys.map((k, i) => [k.kid, i === 0 ? 'signs new labels' : 'verifies older labels']));
    });

  label
    .command('withdraw <id>')
    .description('withdraw a label as the operator (administrators do it with POST /api/labels/ID/withdrawal)')
    .requiredOption('--reason <reason>', `one of ${WITHDRAWAL_REASONS.join(', ')}`)
    .option('--note <text>', 'shown on the label page (required with --reason other)', '')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { reason: string; note: string; json?: boolean }) => {
      if (!isOneOf(WITHDRAWAL_REASONS, opts.reason)) throw new CliError(`--reason must be one of ${WITHDRAWAL_REASONS.join(', ')}`, EXIT.usage);
      const config = readConfig();
      await withStore(async (ctx) => {
        const record = await withdrawLabel({ ...ctx, keys: null, publicUrl: config.publicUrl }, 'cli', id, { reason: opts.reason as (typeof WITHDRAWAL_REASONS)[number], note: opts.note });
        if (opts.json) return printJson({ id: record.id, withdrawal: record.state.withdrawal });
        print(`Withdrawn: ${record.payload.url} (${opts.reason}).`);
      });
    });
}
