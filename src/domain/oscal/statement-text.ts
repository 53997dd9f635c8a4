// A foreign control's statement as plain text: the prose of the statement part and its items, each item led by
// its label ("a."), with parameter insertions replaced by the parameter's label so no template syntax leaks.
import { oscalPropValue } from './prop-reader.js';
import type { OscalControl, OscalPart } from './oscal-model.js';

const INSERT = /\{\{\s*insert:\s*param,\s*([^}\s]+)\s*\}\}/g;

export function statementText(control: OscalControl): string | null {
  const statement = (control.parts ?? []).find((part) => part.name === 'statement');
  if (!statement) return null;
  const labels = new Map((control.params ?? []).flatMap((p) => (p.id ? [[p.id, p.label ?? p.id] as const] : [])));
  const text = lines(statement)
    .join('\n')
    .replace(INSERT, (_, id: string) => `[${labels.get(id) ?? id}]`)
    .trim();
  return text === '' ? null : text;
}

function lines(part: OscalPart): string[] {
  const label = oscalPropValue(part.props, 'label');
  const prose = part.prose?.trim() ?? '';
  const own = [label, prose].filter((s) => s !== null && s !== '').join(' ');
  return [...(own === '' ? [] : [own]), ...(part.parts ?? []).flatMap(lines)];
}
