// Curation writes take the catalog file format (src/schemas/catalog-file.ts): the same schema that validates
// the bundled data validates what curators send.
import { Type } from 'typebox';
import { CatalogFrameworkSchema, CatalogRequirementSchema, ProvenanceSchema } from '../../../schemas/catalog-file.js';
import { RELATIONSHIPS } from '../../../domain/crosswalk/relationship.js';
import { MAPPING_ORIGINS, STRENGTH_MAX, STRENGTH_MIN } from '../../../domain/crosswalk/mapping.js';
import { enumOf } from '../../../schemas/enum.js';

export const FrameworkCreateBody = Type.Object(
  { framework: CatalogFrameworkSchema, requirements: Type.Optional(Type.Array(CatalogRequirementSchema, { maxItems: 5000 })) },
  { additionalProperties: false },
);

export const FrameworkPatchBody = Type.Partial(Type.Omit(CatalogFrameworkSchema, ['id']), { additionalProperties: false });

export const RequirementReplaceBody = Type.Omit(CatalogRequirementSchema, ['id'], { additionalProperties: false });

const RequirementKey = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*:[^:\\s][^:]*$', maxLength: 300, description: 'framework-id:requirement-id' });
const Rationale = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });
const Strength = Type.Integer({ minimum: STRENGTH_MIN, maximum: STRENGTH_MAX });

export const MappingCreateBody = Type.Object(
  { source: RequirementKey, target: RequirementKey, relationship: enumOf(RELATIONSHIPS), strength: Strength, rationale: Rationale, provenance: Type.Optional(ProvenanceSchema) },
  { additionalProperties: false },
);

export const MappingPatchBody = Type.Object(
  { relationship: Type.Optional(enumOf(RELATIONSHIPS)), strength: Type.Optional(Strength), rationale: Type.Optional(Rationale), provenance: Type.Optional(ProvenanceSchema) },
  { additionalProperties: false },
);

export const MappingSchema = Type.Object({
  id: Type.String(),
  sourceFrameworkId: Type.String(),
  sourceRequirementId: Type.String(),
  targetFrameworkId: Type.String(),
  targetRequirementId: Type.String(),
  relationship: enumOf(RELATIONSHIPS),
  strength: Type.Integer(),
  rationale: Type.String(),
  provenance: Type.Object({ source: Type.String(), url: Type.Union([Type.String(), Type.Null()]), date: Type.String() }),
  origin: enumOf(MAPPING_ORIGINS),
});
