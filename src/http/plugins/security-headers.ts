// The security headers of every response (Content-Security-Policy, HSTS behind TLS, X-Frame-Options...), as
// helmet writes them. @fastify/helmet builds a new helmet middleware for every request (re-reading every option
// and the whole CSP), which cost a label page about a tenth of its time; yet with fixed options and no nonces the
// headers are the same for every request. So helmet runs once, at start, on a probe request in a scratch
// instance, and each request gets the very headers it produced. Helmet stays the author of the headers (an
// upgrade that adds one adds it here too); only the work per request goes. Routes still override a header
// (a report's stricter CSP) by setting it themselves.
import Fastify, { type FastifyInstance } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

/** The headers helmet sets with these options: those of a probe response, less those of the same response without helmet. */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<[string, string][]> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(helmet, options);
    probe.get('/with', async () => '');
    probe.get('/without', { helmet: false }, async () => '');
    const [withHelmet, without] = await Promise.all([probe.inject({ url: '/with' }), probe.inject({ url: '/without' })]);
    return Object.entries(withHelmet.headers)
      .filter(([name]) => !(name in without.headers))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]);
  } finally {
    await probe.close();
  }
}

/** Sets helmet's headers, computed once, on every response, before any handler runs (so errors and 404s have them). */
export async function registerSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  const headers = await helmetHeaders(options);
  if (!headers.some(([name]) => name === 'content-security-policy')) throw new Error('helmet produced no Content-Security-Policy');
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of headers) reply.header(name, value);
    done();
  });
}
