// API token scopes: each is an action name ("registry.write") or a family ("registry", meaning every
// "registry.*" action). A token can only do what its scopes name AND its user's roles allow.

export function scopeCovers(scope: string, action: string): boolean {
  return scope === action || action.startsWith(`${scope}.`);
}

export function scopesAllow(scopes: readonly string[], action: string): boolean {
  return scopes.some((s) => scopeCovers(s, action));
}

/** Families and actions a scope may name: anything that covers at least one of the given actions. */
export function isValidScope(scope: string, actions: readonly string[]): boolean {
  return actions.some((a) => scopeCovers(scope, a));
}
