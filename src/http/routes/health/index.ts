import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { DomainError } from '../../../domain/errors.js';

const HealthSchema = Type.Object({ status: Type.Literal('ok'), database: Type.String() });

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      schema: { tags: ['meta'], summary: 'Liveness and database reachability', response: { 200: HealthSchema } },
      config: { access: { action: 'public.read' }, rateLimit: false },
    },
    async () => {
      try {
        await sql`select 1`.execute(app.deps.store.db);
      } catch {
        throw new DomainError('unavailable', 'The database is not reachable.');
      }
      return { status: 'ok' as const, database: app.deps.store.dialect };
    },
  );
};
