// Coordinated vulnerability disclosure (issue 9): public files and pages, manufacturers' policies and PSIRTs,
// intake and the private link, and cases for their participants. When the configuration asks for it
// (DISCLOSURE_TICK_MINUTES, set by the server), deadline notices are sent on a timer using the app's clock.
import type { FastifyPluginAsync } from 'fastify';
import { startDeadlineTimer } from '../../../commands/disclosure/run-deadline-tick.js';
import { disclosureContext } from './context.js';
import { publicDisclosureRoutes } from './public-routes.js';
import { manageDisclosureRoutes } from './manage-routes.js';
import { intakeRoutes } from './intake-routes.js';
import { caseRoutes } from './case-routes.js';

export const disclosureRoutes: FastifyPluginAsync = async (app) => {
  await app.register(publicDisclosureRoutes);
  await app.register(manageDisclosureRoutes);
  await app.register(intakeRoutes);
  await app.register(caseRoutes);

  const minutes = app.deps.config.disclosureTickMinutes ?? 0;
  if (minutes > 0) {
    let timer: { stop(): void } | null = null;
    app.addHook('onReady', async () => {
      timer = startDeadlineTimer(disclosureContext(app), minutes * 60_000, (e) => app.log.error({ err: e }, 'disclosure deadline tick failed'));
    });
    app.addHook('onClose', async () => timer?.stop());
  }
};
