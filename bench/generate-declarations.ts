// Generated declarations for the bulk assessment benchmark: realistic shapes (every baseline item answered
// with a mix of statuses, a release profile, a few facts, some follow-up answers), deterministic from a seed,
// written as NDJSON without holding them in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { AssessmentPlan } from '../src/domain/assessments/derivation-plan.js';
import { PASSWORD_APPROACHES, PRODUCT_CATEGORIES, UPDATE_MECHANISMS } from '../src/domain/assessments/product-profile.js';

const STATUSES = ['met', 'met', 'met', 'partly-met', 'not-met', 'not-applicable', 'unknown'] as const;

export async function writeDeclarations(plan: AssessmentPlan, path: string, count: number, seed = 7): Promise<number> {
  let state = seed >>> 0;
  const next = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const pick = <T>(list: readonly T[]) => list[next(list.length)]!;
  const out = createWriteStream(path);
  let bytes = 0;
  const followUpTargets = plan.frameworks.flatMap((f) => f.requirements.slice(0, 3).map((r) => [f.framework.id, r.requirement.id] as const));
  for (let i = 0; i < count; i++) {
    const answers: Record<string, unknown> = {};
    for (const item of plan.items) {
      const status = pick(STATUSES);
      answers[item.id] = status === 'not-applicable' ? { status, reason: 'not part of this product' } : status === 'met' && next(4) === 0 ? { status, evidence: [{ type: 'url', url: `https://maker-${i % 97}.example/${item.id}` }] } : { status };
    }
    const followUp: Record<string, Record<string, unknown>> = {};
    for (let k = next(4); k > 0; k--) {
      const [fw, req] = pick(followUpTargets);
      (followUp[fw] ??= {})[req] = { status: pick(['met', 'partly-met', 'not-met'] as const) };
    }
    const line = JSON.stringify({
      format: 'iotspp-declaration/1',
      product: { name: `Generated product ${i}`, model: `GP-${i % 1000}`, category: pick(PRODUCT_CATEGORIES) },
      release: { version: `1.${i % 50}.${i % 7}`, supportEnd: '2031-12-31', passwords: pick(PASSWORD_APPROACHES), updateMechanism: pick(UPDATE_MECHANISMS), disclosureContact: 'https://maker.example/security' },
      facts: { 'is-constrained-device': next(2) === 0, 'collects-telemetry': next(2) === 0 },
      answers,
      followUp,
    });
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
