// Evidence files: the bytes once per content (evidence_blobs, keyed by SHA-256), and which products cite them
// under which name (evidence_files).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { EvidenceFilesTable } from '../schema-products.js';

export interface EvidenceFile {
  productId: string;
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
}

function fromRow(r: Selectable<EvidenceFilesTable>): EvidenceFile {
  return { productId: r.product_id, sha256: r.sha256, name: r.name, mediaType: r.media_type, size: r.size, uploadedAt: r.uploaded_at, uploadedBy: r.uploaded_by };
}

/** Stores the bytes unless the same content is stored already (the address is the content's hash). */
export async function insertBlob(db: Kysely<Database>, sha256: string, bytes: Buffer): Promise<void> {
  await db
    .insertInto('evidence_blobs')
    .values({ sha256, size: bytes.length, content: bytes.toString('base64') })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function readBlob(db: Kysely<Database>, sha256: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('evidence_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
  return row ? Buffer.from(row.content, 'base64') : undefined;
}

/** Links a file to a product; uploading the same bytes again keeps the first name and date. */
export async function linkEvidence(db: Kysely<Database>, f: EvidenceFile): Promise<EvidenceFile> {
  await db
    .insertInto('evidence_files')
    .values({ product_id: f.productId, sha256: f.sha256, name: f.name, media_type: f.mediaType, size: f.size, uploaded_at: f.uploadedAt, uploaded_by: f.uploadedBy })
    .onConflict((oc) => oc.columns(['product_id', 'sha256']).doNothing())
    .execute();
  return (await findEvidence(db, f.productId, f.sha256))!;
}

export async function findEvidence(db: Kysely<Database>, productId: string, sha256: string): Promise<EvidenceFile | undefined> {
  const row = await db.selectFrom('evidence_files').selectAll().where('product_id', '=', productId).where('sha256', '=', sha256).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function listEvidence(db: Kysely<Database>, productId: string): Promise<EvidenceFile[]> {
  return (await db.selectFrom('evidence_files').selectAll().where('product_id', '=', productId).orderBy('uploaded_at', 'desc').orderBy('name').execute()).map(fromRow);
}

/** Evidence files one actor ("user:<id>") uploaded, on any product. */
export async function evidenceUploadedBy(db: Kysely<Database>, actor: string): Promise<EvidenceFile[]> {
  return (await db.selectFrom('evidence_files').selectAll().where('uploaded_by', '=', actor).orderBy('uploaded_at').execute()).map(fromRow);
}
