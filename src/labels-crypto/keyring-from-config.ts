// The keyring the server and the CLI use: LABEL_SIGNING_KEY when set, else the key files in LABEL_KEYS_DIR.
import type { Config } from '../config.js';
import type { Clock } from '../commands/context.js';
import { configuredKeyring, fileKeyring } from './file-keyring.js';
import type { LabelKeyring } from './keyring.js';

export function labelKeyringFor(config: Pick<Config, 'labelKeysDir' | 'labelSigningKey' | 'labelPublicKeys'>, clock?: Clock): LabelKeyring {
  if (config.labelSigningKey) return configuredKeyring(config.labelSigningKey, config.labelPublicKeys);
  return fileKeyring(config.labelKeysDir, clock);
}
