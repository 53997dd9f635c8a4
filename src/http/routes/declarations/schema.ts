// Declarations over HTTP. The body of PUT is the declaration file itself, validated by the published schema
// (src/schemas/declaration.ts) in the command, so that every error comes back with its pointer and a hint
// rather than Fastify's first error alone.
import { Type } from 'typebox';
import { AnswerSchema, DeclarationFileSchema } from '../../../schemas/declaration.js';
import { PRODUCT_FACTS } from '../../../domain/assessments/product-facts.js';

export const DeclarationBody = Type.Unknown({ description: 'an iotspp-declaration/1 document: GET /api/schemas/declaration.json' });

const NullableAnswer = Type.Union([AnswerSchema, Type.Null()]);

export const DeclarationPatchBody = Type.Object(
  {
    baselineVersion: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    facts: Type.Optional(Type.Object(Object.fromEntries(PRODUCT_FACTS.map((f) => [f, Type.Optional(Type.Union([Type.Boolean(), Type.Null()]))])), { additionalProperties: false })),
    answers: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'item id -> answer, or null to remove it' })),
    followUp: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'framework id -> (requirement id -> answer or null), or null to remove all' })),
  },
  { additionalProperties: false, description: 'merged into the declaration; the result is validated as a whole' },
);

export { DeclarationFileSchema, NullableAnswer };

export const DeclarationSaved = Type.Object({
  releaseId: Type.String(),
  revision: Type.Integer(),
  updatedAt: Type.String(),
  declaration: Type.Unknown({ description: 'the declaration file as stored' }),
});

export const DownloadQuery = Type.Object({ download: Type.Optional(Type.Boolean({ description: 'send as an attachment' })) }, { additionalProperties: false });
