// What the Platform shows in place of a person whose account was deleted: "deleted-user-<12 hex>", stable (the
// same erased account is the same pseudonym in every record) and not linkable to the person once the account's
// personal fields are gone. Records keep the account's id ("user:<uuid>"), itself only a pseudonymous key.
import { sha256Hex } from '../audit.js';

export function deletedUserPseudonym(userId: string, sha256: (text: string) => string = sha256Hex): string {
  return `deleted-user-${sha256(`pseudonym:${userId}`).slice(0, 12)}`;
}

/** A person's name as records show it: the display name, or the pseudonym once the account is deleted. */
export function personLabel(user: { id: string; status: string; displayName: string | null } | undefined): string | null {
  if (!user) return null;
  return user.status === 'deleted' ? deletedUserPseudonym(user.id) : user.displayName;
}
