// PATCH some answers of a release's declaration (what the web pages send as a manufacturer fills it in):
// answers, facts and follow-up answers are merged; null removes one. The merged declaration must be valid.
import type { Actor } from '../../domain/access/actor.js';
import type { Answer } from '../../domain/assessments/declaration.js';
import type { ProductFact } from '../../domain/assessments/product-facts.js';
import type { Product, Release, StoredDeclaration } from '../../domain/assessments/product.js';
import type { CommandContext } from '../context.js';
import { writeDeclaration } from './write-declaration.js';

export interface DeclarationPatch {
  baselineVersion?: string | null;
  facts?: Partial<Record<ProductFact, boolean | null>>;
  answers?: Record<string, Answer | null>;
  followUp?: Record<string, Record<string, Answer | null> | null>;
}

function merge<T>(base: Record<string, T>, patch: Record<string, T | null> | undefined): Record<string, T> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

export async function updateDeclaration(ctx: CommandContext, actor: Actor, product: Product, release: Release, patch: DeclarationPatch): Promise<StoredDeclaration> {
  return writeDeclaration(ctx, actor, product, release, 'declaration.update', (current) => {
    const followUp = { ...current.followUp };
    for (const [frameworkId, answers] of Object.entries(patch.followUp ?? {})) {
      if (answers === null) delete followUp[frameworkId];
      else {
        const merged = merge(followUp[frameworkId] ?? {}, answers);
        if (Object.keys(merged).length === 0) delete followUp[frameworkId];
        else followUp[frameworkId] = merged;
      }
    }
    const facts = Object.fromEntries(Object.entries({ ...current.facts, ...patch.facts }).filter(([, v]) => v !== null)) as Partial<Record<ProductFact, boolean>>;
    return {
      release,
      answers: {
        baselineVersion: patch.baselineVersion === undefined ? current.baselineVersion : patch.baselineVersion,
        facts,
        answers: merge(current.answers, patch.answers),
        followUp,
      },
    };
  });
}
