// OSCAL's string types are stricter than our texts: a prop value may not start or end with whitespace nor
// span lines, and a title must be one non-empty line. When a text does not fit its OSCAL slot we write a
// readable form there and keep the exact text in the remarks of one of our props, so nothing is lost.
import { IOTSPP_OSCAL_NS, type OscalProperty } from './oscal-model.js';

const STRING = /^\S(.*\S)?$/u;
const LINE = /^[^\n]+$/u;

export function fitsOscalString(text: string): boolean {
  return STRING.test(text);
}

export function fitsOscalLine(text: string): boolean {
  return LINE.test(text);
}

/** Whitespace runs become one space; an empty result becomes "-" because OSCAL strings may not be empty. */
export function readableOscalString(text: string): string {
  return text.replace(/\s+/gu, ' ').trim() || '-';
}

/** One of our props; texts that do not fit a prop value travel exactly in its remarks. */
export function iotsppProp(name: string, value: string, group?: string): OscalProperty {
  const prop: OscalProperty = { name, ns: IOTSPP_OSCAL_NS, value: fitsOscalString(value) ? value : readableOscalString(value) };
  if (group !== undefined) prop.group = group;
  if (!fitsOscalString(value)) prop.remarks = value;
  return prop;
}

export function iotsppProps(name: string, values: readonly string[]): OscalProperty[] {
  return values.map((value) => iotsppProp(name, value));
}

/** A line slot (a title) and, when the text does not fit it, our prop carrying the exact text. */
export function lineSlot(name: string, text: string): { line: string; exact: OscalProperty[] } {
  if (fitsOscalLine(text)) return { line: text, exact: [] };
  return { line: readableOscalString(text), exact: [iotsppProp(name, text)] };
}

/** A string slot (a version, a party name) and, when the text does not fit it, our prop with the exact text. */
export function stringSlot(name: string, text: string): { value: string; exact: OscalProperty[] } {
  if (fitsOscalString(text)) return { value: text, exact: [] };
  return { value: readableOscalString(text), exact: [iotsppProp(name, text)] };
}
