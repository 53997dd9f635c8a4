// Curation writes: curators and administrators create, edit and delete frameworks, requirements and mappings.
// Each change is checked against the registry's rules, kept in the history (GET /api/history) and the audit
// log, and bumps the data version so every cached view of the registry refreshes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createFramework, removeFramework, updateFramework } from '../../../commands/curation/framework-curation.js';
import { removeRequirement, saveRequirement } from '../../../commands/curation/requirement-curation.js';
import { createMapping, removeMapping, updateMapping } from '../../../commands/curation/mapping-curation.js';
import { CatalogRequirementSchema } from '../../../schemas/catalog-file.js';
import { writeErrors } from '../../schemas/common.js';
import { FrameworkIdParams, FrameworkSchema, RequirementParams, RequirementSchema } from '../frameworks/schema.js';
import { presentRequirement } from '../frameworks/presenter.js';
import { FrameworkCreateBody, FrameworkPatchBody, MappingCreateBody, MappingPatchBody, MappingSchema, RequirementReplaceBody } from './schema.js';

/** A framework's facts, as stored (without the counts the read routes add). */
const FrameworkFacts = Type.Omit(FrameworkSchema, ['requirementCount', 'levelCounts', 'unverifiedCount', 'origin']);
const write = { access: { action: 'registry.write' as const } };
const Done = Type.Object({ message: Type.String() });
const MappingParams = Type.Object({ id: Type.String({ minLength: 3, maxLength: 700 }) });

export const curationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/frameworks',
    { schema: { tags: ['curation'], summary: 'Add a framework (and optionally its requirements)', body: FrameworkCreateBody, response: { 201: FrameworkFacts, ...writeErrors } }, config: write },
    async (req, reply) => reply.status(201).send(await createFramework(app.deps, req.actor, req.body.framework, req.body.requirements ?? [])),
  );

  app.patch(
    '/api/frameworks/:id',
    { schema: { tags: ['curation'], summary: "Change a framework's facts", params: FrameworkIdParams, body: FrameworkPatchBody, response: { 200: FrameworkFacts, ...writeErrors } }, config: write },
    async (req) => updateFramework(app.deps, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/api/frameworks/:id',
    { schema: { tags: ['curation'], summary: 'Delete a framework with its requirements and their mappings', params: FrameworkIdParams, response: { 200: Done, ...writeErrors } }, config: write },
    async (req) => {
      await removeFramework(app.deps, req.actor, req.params.id);
      return { message: 'Deleted.' };
    },
  );

  app.post(
    '/api/frameworks/:id/requirements',
    { schema: { tags: ['curation'], summary: 'Add a requirement to a framework', params: FrameworkIdParams, body: CatalogRequirementSchema, response: { 201: RequirementSchema, ...writeErrors } }, config: write },
    async (req, reply) => reply.status(201).send(presentRequirement(await saveRequirement(app.deps, req.actor, req.params.id, req.body, 'create'))),
  );

  app.put(
    '/api/frameworks/:id/requirements/:requirementId',
    { schema: { tags: ['curation'], summary: 'Replace a requirement', params: RequirementParams, body: RequirementReplaceBody, response: { 200: RequirementSchema, ...writeErrors } }, config: write },
    async (req) => presentRequirement(await saveRequirement(app.deps, req.actor, req.params.id, { ...req.body, id: req.params.requirementId }, 'replace')),
  );

  app.delete(
    '/api/frameworks/:id/requirements/:requirementId',
    { schema: { tags: ['curation'], summary: 'Delete a requirement and its mappings', params: RequirementParams, response: { 200: Done, ...writeErrors } }, config: write },
    async (req) => {
      await removeRequirement(app.deps, req.actor, req.params.id, req.params.requirementId);
      return { message: 'Deleted.' };
    },
  );

  app.post(
    '/api/mappings',
    { schema: { tags: ['curation'], summary: 'State a mapping between two requirements', body: MappingCreateBody, response: { 201: MappingSchema, ...writeErrors } }, config: write },
    async (req, reply) => reply.status(201).send(await createMapping(app.deps, req.actor, req.body)),
  );

  app.patch(
    '/api/mappings/:id',
    { schema: { tags: ['curation'], summary: "Change a mapping's relationship, strength, rationale or provenance", params: MappingParams, body: MappingPatchBody, response: { 200: MappingSchema, ...writeErrors } }, config: write },
    async (req) => updateMapping(app.deps, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/api/mappings/:id',
    { schema: { tags: ['curation'], summary: 'Withdraw a mapping', params: MappingParams, response: { 200: Done, ...writeErrors } }, config: write },
    async (req) => {
      await removeMapping(app.deps, req.actor, req.params.id);
      return { message: 'Deleted.' };
    },
  );
};
