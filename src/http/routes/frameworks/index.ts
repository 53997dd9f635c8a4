import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listFrameworksCommand } from '../../../commands/list-frameworks.js';
import { showFrameworkCommand } from '../../../commands/show-framework.js';
import { listRequirementsCommand, showRequirementCommand } from '../../../commands/list-requirements.js';
import { readErrors } from '../../schemas/common.js';
import {
  FrameworkDetailSchema,
  FrameworkIdParams,
  FrameworkListQuery,
  FrameworkPage,
  RequirementListQuery,
  RequirementPage,
  RequirementParams,
  RequirementSchema,
} from './schema.js';
import { presentFramework, presentRequirement } from './presenter.js';

const read = { access: { action: 'registry.read' as const } };

export const frameworkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/frameworks',
    {
      schema: {
        tags: ['registry'],
        summary: 'List frameworks, filtered by jurisdiction, scope, layer, status or kind',
        querystring: FrameworkListQuery,
        response: { 200: FrameworkPage, ...readErrors },
      },
      config: read,
    },
    async (req) => {
      const { limit, offset, ...filter } = req.query;
      const page = await listFrameworksCommand(app.deps, filter, { limit, offset });
      return { items: page.items.map(presentFramework), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/frameworks/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'One framework with its facts, conditions and counts by level',
        params: FrameworkIdParams,
        response: { 200: FrameworkDetailSchema, ...readErrors },
      },
      config: read,
    },
    async (req) => {
      const entry = await showFrameworkCommand(app.deps, req.params.id);
      return { ...presentFramework(entry), groups: entry.groups };
    },
  );

  app.get(
    '/api/frameworks/:id/requirements',
    {
      schema: {
        tags: ['registry'],
        summary: "A framework's requirements, in the framework's order, with search and pagination",
        params: FrameworkIdParams,
        querystring: RequirementListQuery,
        response: { 200: RequirementPage, ...readErrors },
      },
      config: read,
    },
    async (req) => {
      const { limit, offset, search, level } = req.query;
      const page = await listRequirementsCommand(app.deps, { frameworkId: req.params.id, search, level, limit, offset });
      return { items: page.items.map(presentRequirement), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/frameworks/:id/requirements/:requirementId',
    {
      schema: {
        tags: ['registry'],
        summary: 'One requirement',
        params: RequirementParams,
        response: { 200: RequirementSchema, ...readErrors },
      },
      config: read,
    },
    async (req) => presentRequirement(await showRequirementCommand(app.deps, req.params.id, req.params.requirementId)),
  );

  app.get(
    '/api/requirements',
    {
      schema: {
        tags: ['registry'],
        summary: 'Search across the requirements of every framework',
        querystring: RequirementListQuery,
        response: { 200: RequirementPage, ...readErrors },
      },
      config: read,
    },
    async (req) => {
      const { limit, offset, search, level } = req.query;
      const page = await listRequirementsCommand(app.deps, { search, level, limit, offset });
      return { items: page.items.map(presentRequirement), total: page.total, limit, offset };
    },
  );
};
