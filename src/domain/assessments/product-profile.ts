// What a manufacturer says about a product and one release of it (issue 6 item 1), and the product facts that
// follow from it. Facts decide conditional requirements; stating the password approach once decides every
// framework's password provisions.
import type { ProductFact } from './product-facts.js';

export const PRODUCT_CATEGORIES = ['camera', 'speaker', 'lock', 'toy', 'wearable', 'router', 'hub', 'appliance', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PASSWORD_APPROACHES = ['unique-per-device', 'set-by-user-at-first-use', 'no-passwords', 'universal-default'] as const;
export type PasswordApproach = (typeof PASSWORD_APPROACHES)[number];

export const UPDATE_MECHANISMS = ['automatic-over-network', 'user-initiated-over-network', 'local-only', 'none'] as const;
export type UpdateMechanism = (typeof UPDATE_MECHANISMS)[number];

/** Physical and radio interfaces; debug-port is a debug interface reachable on the device (JTAG, UART...). */
export const INTERFACES = [
  'wifi',
  'ethernet',
  'bluetooth',
  'zigbee',
  'thread',
  'z-wave',
  'cellular',
  'lora',
  'nfc',
  'usb',
  'debug-port',
  'other',
] as const;
export type Interface = (typeof INTERFACES)[number];

/** Interfaces that connect the device to a network (a USB port, NFC tag or debug port does not). */
const NETWORK_INTERFACES: readonly Interface[] = ['wifi', 'ethernet', 'bluetooth', 'zigbee', 'thread', 'z-wave', 'cellular', 'lora'];

export interface DataPractice {
  /** What data ("video recordings", "Wi-Fi credentials"). */
  data: string;
  purpose: string;
  sharedWith: string[];
  retention: string | null;
  /** How a user deletes it. */
  deletion: string | null;
}

/** The release's profile: every field may be unknown (null) while the manufacturer is still filling it in. */
export interface ReleaseProfile {
  supportEnd: string | null;
  updateMechanism: UpdateMechanism | null;
  disclosureContact: string | null;
  passwords: PasswordApproach | null;
  interfaces: Interface[] | null;
  dataPractices: DataPractice[] | null;
}

export type ProductFacts = Partial<Record<ProductFact, boolean>>;

/** Where a derived fact came from, so a contradiction can point at it. */
export interface DerivedFact {
  value: boolean;
  /** The profile field that decides it ("passwords", "updateMechanism", "interfaces"). */
  field: keyof ReleaseProfile;
}

/**
 * The facts the profile decides. A universal default password is still a pre-installed password; a device
 * without an update mechanism has no updatable software; an interface list decides whether the device has
 * network interfaces and a physically reachable debug interface.
 */
export function factsFromProfile(profile: Partial<ReleaseProfile>): Partial<Record<ProductFact, DerivedFact>> {
  const facts: Partial<Record<ProductFact, DerivedFact>> = {};
  const set = (fact: ProductFact, value: boolean, field: keyof ReleaseProfile) => {
    facts[fact] = { value, field };
  };
  switch (profile.passwords) {
    case 'unique-per-device':
    case 'universal-default':
      set('uses-passwords', true, 'passwords');
      set('has-preinstalled-passwords', true, 'passwords');
      break;
    case 'set-by-user-at-first-use':
      set('uses-passwords', true, 'passwords');
      set('has-preinstalled-passwords', false, 'passwords');
      break;
    case 'no-passwords':
      set('uses-passwords', false, 'passwords');
      set('has-preinstalled-passwords', false, 'passwords');
      break;
    default:
      break;
  }
  const mechanism = profile.updateMechanism;
  if (mechanism) {
    set('has-update-mechanism', mechanism !== 'none', 'updateMechanism');
    set('has-updatable-software', mechanism !== 'none', 'updateMechanism');
    set('updates-over-network', mechanism === 'automatic-over-network' || mechanism === 'user-initiated-over-network', 'updateMechanism');
    // A user-initiated mechanism may still notify the user of updates (ETSI's condition 9): left to the facts.
    if (mechanism !== 'user-initiated-over-network') set('has-automatic-updates', mechanism === 'automatic-over-network', 'updateMechanism');
  }
  if (profile.interfaces) {
    set('has-network-interfaces', profile.interfaces.some((i) => NETWORK_INTERFACES.includes(i)), 'interfaces');
    set('has-physical-debug-interface', profile.interfaces.includes('debug-port'), 'interfaces');
  }
  return facts;
}
