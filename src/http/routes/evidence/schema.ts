import { Type } from 'typebox';

export const EvidenceFileSchema = Type.Object({
  sha256: Type.String({ description: 'cite it in a declaration as {"type": "file", "sha256": ..., "name": ...}' }),
  name: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  uploadedAt: Type.String(),
});

export const EvidenceParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) });
