// The disclosure context for processes other than the HTTP server (the CLI, demo loaders): the same secret key
// (SECRET_KEY or the key file), SMTP when configured, the public origin, the store's product registry.
import type { Config } from '../../config.js';
import { disclosureSealer } from '../../crypto/sealed-box.js';
import { loadSecretKey } from '../accounts/secret-box.js';
import { smtpMailer } from '../accounts/mail.js';
import type { CommandContext } from '../context.js';
import type { DisclosureContext } from './disclosure-context.js';
import { storeProductRegistry } from './store-product-registry.js';

export function disclosureContextFromConfig(ctx: CommandContext, config: Config): DisclosureContext {
  return {
    ...ctx,
    publicUrl: config.publicUrl,
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null,
    sealer: disclosureSealer(loadSecretKey(config.secretKey ?? undefined, config.secretKeyFile)),
    products: storeProductRegistry(ctx.store.db),
  };
}
