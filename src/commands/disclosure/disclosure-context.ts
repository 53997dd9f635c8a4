// What disclosure commands need beyond a store and a clock: the key that seals report contents, where links
// point, how mail leaves, and the product registry (products and releases belong to issue 6; disclosure only
// reads them through this port).
import type { CommandContext } from '../context.js';
import type { Sealer } from '../../crypto/sealed-box.js';
import type { Mailer } from '../accounts/mail.js';
import type { ProductRegistry } from './product-registry.js';

export interface DisclosureContext extends CommandContext {
  sealer: Sealer;
  /** The public origin, e.g. https://iotspp.example.org. */
  publicUrl: string;
  mailer: Mailer | null;
  products: ProductRegistry;
}

export const PLATFORM_NAME = 'IoT Security Policy Platform';

/** The Platform as the publisher of advisories (CSAF document.publisher and provider metadata). */
export function platformPublisher(publicUrl: string): { name: string; namespace: string; contactDetails: string } {
  return { name: PLATFORM_NAME, namespace: publicUrl, contactDetails: `Security contact: ${publicUrl}/security` };
}
