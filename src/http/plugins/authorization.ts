// Every route names the action it performs (route config `access.action`); this plugin resolves the actor and
// asks the one policy function before any handler runs. A route without an action makes the app refuse to
// start, so no route can decide on its own or forget to decide.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANONYMOUS, type Actor } from '../../domain/access/actor.js';
import { can, isAction, type Action } from '../../domain/access/policy.js';
import { DomainError } from '../../domain/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: { action: Action };
  }
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyInstance {
    /** Every route with the action it names, as registered (for the authorization matrix test and docs). */
    accessTable: { method: string; url: string; action: string }[];
  }
}

/** Routes added by third-party plugins (API docs, static files) serve public, read-only content. */
const PLUGIN_PREFIXES = ['/api/docs', '/assets/'];

export type ActorResolver = (req: FastifyRequest) => Promise<Actor>;

export function registerAuthorization(app: FastifyInstance, resolveActor: ActorResolver = async () => ANONYMOUS): void {
  const missing: string[] = [];
  // Getter/setter rather than a shared default object: Fastify forbids reference-type request decorations.
  const slot = Symbol('actor');
  type WithSlot = FastifyRequest & { [slot]?: Actor };
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return (this as WithSlot)[slot] ?? ANONYMOUS;
    },
    setter(this: FastifyRequest, value: Actor) {
      (this as WithSlot)[slot] = value;
    },
  });

  const table: FastifyInstance['accessTable'] = [];
  app.decorate('accessTable', table);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: { action: string } };
    const methods = [route.method].flat().map(String);
    for (const method of methods) table.push({ method, url: route.url, action: config.access?.action ?? 'public.read' });
    const readOnly = methods.every((m) => m === 'GET' || m === 'HEAD');
    if (!config.access && readOnly && PLUGIN_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...config, access: { action: 'public.read' } } as typeof route.config;
      return;
    }
    if (!config.access || !isAction(config.access.action)) missing.push(`${methods.join(',')} ${route.url}`);
  });

  app.addHook('onReady', async () => {
    if (missing.length > 0) throw new Error(`routes without an authorization action: ${missing.join(', ')}`);
  });

  // Before validation: a caller who may not use a route learns nothing about what it would accept.
  app.addHook('preValidation', async (req) => {
    req.actor = await resolveActor(req);
    const action = req.routeOptions.config.access?.action;
    if (!action) return; // 404 handler: nothing to authorise
    assertCan(req, action);
  });
}

/** For handlers that must check again once they have loaded the resource. */
export function assertCan(req: FastifyRequest, action: Action, resource?: unknown): void {
  if (can(req.actor, action, resource)) return;
  if (req.actor.kind === 'anonymous') throw new DomainError('unauthenticated', 'Sign in to do this.');
  throw new DomainError('forbidden', 'Your account is not allowed to do this.');
}
