// Products, declarations, evidence and share links, and personal data (docs/personal-data.md). They are the
// manufacturer's records: the organisation owns them and keeps them when the editor who wrote them leaves or
// deletes their account. They name the person only as "user:<id>" (declarations.updated_by,
// evidence_files.uploaded_by, share_links.created_by, and the audit entries of every change), an id whose
// account holds nothing personal once erased, so erasure changes nothing here; share links the person created
// keep working until they expire or an editor revokes them, because the manufacturer sent them to someone.
// The export lists what the person did, with the products' and releases' names.
import { listAuditEntries } from '../../db/repositories/audit-log.js';
import { declarationsLastWrittenBy } from '../../db/repositories/declarations.js';
import { evidenceUploadedBy } from '../../db/repositories/evidence.js';
import { findProduct, findRelease } from '../../db/repositories/products.js';
import { shareLinksCreatedBy } from '../../db/repositories/share-links.js';
import { userRef } from '../audit.js';
import type { PersonalDataContext, PersonalDataContributor } from '../accounts/personal-data.js';

const PRODUCT_ACTIONS = /^(product|release|declaration|evidence|share-link)\./;

async function exportProducts(ctx: PersonalDataContext, userId: string) {
  const db = ctx.store.db;
  const me = userRef(userId);
  const [entries, declarations, evidence, shareLinks] = await Promise.all([
    listAuditEntries(db, { actor: me }),
    declarationsLastWrittenBy(db, me),
    evidenceUploadedBy(db, me),
    shareLinksCreatedBy(db, me),
  ]);
  const names = new Map<string, string | null>();
  const nameOf = async (subject: string): Promise<string | null> => {
    if (!names.has(subject)) {
      const [kind, id = ''] = subject.split(':');
      const release = kind === 'release' ? await findRelease(db, id) : undefined;
      const product = await findProduct(db, kind === 'product' ? id : (release?.productId ?? ''));
      names.set(subject, product ? (release ? `${product.name} ${release.version}` : product.name) : null);
    }
    return names.get(subject)!;
  };
  const changes = [];
  for (const e of entries.filter((x) => PRODUCT_ACTIONS.test(x.action))) changes.push({ at: e.at, action: e.action, subject: e.subject, name: await nameOf(e.subject) });
  return {
    changes,
    declarations: await Promise.all(declarations.map(async (d) => ({ releaseId: d.releaseId, release: await nameOf(`release:${d.releaseId}`), revision: d.revision, updatedAt: d.updatedAt }))),
    evidenceUploaded: evidence.map((f) => ({ productId: f.productId, name: f.name, sha256: f.sha256, mediaType: f.mediaType, size: f.size, uploadedAt: f.uploadedAt })),
    // Never the token: only its hash is stored, and the link is the manufacturer's to share.
    shareLinksCreated: shareLinks.map((s) => ({ id: s.id, releaseId: s.releaseId, createdAt: s.createdAt, expiresAt: s.expiresAt, revokedAt: s.revokedAt })),
  };
}

export const productsPersonalData: PersonalDataContributor = {
  name: 'products',
  export: exportProducts,
  erase: async () => {
    // Nothing to erase: see above.
  },
};
