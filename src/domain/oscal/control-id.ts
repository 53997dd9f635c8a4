// OSCAL ids are XML NCName tokens, but official requirement ids are not ("5.1-1" starts with a digit,
// "Annex I (1)" has spaces). Our exports therefore derive control ids with a reversible escape, so distinct
// requirement ids never collide and importing our own export gives the official id back exactly.

const PREFIX = 'req-';
/** Characters the token pattern allows after its first character, minus "_" which we use to escape. */
const KEEP = /^[\p{L}\p{N}.-]$/u;
const ESCAPE = /_([0-9a-f]+)_/g;

/** "5.1-1" -> "req-5.1-1"; "Sch 1_a" -> "req-Sch_20_1_5f_a". */
export function controlIdFor(requirementId: string): string {
  let out = PREFIX;
  for (const char of requirementId) {
    out += KEEP.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  }
  return out;
}

/** The inverse of controlIdFor; null when the id was not made by it. */
export function requirementIdFromControlId(controlId: string): string | null {
  if (!controlId.startsWith(PREFIX)) return null;
  const body = controlId.slice(PREFIX.length);
  const decoded = body.replace(ESCAPE, (_, code: string) => {
    const point = parseInt(code, 16);
    return point <= 0x10ffff ? String.fromCodePoint(point) : '\u0000';
  });
  return controlIdFor(decoded) === controlId ? decoded : null;
}
