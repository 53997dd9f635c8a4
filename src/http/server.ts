// Starts the platform: store, migrations, bundled catalogs, then the HTTP server on HOST:PORT.
import { buildApp } from './app.js';
import { start } from '../startup.js';
import type { Config } from '../config.js';
import { issueSetupToken } from '../commands/accounts/issue-setup-token.js';
import { smtpMailer } from '../commands/accounts/mail.js';
import { loadSecretKey } from '../commands/accounts/secret-box.js';
import { labelKeyringFor } from '../labels-crypto/keyring-from-config.js';
import { startGovernanceTimer } from './governance-timer.js';

export async function serve(config: Config): Promise<{ url: string; close(): Promise<void> }> {
  const started = await start(config.database);
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
  const secretKey = loadSecretKey(config.secretKey ?? undefined, config.secretKeyFile);
  // The label signing key is made on the first start (owner-only, outside the database); a key file others can
  // read stops the start here rather than at the first label.
  const labelKeys = labelKeyringFor(config);
  await labelKeys.signingKey();
  const app = await buildApp({ store: started.store, clock: started.clock, config, mailer, secretKey, labelKeys });
  const where = config.database.dialect === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  app.log.info(
    `store: ${where}; migrations applied: ${started.migrated.length}; bundle ${started.bundle.bundleVersion} ` +
      `(${started.bundle.frameworks} frameworks, ${started.bundle.requirements} requirements, ${started.bundle.mappings} mappings)` +
      (started.bundle.loaded ? ' loaded' : ' already loaded') +
      (started.bundle.conflicts.length > 0 ? `; ${started.bundle.conflicts.length} bundled row(s) not applied over curated edits (see the audit log)` : ''),
  );
  if (!mailer) app.log.info('no SMTP_URL: mail waits in the outbox (GET /api/admin/outbox)');
  // No account exists until someone holding this one-time link creates the first administrator. The link is a
  // secret: it goes to stdout once, never through the logger.
  const setup = await issueSetupToken({ store: started.store, clock: started.clock, publicUrl: config.publicUrl }, { by: 'system' });
  if (setup) {
    process.stdout.write(`\nNo administrator exists yet. Create the first one within 24 hours (until ${setup.expiresAt}) at:\n  ${setup.url}\n(This link works once. Restarting the server issues a new one and ends this one.)\n\n`);
  }
  await app.listen({ host: config.host, port: config.port });
  const governance = startGovernanceTimer({ store: started.store, clock: started.clock, publicUrl: config.publicUrl, mailer }, app.log);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const close = async () => {
    governance.stop();
    await app.close();
    await started.store.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: shutting down`);
      void close().then(() => process.exit(0));
    });
  }
  return { url, close };
}
