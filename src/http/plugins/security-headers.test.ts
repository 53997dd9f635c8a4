// The headers computed once at start are exactly those @fastify/helmet sets per request with the app's options,
// on answers, on errors, on 404s and on refusals by an earlier hook, with and without TLS behind a proxy.
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { describe, expect, it } from 'vitest';
import { helmetOptions } from '../app.js';
import { registerSecurityHeaders } from './security-headers.js';

async function withRoutes(app: FastifyInstance): Promise<FastifyInstance> {
  app.get('/ok', async () => ({ ok: true }));
  app.get('/html', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<p>hi</p>'));
  app.get('/own-csp', async (_req, reply) => reply.header('content-security-policy', "default-src 'none'; sandbox").send('x'));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  app.get('/refused', { onRequest: async (_req, reply) => reply.code(429).send({ error: 'slow down' }) }, async () => 'never');
  await app.ready();
  return app;
}

function securityHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  const { date: _d, 'content-length': _l, 'content-type': _t, connection: _c, 'keep-alive': _k, ...rest } = headers;
  return rest;
}

describe('security headers', () => {
  for (const trustProxy of [false, true]) {
    it(`are helmet's own, computed once (trustProxy ${trustProxy})`, async () => {
      const viaHelmet = await withRoutes(Fastify({ logger: false }).register(helmet, helmetOptions(trustProxy)) as unknown as FastifyInstance);
      const once = Fastify({ logger: false });
      await registerSecurityHeaders(once, helmetOptions(trustProxy));
      await withRoutes(once);
      for (const url of ['/ok', '/html', '/own-csp', '/fails', '/refused', '/missing']) {
        const [a, b] = await Promise.all([viaHelmet.inject({ url }), once.inject({ url })]);
        expect(b.statusCode, url).toBe(a.statusCode);
        expect(securityHeaders(b.headers), url).toEqual(securityHeaders(a.headers));
      }
      const csp = String((await once.inject({ url: '/ok' })).headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect((await once.inject({ url: '/own-csp' })).headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect('strict-transport-security' in (await once.inject({ url: '/ok' })).headers).toBe(trustProxy);
      await Promise.all([viaHelmet.close(), once.close()]);
    });
  }
});
