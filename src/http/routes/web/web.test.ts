import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAuthorization } from '../../plugins/authorization.js';
import { registerErrorHandler } from '../../plugins/errors.js';
import { createTestApp, type TestApp } from '../../../../test/app.js';
import { webRoutesFor } from './index.js';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1a2b.js"></script></head><body><div id="root"></div></body></html>';

async function appOver(root: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  registerAuthorization(app);
  await app.register(webRoutesFor(root));
  app.get('/api/frameworks', { config: { access: { action: 'public.read' } } }, async () => ({ items: [] }));
  await app.ready();
  return app;
}

describe('the web application routes', () => {
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'iotspp-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await appOver(root);
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers every page address with index.html, never cached', async () => {
    for (const url of ['/', '/frameworks', '/frameworks/etsi-en-303-645/requirements/5.1-1', '/compare?a=x&b=y', '/no/such/page']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(INDEX);
    }
  });

  it('serves hashed assets with a long immutable cache, and 404 for a missing one', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['cache-control']).toContain('max-age=31536000');
    expect((await app.inject({ method: 'GET', url: '/assets/missing-0000.js' })).statusCode).toBe(404);
  });

  it('serves top-level files such as the favicon', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect((await app.inject({ method: 'GET', url: '/robots.txt' })).statusCode).toBe(404);
  });

  it('leaves the API, health, well-known and label addresses to their own routes (JSON 404 when unknown)', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/frameworks' })).json()).toEqual({ items: [] });
    for (const url of ['/api/nope', '/api', '/healthz/x', '/.well-known/security.txt', '/l/abc']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('says how to build the application when it is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'iotspp-web-empty-'));
    const bare = await appOver(empty);
    const res = await bare.inject({ method: 'GET', url: '/frameworks' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('the web application inside the full app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { bundle: false });
  });
  afterAll(async () => t.close());

  it('is served under the strict content security policy, and the API keeps its JSON 404', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/frameworks' });
    expect([200, 503]).toContain(page.statusCode);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const api = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });
});
