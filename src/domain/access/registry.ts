// Who may read and change the registry: everyone reads frameworks, requirements and mappings; curators and
// administrators change them.
import { hasRole, type Actor } from './actor.js';

export const REGISTRY_ACTIONS = ['registry.read', 'registry.write'] as const;
export type RegistryAction = (typeof REGISTRY_ACTIONS)[number];

export function canRegistry(actor: Actor, action: RegistryAction): boolean {
  switch (action) {
    case 'registry.read':
      return true;
    case 'registry.write':
      return hasRole(actor, 'curator', 'administrator');
  }
}
