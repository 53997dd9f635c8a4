// Builds the real application over a real store for HTTP tests (through inject, no port).
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../src/http/app.js';
import { loadBundledCatalogs } from '../src/commands/load-bundled-catalogs.js';
import type { Clock } from '../src/commands/context.js';
import { createTestStore, type TestDialect, type TestStore } from './stores.js';

export interface TestApp {
  app: FastifyInstance;
  store: TestStore;
  close(): Promise<void>;
}

export const fixedClock = (iso = '2026-11-23T12:00:00.000Z'): Clock & { set(iso: string): void; advance(ms: number): void } => {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (v: string) => {
      now = new Date(v);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
};

export async function createTestApp(
  dialect: TestDialect,
  options: { bundle?: boolean; clock?: Clock; deps?: Partial<AppDeps> } = {},
): Promise<TestApp> {
  const store = await createTestStore(dialect);
  const clock = options.clock ?? fixedClock();
  if (options.bundle !== false) await loadBundledCatalogs({ store, clock });
  const app = await buildApp({
    store,
    clock,
    config: { bodyLimitBytes: 1024 * 1024, trustProxy: false, publicUrl: 'http://127.0.0.1:8080', logLevel: 'warn' },
    logger: false,
    ...options.deps,
  });
  await app.ready();
  return {
    app,
    store,
    close: async () => {
      await app.close();
      await store.drop();
    },
  };
}
