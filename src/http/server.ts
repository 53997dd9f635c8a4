// Starts the platform: store, migrations, bundled catalogs, then the HTTP server on HOST:PORT.
import { buildApp } from './app.js';
import { start } from '../startup.js';
import type { Config } from '../config.js';

export async function serve(config: Config): Promise<{ url: string; close(): Promise<void> }> {
  const started = await start(config.database);
  const app = await buildApp({ store: started.store, clock: started.clock, config });
  const where = config.database.dialect === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  app.log.info(
    `store: ${where}; migrations applied: ${started.migrated.length}; bundle ${started.bundle.bundleVersion} ` +
      `(${started.bundle.frameworks} frameworks, ${started.bundle.requirements} requirements, ${started.bundle.mappings} mappings)` +
      (started.bundle.loaded ? ' loaded' : ' already loaded'),
  );
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const close = async () => {
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
