// `iotspp assess --bulk FILE.ndjson`: one declaration per line in, one result line per declaration out, in
// constant memory (a line is read, assessed and written before the next is read; nothing is kept). A bad line
// gives an error line with its number and the rest go on.
import { assessPrepared, chooseFrameworks } from '../../domain/assessments/assess.js';
import { prepareDeclaration } from '../../domain/assessments/prepared-declaration.js';
import type { Verdict } from '../../domain/assessments/status.js';
import type { DecidingSummary } from '../../domain/assessments/verdict.js';
import type { ErrorDetail } from '../../domain/errors.js';
import { parseDeclaration } from '../../validation/declaration.js';
import type { AssessmentRegistry } from './offline-plan.js';

export interface BulkVerdict extends DecidingSummary {
  verdict: Verdict;
}

export type BulkLine =
  | { line: number; product: string; model: string | null; release: string | null; frameworks: Record<string, BulkVerdict> }
  | { line: number; error: { code: 'validation_failed'; message: string; details: ErrorDetail[] } };

export interface BulkTotals {
  lines: number;
  assessed: number;
  invalid: number;
  /** Per framework: how many declarations got each verdict. */
  verdicts: Record<string, Record<Verdict, number>>;
}

/** Assesses each non-blank line; `frameworkIds` empty means every assessable framework. */
export async function* assessLines(registry: AssessmentRegistry, lines: AsyncIterable<string>, frameworkIds: string[], totals?: BulkTotals): AsyncGenerator<BulkLine> {
  const frameworks = chooseFrameworks(registry.plan, frameworkIds);
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text.trim() === '') continue;
    if (totals) totals.lines++;
    const parsed = parseDeclaration(text, registry.vocabulary);
    if (!parsed.ok) {
      if (totals) totals.invalid++;
      yield { line: number, error: { code: 'validation_failed', message: `line ${number} is not a valid declaration`, details: parsed.errors } };
      continue;
    }
    const d = parsed.declaration;
    const result = assessPrepared(registry.plan, prepareDeclaration(registry.plan, d), frameworks, 'summary');
    const out: Record<string, BulkVerdict> = {};
    for (const f of result.frameworks) {
      out[f.framework] = { verdict: f.verdict, ...f.deciding };
      if (totals) {
        const v = (totals.verdicts[f.framework] ??= { conforms: 0, 'does-not-conform': 0, incomplete: 0 });
        v[f.verdict]++;
      }
    }
    if (totals) totals.assessed++;
    yield { line: number, product: d.product.name, model: d.product.model ?? null, release: d.release?.version ?? null, frameworks: out };
  }
}

export function emptyTotals(): BulkTotals {
  return { lines: 0, assessed: 0, invalid: 0, verdicts: {} };
}
