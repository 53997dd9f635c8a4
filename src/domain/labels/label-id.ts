// Label ids appear in the short URL printed next to the QR code (PUBLIC_URL/l/ID), so they are short, case-
// insensitive and free of look-alike characters: 10 characters of Crockford's base32 (50 bits). They are not
// secrets: every label is public. The random bytes come from the caller (commands use node:crypto).

export const LABEL_ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const LABEL_ID_LENGTH = 10;
export const LABEL_ID_PATTERN = `^[0-9a-hjkmnp-tv-z]{${LABEL_ID_LENGTH}}$`;
const LABEL_ID = new RegExp(LABEL_ID_PATTERN);

export function labelIdFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < LABEL_ID_LENGTH) throw new RangeError(`a label id needs ${LABEL_ID_LENGTH} random bytes`);
  let id = '';
  for (let i = 0; i < LABEL_ID_LENGTH; i++) id += LABEL_ID_ALPHABET[randomBytes[i]! % 32];
  return id;
}

export function isLabelId(value: string): boolean {
  return LABEL_ID.test(value);
}

/** What someone typed from a printed label: upper case, and I, L, O read as 1, 1, 0. */
export function normaliseLabelId(value: string): string {
  return value.trim().toLowerCase().replace(/[il]/g, '1').replace(/o/g, '0');
}
