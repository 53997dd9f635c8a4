// The disclosure encryption key lives outside the database: in DISCLOSURE_KEY (base64), or in a key file
// (DISCLOSURE_KEY_FILE, default ./var/disclosure.key) that the first start creates with owner-only permissions.
// A key file readable by others is refused rather than used. The file may hold several keys, one per line,
// newest first: the newest seals, all of them open (rotation without re-encrypting at once).
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createSealer, newKeyText, parseKeyText, SealError, type Sealer } from './sealed-box.js';

export interface KeySource {
  /** A base64 key given directly (DISCLOSURE_KEY); wins over the file. */
  key: string | null;
  /** Where the key file is, or is created. */
  file: string;
}

export interface LoadedKeys {
  sealer: Sealer;
  /** True when this call created the key file. */
  created: boolean;
}

export function loadSealer(source: KeySource): LoadedKeys {
  if (source.key) return { sealer: createSealer([parseKeyText(source.key, 'DISCLOSURE_KEY')]), created: false };
  let created = false;
  try {
    statSync(source.file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dirname(source.file), { recursive: true });
    // "wx": never overwrite a key another process created a moment ago (it would make its data unreadable).
    try {
      writeFileSync(source.file, `${newKeyText()}\n`, { mode: 0o600, flag: 'wx' });
      created = true;
    } catch (w) {
      if ((w as NodeJS.ErrnoException).code !== 'EEXIST') throw w;
    }
  }
  const stat = statSync(source.file);
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new SealError(`The key file ${source.file} is readable by other users; run: chmod 600 ${source.file}`);
  }
  if (created) chmodSync(source.file, 0o600); // in case the umask widened it
  const lines = readFileSync(source.file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const keys = lines.map((l, i) => parseKeyText(l, `Line ${i + 1} of the key file ${source.file}`));
  return { sealer: createSealer(keys), created };
}
