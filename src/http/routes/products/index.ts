// Products and releases: a manufacturer's editors create and edit them; its people read them; nobody else
// sees them (another organisation's product is "not found"). Validate -> load -> authorize -> command -> present.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertCan } from '../../plugins/authorization.js';
import { readErrors, writeErrors } from '../../schemas/common.js';
import { listOwnProducts, productOrThrow, productWithReleases, releaseOrThrow, releaseSummaries } from '../../../commands/products/product-queries.js';
import { createProduct } from '../../../commands/products/create-product.js';
import { updateProduct } from '../../../commands/products/update-product.js';
import { createRelease, type ReleaseInput } from '../../../commands/products/create-release.js';
import { updateRelease } from '../../../commands/products/update-release.js';
import { IdParams, ProductDetailSchema, ProductInputSchema, ProductListQuery, ProductListSchema, ProductPatchSchema, ProductSchema, ReleaseInputSchema, ReleasePatchSchema, ReleaseSchema } from './schema.js';
import { presentProduct, presentRelease } from './presenter.js';

const read = { access: { action: 'products.read' as const } };
const write = { access: { action: 'products.write' as const } };
const tags = ['products'];

export const productRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/products', { schema: { tags, summary: "My organisation's products, each with its newest release", querystring: ProductListQuery, response: { 200: ProductListSchema, ...readErrors } }, config: read }, async (req) => {
    const { limit, offset, search } = req.query;
    const page = await listOwnProducts(app.deps, req.actor, { limit, offset, search });
    return { items: page.items.map((i) => ({ product: presentProduct(i.product), releases: i.releases, latest: i.latest ? presentRelease(i.latest) : null })), total: page.total, limit, offset };
  });

  app.post('/api/products', { schema: { tags, summary: 'Register a product of my organisation (manufacturer editors)', body: ProductInputSchema, response: { 201: ProductSchema, ...writeErrors } }, config: write }, async (req, reply) => {
    const product = await createProduct(app.deps, req.actor, { name: req.body.name, model: req.body.model ?? null, category: req.body.category });
    return reply.status(201).send(presentProduct(product));
  });

  app.get('/api/products/:id', { schema: { tags, summary: 'A product and its releases, newest first', params: IdParams, response: { 200: ProductDetailSchema, ...readErrors } }, config: read }, async (req) => {
    const { product, releases } = await productWithReleases(app.deps, req.actor, req.params.id);
    return { product: presentProduct(product), releases: releases.map(presentRelease) };
  });

  app.patch('/api/products/:id', { schema: { tags, summary: "Correct a product's name, model or category", params: IdParams, body: ProductPatchSchema, response: { 200: ProductSchema, ...writeErrors } }, config: write }, async (req) => {
    const product = await productOrThrow(app.deps, req.actor, req.params.id);
    assertCan(req, 'products.write', product);
    return presentProduct(await updateProduct(app.deps, req.actor, product, req.body));
  });

  app.post(
    '/api/products/:id/releases',
    { schema: { tags, summary: 'Record a release (software version) with its profile; copyFrom starts from an earlier release\'s declaration', params: IdParams, body: ReleaseInputSchema, response: { 201: ReleaseSchema, ...writeErrors } }, config: write },
    async (req, reply) => {
      const product = await productOrThrow(app.deps, req.actor, req.params.id);
      assertCan(req, 'products.write', product);
      const { copyFrom, ...given } = req.body;
      const release = await createRelease(app.deps, req.actor, product, given as Partial<ReleaseInput> & { version: string }, copyFrom);
      const [summary] = await releaseSummaries(app.deps, [release]);
      return reply.status(201).send(presentRelease(summary!));
    },
  );

  app.get('/api/releases/:id', { schema: { tags, summary: 'A release with its profile and recorded verdicts', params: IdParams, response: { 200: ReleaseSchema, ...readErrors } }, config: read }, async (req) => {
    const { release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
    const [summary] = await releaseSummaries(app.deps, [release]);
    return presentRelease(summary!);
  });

  app.patch('/api/releases/:id', { schema: { tags, summary: "Change a release's version or profile", params: IdParams, body: ReleasePatchSchema, response: { 200: ReleaseSchema, ...writeErrors } }, config: write }, async (req) => {
    const { product, release } = await releaseOrThrow(app.deps, req.actor, req.params.id);
    assertCan(req, 'products.write', product);
    const after = await updateRelease(app.deps, req.actor, product, release, req.body as Partial<ReleaseInput>);
    const [summary] = await releaseSummaries(app.deps, [after]);
    return presentRelease(summary!);
  });
};
