// Every route plugin of the API, registered in this order by app.ts.
import type { FastifyPluginAsync } from 'fastify';
import { healthRoutes } from './health/index.js';
import { frameworkRoutes } from './frameworks/index.js';
import { crosswalkRoutes } from './crosswalk/index.js';
import { webRoutes } from './web/index.js';

export const routes: FastifyPluginAsync[] = [healthRoutes, frameworkRoutes, crosswalkRoutes, webRoutes];
