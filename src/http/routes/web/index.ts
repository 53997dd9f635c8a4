// Serves the browser application built by Vite into dist/web: hashed files under /assets/ with a year-long
// immutable cache, the few top-level files (favicon) as they are, and index.html for every other GET outside the
// API, so that each page's address works on reload and when shared (the application routes in the browser).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../../dist/web/', import.meta.url));

/** Paths the application never answers: the API, health, well-known files and label pages have their own routes. */
const NOT_THE_APP = ['/api', '/healthz', '/.well-known', '/l'];

const TOP_LEVEL_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const NOT_BUILT =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not built</title></head><body>' +
  '<h1>The web application is not built</h1><p>Run <code>npm run build</code> (or start with <code>npm start</code>, ' +
  'which builds it when needed). The API is available at <a href="/api/docs">/api/docs</a>.</p></body></html>';

function isAppPath(path: string): boolean {
  return !NOT_THE_APP.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function webRoutesFor(root: string): FastifyPluginAsync {
  return async (app) => {
    const assets = join(root, 'assets');
    if (existsSync(assets)) {
      // Hashed names change with their content, so a year-long immutable cache is safe.
      await app.register(fastifyStatic, {
        root: assets,
        prefix: '/assets/',
        immutable: true,
        maxAge: '365d',
        index: false,
        decorateReply: false,
        wildcard: true,
      });
    }

    app.get(
      '/*',
      { schema: { hide: true }, config: { access: { action: 'public.read' } } },
      async (req, reply) => {
        const path = req.url.split('?')[0] ?? '/';
        if (!isAppPath(path)) return reply.callNotFound();

        const name = path.slice(1);
        const type = TOP_LEVEL_TYPES[extname(name)];
        if (type && /^[a-z0-9][a-z0-9._-]*$/i.test(name)) {
          const file = join(root, name);
          if (existsSync(file) && statSync(file).isFile()) {
            return reply.type(type).header('cache-control', 'public, max-age=86400').send(readFileSync(file));
          }
          return reply.callNotFound();
        }

        const index = join(root, 'index.html');
        if (!existsSync(index)) return reply.status(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
        // Read per request: a rebuild is served without a restart, and the file is under a kilobyte.
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(index));
      },
    );
  };
}

export const webRoutes = webRoutesFor(DEFAULT_WEB_ROOT);
