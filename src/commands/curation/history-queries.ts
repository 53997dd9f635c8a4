// GET /api/history: the curation history of an entity ("framework:ID", "requirement:FW:REQ", "mapping:ID") or of
// a whole framework. Actors are named to signed-in users (curators act in a public capacity for the
// Platform) and pseudonymous to the anonymous public; erased accounts are pseudonymous to everyone.
import { DomainError } from '../../domain/errors.js';
import { HISTORY_ENTITIES, listHistory, type HistoryEntity, type HistoryRecord } from '../../db/repositories/history.js';
import type { CommandContext } from '../context.js';
import { sha256Hex } from '../audit.js';
import { deletedUserPseudonym } from '../accounts/pseudonym.js';

export interface HistoryQuery {
  entity?: string;
  framework?: string;
  limit: number;
  offset: number;
}

export function parseEntity(entity: string): { entity: HistoryEntity; key: string } {
  const at = entity.indexOf(':');
  const kind = entity.slice(0, at);
  if (at <= 0 || !(HISTORY_ENTITIES as readonly string[]).includes(kind) || at === entity.length - 1) {
    throw new DomainError('validation_failed', 'entity is "framework:ID", "requirement:FRAMEWORK:REQUIREMENT" or "mapping:ID".', [{ pointer: 'querystring/entity', message: 'unknown form' }]);
  }
  return { entity: kind as HistoryEntity, key: entity.slice(at + 1) };
}

export async function historyPage(
  ctx: Pick<CommandContext, 'store'>,
  query: HistoryQuery,
  revealNames: boolean,
): Promise<{ items: (HistoryRecord & { actorName: string })[]; total: number }> {
  const filter = query.entity ? parseEntity(query.entity) : undefined;
  const page = await listHistory(ctx.store.db, { entity: filter?.entity, entityKey: filter?.key, frameworkId: query.framework }, query);
  const ids = [...new Set(page.items.map((h) => h.actor.replace(/^user:/, '')))];
  const users = ids.length === 0 ? [] : await ctx.store.db.selectFrom('users').select(['id', 'display_name', 'status']).where('id', 'in', ids).execute();
  const names = new Map(users.map((u) => [u.id, u.status === 'deleted' ? null : u.display_name]));
  return {
    total: page.total,
    items: page.items.map((h) => {
      const id = h.actor.replace(/^user:/, '');
      const name = names.get(id);
      const pseudonym = deletedUserPseudonym(id, sha256Hex);
      // An erased account is "deleted-user-…" to everyone; a live one is named to signed-in readers only.
      const actorName = name === null || name === undefined ? pseudonym : revealNames ? name : pseudonym.replace('deleted-user-', 'user-');
      return { ...h, actorName };
    }),
  };
}
