import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { crosswalkQuery } from '../../../commands/crosswalk-query.js';
import { gapsQuery } from '../../../commands/gaps-query.js';
import { consensusQuery, coverageQuery } from '../../../commands/coverage-query.js';
import { statsQuery } from '../../../commands/stats-query.js';
import { readErrors } from '../../schemas/common.js';
import {
  ConsensusAnswerSchema,
  ConsensusQuery,
  CoverageAnswerSchema,
  CoverageQuery,
  CrosswalkAnswerSchema,
  CrosswalkQuery,
  GapsAnswerSchema,
  GapsQuery,
  StatsSchema,
} from './schema.js';

const read = { access: { action: 'registry.read' as const } };

export const crosswalkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/crosswalk',
    {
      schema: {
        tags: ['crosswalk'],
        summary: 'What a requirement relates to: direct mappings both ways, and inferred ones with their paths explained',
        querystring: CrosswalkQuery,
        response: { 200: CrosswalkAnswerSchema, ...readErrors },
      },
      config: read,
    },
    async (req) => crosswalkQuery(app.deps, { from: req.query.from, to: req.query.to, maxHops: req.query.maxHops }),
  );

  app.get(
    '/api/gaps',
    {
      schema: {
        tags: ['crosswalk'],
        summary: 'Each requirement of framework a against framework b: covered, partial or missing',
        querystring: GapsQuery,
        response: { 200: GapsAnswerSchema, ...readErrors },
      },
      config: read,
    },
    async (req) => gapsQuery(app.deps, req.query.a, req.query.b),
  );

  app.get(
    '/api/coverage',
    {
      schema: {
        tags: ['crosswalk'],
        summary: 'For each baseline item, the frameworks, requirements and (Table 2) organisations covering it',
        querystring: CoverageQuery,
        response: { 200: CoverageAnswerSchema, ...readErrors },
      },
      config: read,
    },
    async (req) => coverageQuery(app.deps, { framework: req.query.framework }),
  );

  app.get(
    '/api/consensus',
    {
      schema: {
        tags: ['crosswalk'],
        summary: 'Consensus per baseline item, unique requirements per framework, and the fragmentation index',
        querystring: ConsensusQuery,
        response: { 200: ConsensusAnswerSchema, ...readErrors },
      },
      config: read,
    },
    async (req) => consensusQuery(app.deps, req.query.framework),
  );

  app.get(
    '/api/stats',
    {
      schema: { tags: ['registry'], summary: 'Live figures: frameworks, requirements, mappings, countries', response: { 200: StatsSchema } },
      config: read,
    },
    async () => statsQuery(app.deps),
  );
};
