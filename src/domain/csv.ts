// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end in CRLF. Cells
// that a spreadsheet would run as a formula (=, +, -, @ at the start) are prefixed with a quote mark so an
// exported catalog cannot carry a formula injection into someone's spreadsheet.
export type CsvCell = string | number | boolean | null | undefined;

function cell(value: CsvCell): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: CsvCell[][]): string {
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
