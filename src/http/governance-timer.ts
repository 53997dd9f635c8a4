// The server's scheduled governance check: every minute (and once at start) it runs the same tick as
// `iotspp governance tick`, which closes votes whose closing time has come and sends "closes soon" mail. The
// interval only decides how often to look; what is due is decided by the injected clock.
import type { FastifyBaseLogger } from 'fastify';
import type { GovernanceContext } from '../commands/governance/context.js';
import { governanceTick } from '../commands/governance/governance-tick.js';

export const GOVERNANCE_TICK_MS = 60_000;

export function startGovernanceTimer(ctx: GovernanceContext, log: FastifyBaseLogger, everyMs = GOVERNANCE_TICK_MS): { stop(): void } {
  let running = false;
  const run = async () => {
    if (running) return; // a slow tick is not stacked with the next one
    running = true;
    try {
      const result = await governanceTick(ctx);
      if (result.closed.length > 0 || result.reminded.length > 0) log.info({ governance: result }, 'governance tick');
    } catch (e) {
      log.error({ err: e }, 'governance tick failed; it runs again at the next interval');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
