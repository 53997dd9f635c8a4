// The one policy entry point: can(actor, action, resource). Every HTTP route names its action, and the
// authorization plugin asks this function before the handler runs; handlers that load a resource ask again
// with it. Each resource family keeps its rules in its own file; this file only dispatches.
import type { Actor } from './actor.js';
import { canRegistry, REGISTRY_ACTIONS, type RegistryAction } from './registry.js';

export const PUBLIC_ACTIONS = ['public.read'] as const;
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];

export const ACTIONS = [...PUBLIC_ACTIONS, ...REGISTRY_ACTIONS] as const;
export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function can(actor: Actor, action: Action, _resource?: unknown): boolean {
  if (action === 'public.read') return true;
  if ((REGISTRY_ACTIONS as readonly string[]).includes(action)) return canRegistry(actor, action as RegistryAction);
  return false;
}
