// What a phone opens from the QR code, and what verifiers fetch: the label page /l/ID (HTML without JavaScript,
// in the visitor's language; the signed label itself when asked for application/jose), /l/ID.jws, the QR code
// (SVG, PNG), the printable artwork, the page's stylesheet, and the public keys at /.well-known/jwks.json.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { advisoriesForRelease } from '../../../commands/disclosure/release-advisories.js';
import { storeProductRegistry } from '../../../commands/disclosure/store-product-registry.js';
import { frameworksClaimed, labelRegistry, manufacturersWithLabels, type LabelNow } from '../../../commands/labels/label-queries.js';
import { labelReader } from '../../../commands/labels/label-reader.js';
import { LABEL_STATUSES, type LabelStatus } from '../../../domain/labels/status.js';
import type { LabelPayload } from '../../../domain/labels/payload.js';
import { isOneOf, PRODUCT_CATEGORIES } from '../../../domain/labels/vocabulary.js';
import type { LabelFilter } from '../../../domain/labels/label-record.js';
import { renderRegistryPage } from '../../../labels-render/registry-page.js';
import type { ReleaseAdvisories } from '../../../domain/disclosure/release-advisories.js';
import { DomainError } from '../../../domain/errors.js';
import { isLabelId, normaliseLabelId } from '../../../domain/labels/label-id.js';
import { messagesFor, negotiateLanguage, type LabelLanguage } from '../../../domain/labels/texts/index.js';
import { labelArtworkSvg } from '../../../labels-render/artwork.js';
import { renderLabelNotFound, renderLabelPage } from '../../../labels-render/page.js';
import { qrPng, qrSvg } from '../../../labels-render/qr.js';
import { LABEL_CSS, LABEL_CSS_PATH } from '../../../labels-render/stylesheet.js';
import { labelContext } from './context.js';

const PUBLIC = { access: { action: 'public.read' as const } };
const HTML = 'text/html; charset=utf-8';
const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });
const LangQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 20 })) });
export const REGISTRY_PAGE = '/labels';

/** Labels are read most often just after a status change is least likely; a minute keeps a withdrawal prompt. */
const PAGE_CACHE = 'public, max-age=60';

function wantsJose(req: FastifyRequest): boolean {
  return /(^|,)\s*application\/jose\s*(;|,|$)/i.test(req.headers.accept ?? '');
}

export const labelPageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = labelContext(app);
  const disclosure = { store: ctx.store, publicUrl: ctx.publicUrl, products: storeProductRegistry(ctx.store.db) };
  const labels = labelReader(ctx);

  /** Loads a label from the id in the path; an id that is not a label's becomes the label_not_found error. */
  async function load(id: string): Promise<LabelNow> {
    const normalised = normaliseLabelId(id);
    if (!isLabelId(normalised)) throw new DomainError('label_not_found', `No label "${id}".`);
    return labels.now(normalised);
  }

  // Advisories change when one is published, which is rare, while a label page may be opened from many shelves
  // at once: each release's advisories are kept for a few seconds (wall-clock time; a cache, not a rule), which
  // spares every view the product, release and advisory queries. The label and its status are read every time.
  const ADVISORY_TTL_MS = 10_000;
  const ADVISORY_CACHE_SIZE = 2_000;
  const advisoryCache = new Map<string, { until: number; value: ReleaseAdvisories | null }>();

  /** Open advisories for the label's release (issue 9); null when disclosure cannot tell (no such product there). */
  async function advisories(l: LabelNow): Promise<ReleaseAdvisories | null> {
    const { product, release } = l.record.payload;
    const key = `${product.id} ${release.id}`;
    const cached = advisoryCache.get(key);
    if (cached && cached.until > Date.now()) return cached.value;
    let value: ReleaseAdvisories | null;
    try {
      value = await advisoriesForRelease(disclosure, product.id, release.id);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      value = null;
    }
    advisoryCache.delete(key);
    if (advisoryCache.size >= ADVISORY_CACHE_SIZE) advisoryCache.delete(advisoryCache.keys().next().value!);
    advisoryCache.set(key, { until: Date.now() + ADVISORY_TTL_MS, value });
    return value;
  }

  // A rendered page is kept per label and language, and served again only while everything it was rendered from
  // is unchanged: the same signed label, the same status and state (read from the store for this very request),
  // the same advisories. So a withdrawal shows on the next view; what is saved is the rendering.
  const PAGES_KEPT = 1_000;
  type RenderedPage = { payload: LabelPayload; status: LabelStatus; state: string; advisories: ReleaseAdvisories | null; html: Buffer };
  const rendered = new Map<string, RenderedPage>();

  function notFoundPage(reply: FastifyReply, language: LabelLanguage) {
    return reply.status(404).type(HTML).header('cache-control', 'no-store').send(renderLabelNotFound(language, LABEL_CSS_PATH, REGISTRY_PAGE));
  }

  app.get('/l/label.css', { schema: { hide: true }, config: PUBLIC }, async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(LABEL_CSS),
  );

  app.get(
    '/l/:id',
    { schema: { tags: ['labels'], summary: 'The public label page (HTML; the signed label with Accept: application/jose)', params: IdParam, querystring: LangQuery, produces: ['text/html', 'application/jose'] }, config: PUBLIC },
    async (req, reply) => {
      const language = negotiateLanguage(req.query.lang, req.headers['accept-language']);
      let label: LabelNow;
      try {
        label = await load(req.params.id);
      } catch (e) {
        if (e instanceof DomainError && e.code === 'label_not_found') return notFoundPage(reply, language);
        throw e;
      }
      reply.header('vary', 'Accept, Accept-Language').header('cache-control', PAGE_CACHE);
      if (wantsJose(req)) return reply.type('application/jose').send(label.record.jws);
      const { record, status } = label;
      const known = await advisories(label);
      const key = `${record.id} ${language}`;
      const state = JSON.stringify(record.state);
      const kept = rendered.get(key);
      if (kept && kept.payload === record.payload && kept.status === status && kept.state === state && kept.advisories === known) {
        return reply.type(HTML).header('content-language', language).send(kept.html);
      }
      const page = `/l/${record.id}`;
      const html = renderLabelPage({
        payload: record.payload,
        jws: record.jws,
        status,
        state: record.state,
        language,
        advisories: known,
        links: {
          page,
          jws: `${page}.jws`,
          json: `/api/labels/${record.id}`,
          jwks: `${ctx.publicUrl}/.well-known/jwks.json`,
          qrSvg: `${page}/qr.svg`,
          artwork: `${page}/label.svg?lang=${language}`,
          stylesheet: LABEL_CSS_PATH,
          registry: REGISTRY_PAGE,
          newer: record.state.supersededBy ? `/l/${record.state.supersededBy.labelId}` : null,
        },
      });
      const bytes = Buffer.from(html);
      rendered.delete(key);
      if (rendered.size >= PAGES_KEPT) rendered.delete(rendered.keys().next().value!);
      rendered.set(key, { payload: record.payload, status, state, advisories: known, html: bytes });
      return reply.type(HTML).header('content-language', language).send(bytes);
    },
  );

  app.get('/l/:id.jws', { schema: { tags: ['labels'], summary: 'The signed label (compact JWS)', params: IdParam, produces: ['application/jose'] }, config: PUBLIC }, async (req, reply) => {
    const { record } = await load(req.params.id);
    // The signed bytes never change: cache them as long as anyone likes.
    return reply.type('application/jose').header('cache-control', 'public, max-age=86400').send(record.jws);
  });

  app.get('/l/:id/qr.svg', { schema: { tags: ['labels'], summary: "The QR code of the label's short URL (SVG)", params: IdParam, querystring: LangQuery, produces: ['image/svg+xml'] }, config: PUBLIC }, async (req, reply) => {
    const { record } = await load(req.params.id);
    const language = negotiateLanguage(req.query.lang, req.headers['accept-language']);
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').header('vary', 'Accept-Language').send(qrSvg(record.payload.url, messagesFor(language).qrAlt(record.payload.url)));
  });

  app.get(
    '/l/:id/qr.png',
    { schema: { tags: ['labels'], summary: "The QR code of the label's short URL (PNG)", params: IdParam, querystring: Type.Object({ scale: Type.Optional(Type.Integer({ minimum: 2, maximum: 32, default: 8, description: 'pixels per module' })) }), produces: ['image/png'] }, config: PUBLIC },
    async (req, reply) => {
      const { record } = await load(req.params.id);
      return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(await qrPng(record.payload.url, req.query.scale ?? 8));
    },
  );

  app.get('/l/:id/label.svg', { schema: { tags: ['labels'], summary: 'The printable label artwork (SVG)', params: IdParam, querystring: LangQuery, produces: ['image/svg+xml'] }, config: PUBLIC }, async (req, reply) => {
    const { record, status } = await load(req.params.id);
    const language = negotiateLanguage(req.query.lang, req.headers['accept-language']);
    return reply
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=300')
      .header('vary', 'Accept-Language')
      .header('content-disposition', `inline; filename="label-${record.id}-${language}.svg"`)
      .send(labelArtworkSvg({ payload: record.payload, status, language }));
  });

  // The registry as a page. Unknown filter values are dropped rather than refused: this is a page people type
  // and share, and an empty filter shows everything.
  const RegistryPageQuery = Type.Object({
    q: Type.Optional(Type.String({ maxLength: 200 })),
    manufacturer: Type.Optional(Type.String({ maxLength: 100 })),
    category: Type.Optional(Type.String({ maxLength: 40 })),
    status: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 10 })),
    framework: Type.Optional(Type.String({ maxLength: 100 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    lang: Type.Optional(Type.String({ maxLength: 20 })),
  });
  const PAGE_SIZE = 25;
  app.get(REGISTRY_PAGE, { schema: { tags: ['labels'], summary: 'The registry of labelled products (HTML, works without JavaScript)', querystring: RegistryPageQuery, produces: ['text/html'] }, config: PUBLIC }, async (req, reply) => {
    const q = req.query;
    const language = negotiateLanguage(q.lang, req.headers['accept-language']);
    const status = (q.status ?? []).filter((s) => isOneOf(LABEL_STATUSES, s)) as LabelFilter['status'];
    const filter: LabelFilter = {
      ...(q.q?.trim() ? { q: q.q.trim() } : {}),
      ...(q.manufacturer ? { manufacturerId: q.manufacturer } : {}),
      ...(isOneOf(PRODUCT_CATEGORIES, q.category) ? { category: q.category } : {}),
      ...(status && status.length > 0 ? { status } : {}),
      ...(q.framework ? { framework: q.framework } : {}),
    };
    const page = q.page ?? 1;
    const [result, manufacturers, frameworks] = await Promise.all([labelRegistry(ctx, filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), manufacturersWithLabels(ctx), frameworksClaimed(ctx)]);
    const html = renderRegistryPage({ language, filter, items: result.items, total: result.total, page, pageSize: PAGE_SIZE, manufacturers, frameworks, stylesheet: LABEL_CSS_PATH });
    return reply.type(HTML).header('content-language', language).header('vary', 'Accept-Language').header('cache-control', PAGE_CACHE).send(html);
  });

  app.get(
    '/.well-known/jwks.json',
    { schema: { tags: ['labels'], summary: 'The public keys labels are signed with (JWKS, Ed25519), newest first; old keys stay so old labels verify' }, config: PUBLIC },
    async (_req, reply) => {
      const jwks = app.deps.labelKeys ? await app.deps.labelKeys.publicKeys() : { keys: [] };
      return reply.type('application/jwk-set+json').header('cache-control', 'public, max-age=300').send(JSON.stringify(jwks));
    },
  );
};
