// The governance API (issue 8): the Platform's members, expert advisors, proposals and votes, statements,
// special interest groups, charter and baseline versions. Every read filters by the caller's visibility.
import type { FastifyPluginAsync } from 'fastify';
import { memberRoutes } from './members.js';
import { proposalRoutes } from './proposals.js';
import { statementRoutes } from './statements.js';
import { sigRoutes } from './sigs.js';

export const governanceRoutes: FastifyPluginAsync = async (app) => {
  await app.register(memberRoutes);
  await app.register(proposalRoutes);
  await app.register(statementRoutes);
  await app.register(sigRoutes);
};
