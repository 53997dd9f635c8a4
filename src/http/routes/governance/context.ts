// The governance routes' helpers: the commands' context from the app, and the viewer of a request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GovernanceContext } from '../../../commands/governance/context.js';
import { loadViewer } from '../../../commands/governance/viewer.js';
import type { Viewer } from '../../../domain/governance/visibility.js';

export function governanceContext(app: FastifyInstance): GovernanceContext {
  return { store: app.deps.store, clock: app.deps.clock, publicUrl: app.deps.config.publicUrl, mailer: app.deps.mailer ?? null };
}

export function viewerOf(app: FastifyInstance, req: FastifyRequest): Promise<Viewer> {
  return loadViewer(app.deps.store.db, req.actor);
}

export const READ = { access: { action: 'governance.read' as const } };
