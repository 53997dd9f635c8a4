// Builds the Fastify application, apart from listening (server.ts), so tests drive it through inject().
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from '../db/connect.js';
import type { Clock } from '../commands/context.js';
import type { Config } from '../config.js';
import { registerErrorHandler } from './plugins/errors.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { RequestsAtDebug } from './plugins/request-log.js';
import { registerAuthorization, type ActorResolver } from './plugins/authorization.js';
import { routes } from './routes/index.js';
import { createActorResolver, registerSessionDecorations } from './plugins/session.js';
import type { Mailer } from '../commands/accounts/mail.js';
import type { LabelKeyring } from '../labels-crypto/keyring.js';

export interface AppDeps {
  store: Store;
  clock: Clock;
  config: Pick<Config, 'bodyLimitBytes' | 'trustProxy' | 'publicUrl' | 'logLevel'> &
    Partial<Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'securityContact' | 'disclosureTickMinutes'>>;
  /** Resolves who is calling; by default from the session cookie or API token (src/http/plugins/session.ts). */
  resolveActor?: ActorResolver;
  /** SMTP delivery; without it mail waits in the outbox (GET /api/admin/outbox). */
  mailer?: Mailer | null;
  /** The label signing keys (src/labels-crypto/); without them no label can be issued and the key set is empty. */
  labelKeys?: LabelKeyring;
  /** 32-byte key sealing secrets at rest (TOTP seeds); the server loads it from SECRET_KEY or var/secret.key. */
  secretKey?: Buffer;
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export const API_VERSION = '0.1.0';

/** The security headers every response carries, as helmet options (applied by src/http/plugins/security-headers.ts). */
export function helmetOptions(trustProxy: boolean): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: trustProxy ? { maxAge: 31536000, includeSubDomains: true } : false,
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    // Query strings like ?layer=device&layer=cloud arrive as arrays; schemas coerce single values.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
    logger: deps.logger === false ? false : {
      level: deps.config.logLevel,
      // Secrets are never logged: no cookies, no authorization headers, no tokens in bodies.
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    },
    // One line per request at debug, not two at info (src/http/plugins/request-log.ts).
    logController: new RequestsAtDebug(),
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('deps', deps);
  registerErrorHandler(app);
  await app.register(cookie);
  registerSessionDecorations(app);
  registerAuthorization(app, deps.resolveActor ?? createActorResolver(app));

  await registerSecurityHeaders(app, helmetOptions(deps.config.trustProxy));
  await app.register(rateLimit, {
    global: true,
    max: 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: { code: 'rate_limited', message: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`, details: [] },
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'iotspp API',
        version: API_VERSION,
        description: 'IoT Security Policy Platform: framework registry, crosswalk, assessments, labels, governance and disclosure.',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      servers: [{ url: deps.config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'iotspp_session', description: 'Browser session from POST /api/session (__Host-iotspp_session over TLS); writes also need X-CSRF-Token from GET /api/session.' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'API token from POST /api/me/tokens (scoped; no CSRF token needed).' },
        },
      },
      security: [{}, { session: [] }, { apiToken: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  for (const route of routes) await app.register(route);

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: { action: 'public.read' } } }, async () => app.swagger());
  return app;
}
