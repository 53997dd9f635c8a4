// The label commands' context, built from the app's dependencies.
import type { FastifyInstance } from 'fastify';
import type { LabelContext } from '../../../commands/labels/label-context.js';
import type { LabelFilter } from '../../../domain/labels/label-record.js';

export function labelContext(app: FastifyInstance): LabelContext {
  return { store: app.deps.store, clock: app.deps.clock, keys: app.deps.labelKeys ?? null, publicUrl: app.deps.config.publicUrl };
}

/** The registry's query string as a filter. */
export function filterOf(q: { q?: string; manufacturer?: string; category?: LabelFilter['category']; status?: LabelFilter['status']; framework?: string }): LabelFilter {
  return {
    ...(q.q ? { q: q.q } : {}),
    ...(q.manufacturer ? { manufacturerId: q.manufacturer } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.status && q.status.length > 0 ? { status: q.status } : {}),
    ...(q.framework ? { framework: q.framework } : {}),
  };
}
