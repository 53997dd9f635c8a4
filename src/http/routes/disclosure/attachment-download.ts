// Sends an attachment of a case as a download, never as something a browser would render: octet-stream,
// attachment disposition, nosniff, no caching, and only when the viewer may see the event it belongs to.
import type { FastifyReply } from 'fastify';
import type { CaseRole } from '../../../domain/access/disclosure.js';
import { DomainError } from '../../../domain/errors.js';
import { findAttachmentContent, listEvents } from '../../../db/repositories/disclosure-events.js';
import { attachmentContentPlace, attachmentNamePlace, type LoadedCase } from '../../../commands/disclosure/case-access.js';
import type { DisclosureContext } from '../../../commands/disclosure/disclosure-context.js';

export async function attachmentDownload(ctx: DisclosureContext, reply: FastifyReply, loaded: LoadedCase, attachmentId: string, roles: CaseRole[]) {
  const found = await findAttachmentContent(ctx.store.db, loaded.record.id, attachmentId);
  const internal = roles.includes('psirt') || roles.includes('coordinator');
  const visible = found ? (await listEvents(ctx.store.db, loaded.record.id, internal ? ['all', 'internal'] : ['all'])).some((e) => e.id === found.eventId) : false;
  if (!found || !visible) throw new DomainError('attachment_not_found', 'No such attachment on this case.');
  const name = ctx.sealer.open(found.nameSealed, attachmentNamePlace(found.id));
  const bytes = ctx.sealer.openBytes(found.contentSealed, attachmentContentPlace(found.id));
  return reply
    .type('application/octet-stream')
    .header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('x-attachment-type', found.mediaType)
    .send(bytes);
}
