// What to do about a requirement that is not met: read from the same facts as its reasons.
import type { FrameworkOutcome } from './derive.js';
import { GIVES_WORDS, type Reason } from './reasons.js';

export function actionFor(out: FrameworkOutcome, i: number, reasons: Reason[]): string | null {
  const status = out.status[i]!;
  if (status === 0 || status === 3) return null; // met, not-applicable
  const pr = out.plan.requirements[i]!;
  const undecided = reasons.filter((r) => r.kind === 'condition' && r.holds === null);
  if (out.applies[i] === 2 && undecided.length > 0) {
    const facts = undecided.flatMap((r) => (r.kind === 'condition' && r.fact ? [r.fact] : []));
    return facts.length > 0
      ? `State the product fact${facts.length > 1 ? 's' : ''} ${facts.join(', ')} in the declaration.`
      : 'No product fact decides whether it applies: answer the follow-up question (not-applicable with a reason if it does not apply).';
  }
  if (out.conflict[i]) return 'The answers that feed it contradict each other: check them and correct the declaration.';
  if (out.open[i]) {
    if (pr.children.length > 0) return `Settle its sub-requirements (${pr.children.map((c) => out.plan.requirements[c]!.requirement.id).join(', ')}).`;
    const reached = reasons.some((r) => r.kind === 'baseline' && r.relationship !== 'no-relationship');
    if (!reached) return 'The baseline does not reach it: answer the follow-up question.';
    const unanswered = reasons.flatMap((r) => (r.kind === 'baseline' && r.answer === 'unknown' && r.relationship !== 'no-relationship' ? [r.item] : []));
    if (unanswered.length > 0) {
      const also = out.askable[i] ? ', and the follow-up question: the baseline covers only part of it' : '';
      return `Answer ${unanswered.join(', ')} in the declaration${also}.`;
    }
    return 'The baseline answers cover only part of it: answer the follow-up question for the rest.';
  }
  const failing = reasons.filter((r) => (r.kind === 'baseline' || r.kind === 'follow-up' || r.kind === 'children') && limits(r.gives));
  const items = failing.flatMap((r) => (r.kind === 'baseline' ? [`${r.item} (${r.itemTitle})`] : []));
  const parts: string[] = [];
  if (items.length > 0) parts.push(`meet ${items.join(' and ')}`);
  if (failing.some((r) => r.kind === 'children')) parts.push(`meet its sub-requirements (${pr.children.map((c) => out.plan.requirements[c]!.requirement.id).join(', ')})`);
  if (failing.some((r) => r.kind === 'follow-up')) parts.push('meet the requirement itself');
  if (parts.length === 0) return `Meet the requirement (now ${GIVES_WORDS[status === 1 ? 'partly-met' : 'not-met']}) and update the declaration.`;
  const text = parts.join(', ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}, then update the declaration.`;
}

function limits(gives: string): boolean {
  return gives === 'partly-met' || gives === 'not-met' || gives === 'at-most-partly-met';
}
