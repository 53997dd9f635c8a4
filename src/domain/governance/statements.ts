// Joint statements (the Platform's statement of 14 November 2019 is the model): drafted, commented on
// paragraph by paragraph, revised with every version kept, and adopted by a vote of members on one fixed
// version. Paragraphs keep their id across versions, so a comment made on version 2 still points at the same
// paragraph in version 3 (or says that paragraph was removed).

export const STATEMENT_STATUSES = ['drafting', 'voting', 'adopted', 'withdrawn'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export interface Paragraph {
  id: string;
  text: string;
}

export const MAX_PARAGRAPHS = 200;
export const MAX_PARAGRAPH_LENGTH = 5000;

/**
 * The paragraphs of a new version. A paragraph sent with the id of one in the previous version keeps that
 * id; a paragraph without one gets the next free id (p1, p2, ...), never reusing an id the statement had.
 */
export function reviseParagraphs(previous: readonly Paragraph[] | null, usedIds: readonly string[], input: readonly { id?: string | null; text: string }[]): { paragraphs: Paragraph[]; problems: string[] } {
  const problems: string[] = [];
  const known = new Set((previous ?? []).map((p) => p.id));
  const seen = new Set<string>();
  let next = Math.max(0, ...usedIds.map((id) => Number(/^p(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  const paragraphs: Paragraph[] = [];
  input.forEach((p, i) => {
    const text = p.text.trim();
    if (text === '') problems.push(`paragraph ${i + 1} is empty`);
    if (text.length > MAX_PARAGRAPH_LENGTH) problems.push(`paragraph ${i + 1} is longer than ${MAX_PARAGRAPH_LENGTH} characters`);
    let id = p.id ?? null;
    if (id !== null && !known.has(id)) problems.push(`paragraph ${i + 1} names "${id}", which the previous version does not have`);
    if (id !== null && seen.has(id)) problems.push(`paragraph ${i + 1} repeats the id "${id}"`);
    if (id === null) id = `p${next++}`;
    seen.add(id);
    paragraphs.push({ id, text });
  });
  if (paragraphs.length === 0) problems.push('a statement has at least one paragraph');
  if (paragraphs.length > MAX_PARAGRAPHS) problems.push(`a statement has at most ${MAX_PARAGRAPHS} paragraphs`);
  return { paragraphs, problems };
}

export function canRevise(status: StatementStatus): boolean {
  return status === 'drafting';
}

/** The text voted on is the text adopted: a statement is put to a vote on one version, and frozen meanwhile. */
export function canPutToVote(status: StatementStatus): boolean {
  return status === 'drafting';
}

/** Statement status when its adoption proposal ends. */
export function statusAfterVote(outcome: 'approved' | 'refused' | 'lapsed' | 'withdrawn'): StatementStatus {
  return outcome === 'approved' ? 'adopted' : 'drafting';
}
