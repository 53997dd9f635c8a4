// The comparison as CSV: one row per requirement of each framework checked against the other, with its status,
// its counterparts, their relationships, and how each was found. Headers and statuses are in the interface
// language (the file is for people opening it in a spreadsheet; programs have the JSON API). A byte-order mark
// lets spreadsheet programs read the UTF-8, and cells that would start a formula are quoted as text.
import type { GapsAnswer } from '../../api/crosswalk-types';
import { saveBlob } from '../../api/download';
import type { Messages } from '../../i18n/messages/en';

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows(answer: GapsAnswer, names: (id: string) => string, t: Messages): string[][] {
  return answer.requirements.map((r) => [
    names(answer.a),
    r.requirement.id,
    r.requirement.title,
    t.gapStatuses[r.status],
    names(answer.b),
    r.counterparts.map((c) => c.requirement.id).join('; '),
    r.counterparts.map((c) => t.relationshipNames[c.relationship]).join('; '),
    r.counterparts.map((c) => (c.stated ? t.compare.csv.stated : t.compare.csv.inferred)).join('; '),
    r.counterparts.map((c) => (c.stated ? '' : (c.path?.sentence ?? ''))).filter(Boolean).join(' | '),
  ]);
}

export function compareCsv(answers: GapsAnswer[], names: (id: string) => string, t: Messages): string {
  const c = t.compare.csv;
  const header = [c.fromFramework, c.requirement, c.title, c.status, c.againstFramework, c.counterparts, c.relationships, c.how, c.explanation];
  const lines = [header, ...answers.flatMap((a) => rows(a, names, t))].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers the text as a file download, without a server round trip. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  saveBlob(new Blob([text], { type }), filename);
}
