// What changed between two versions of a framework, requirement or mapping, field by field, for the history
// view. Nested values (lists, objects) are compared and shown as JSON; only fields that differ are listed.

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 0) return null;
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const x = show(b[field]);
    const y = show(a[field]);
    if (x !== y) changes.push({ field, before: x, after: y });
  }
  return changes;
}
