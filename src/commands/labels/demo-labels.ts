// Demo data for labels (`iotspp demo load`): two fictional manufacturers, their products and releases with
// declarations, and labels in every status a newcomer should see: valid, superseded by a newer release, expired,
// support ended, and withdrawn. Everything goes through the ordinary commands, acting as one fictional editor
// ("demo-loader"), so audit entries, checks and signatures are real. Labels whose story lies in the past (support
// that has ended, a label that has expired) are issued with the clock set back to when that would have happened:
// their audit entries carry those dates. Running it again adds nothing.
import type { Actor } from '../../domain/access/actor.js';
import type { ProductCategory, ReleaseProfile } from '../../domain/assessments/product-profile.js';
import type { Product } from '../../domain/assessments/product.js';
import { listOrganisations } from '../../db/repositories/organisations.js';
import { labelledManufacturers } from '../../db/repositories/labels.js';
import { labelKeyringFor } from '../../labels-crypto/keyring-from-config.js';
import { createOrganisation } from '../accounts/organisations.js';
import { storeRegistry } from '../assessments/store-registry.js';
import type { Clock, CommandContext } from '../context.js';
import { replaceDeclaration } from '../declarations/replace-declaration.js';
import type { DemoContext, DemoLoader, DemoResult } from '../demo/demo-loader.js';
import { createProduct } from '../products/create-product.js';
import { createRelease } from '../products/create-release.js';
import { demoDeclaration, DEMO_FACTS } from './demo-declaration.js';
import { issueLabel } from './issue-label.js';
import type { LabelContext } from './label-context.js';
import { withdrawLabel } from './withdraw-label.js';

export const DEMO_MANUFACTURERS = ['Demo Devices Ltd', 'Demo Home Gadgets SAS'] as const;

/** The fictional administrator who registers the demo manufacturers (audit entries name "user:demo-loader"). */
const registrar: Actor = { kind: 'user', userId: 'demo-loader', organisationId: null, roles: ['administrator'], scopes: null, via: 'session', mustEnrolTotp: false };
const editorOf = (organisationId: string): Actor => ({ kind: 'user', userId: 'demo-loader', organisationId, roles: ['manufacturer-editor'], scopes: null, via: 'session', mustEnrolTotp: false });
const at = (iso: string): Clock => ({ now: () => new Date(iso) });

function profile(supportEnd: string, contact: string, passwords: ReleaseProfile['passwords'], data: string): ReleaseProfile {
  return {
    supportEnd,
    updateMechanism: 'automatic-over-network',
    disclosureContact: contact,
    passwords,
    interfaces: ['wifi'],
    dataPractices: [{ data, purpose: 'the features of the device and its app', sharedWith: ['Demo Cloud Hosting'], retention: '30 days', deletion: 'from the app, at any time' }],
  };
}

async function release(ctx: CommandContext, actor: Actor, product: Product, version: string, releaseDate: string, p: ReleaseProfile, frameworks: string[]) {
  const r = await createRelease(ctx, actor, product, { version, releaseDate, ...p });
  const { plan } = await storeRegistry(ctx.store);
  const declaration = demoDeclaration(plan, product, { version, date: releaseDate, ...p }, { frameworks, facts: DEMO_FACTS });
  await replaceDeclaration(ctx, actor, product, r, declaration);
  return r;
}

async function product(ctx: CommandContext, actor: Actor, name: string, model: string, category: ProductCategory) {
  return createProduct(ctx, actor, { name, model, category });
}

export async function loadDemoLabels(ctx: DemoContext): Promise<DemoResult> {
  const labelled = await labelledManufacturers(ctx.store.db);
  if (DEMO_MANUFACTURERS.every((name) => labelled.some((m) => m.name === name))) return { summary: 'the demo labels are there already', links: [{ title: 'labelled products', url: `${ctx.config.publicUrl}/labels` }] };
  // Another part's demo (disclosure) may have registered a demo manufacturer already: use it rather than repeat it.
  const existing = await listOrganisations(ctx.store.db);
  const organisation = async (name: string, country: string) =>
    existing.find((o) => o.name === name && o.type === 'manufacturer') ?? (await createOrganisation(ctx, registrar, { name, type: 'manufacturer', country }));

  const keys = labelKeyringFor(ctx.config, ctx.clock);
  const now = ctx.clock.now();
  const labels = (clock: Clock): LabelContext => ({ store: ctx.store, clock, keys, publicUrl: ctx.config.publicUrl });
  const past = (iso: string) => ({ store: ctx.store, clock: at(iso) });
  const year = now.getUTCFullYear();

  const devices = await organisation(DEMO_MANUFACTURERS[0], 'GB');
  const gadgets = await organisation(DEMO_MANUFACTURERS[1], 'FR');
  const d = editorOf(devices.id);
  const g = editorOf(gadgets.id);
  const devicesContact = 'https://demo-devices.example/security';
  const gadgetsContact = 'mailto:security@demo-home-gadgets.example';

  // A camera with two releases: the newer one's label is valid, the older one's is superseded by it.
  const camera = await product(ctx, d, 'Demo Camera', 'DC-100', 'camera');
  const cameraOld = await release(ctx, d, camera, '2.4.0', `${year - 1}-09-01`, profile(`${year + 3}-03-31`, devicesContact, 'unique-per-device', 'Video clips'), ['uk-psti', 'etsi-en-303-645']);
  const cameraNew = await release(ctx, d, camera, '2.5.0', `${year}-01-15`, profile(`${year + 3}-03-31`, devicesContact, 'unique-per-device', 'Video clips'), ['uk-psti', 'etsi-en-303-645']);
  const superseded = await issueLabel(labels(ctx.clock), d, { releaseId: cameraOld.id });
  const valid = await issueLabel(labels(ctx.clock), d, { releaseId: cameraNew.id });

  // A speaker whose support has ended: labelled while supported, three years ago.
  const speakerIssued = `${year - 3}-02-01T10:00:00.000Z`;
  const speaker = await product(past(speakerIssued), d, 'Demo Speaker', 'DS-1', 'speaker');
  const speakerRelease = await release(past(speakerIssued), d, speaker, '1.2.0', `${year - 3}-01-20`, profile(`${year - 1}-06-30`, devicesContact, 'set-by-user-at-first-use', 'Voice commands'), ['uk-psti']);
  const ended = await issueLabel(labels(at(speakerIssued)), d, { releaseId: speakerRelease.id });

  // A hub whose label ran for one year only, while support continues: expired, to be renewed.
  const hubIssued = `${year - 2}-05-10T09:00:00.000Z`;
  const hub = await product(past(hubIssued), g, 'Demo Hub', 'DH-3', 'hub');
  const hubRelease = await release(past(hubIssued), g, hub, '5.0.1', `${year - 2}-05-01`, profile(`${year + 2}-12-31`, gadgetsContact, 'unique-per-device', 'Device names and schedules'), ['uk-psti']);
  const expired = await issueLabel(labels(at(hubIssued)), g, { releaseId: hubRelease.id, validUntil: `${year - 1}-05-09` });

  // A smart lock whose label was withdrawn: a claim on it was found untrue.
  const lock = await product(ctx, g, 'Demo Smart Lock', 'DL-2', 'lock');
  const lockRelease = await release(ctx, g, lock, '3.1.0', `${year}-02-01`, profile(`${year + 4}-06-30`, gadgetsContact, 'unique-per-device', 'Door events'), ['uk-psti', 'etsi-en-303-645']);
  const withdrawn = await issueLabel(labels(ctx.clock), g, { releaseId: lockRelease.id });
  await withdrawLabel(labels(ctx.clock), 'cli', withdrawn.id, { reason: 'false-claim', note: "Demonstration: the lock's passwords turned out to be derived from its serial number." });

  const link = (title: string, id: string) => ({ title, url: `${ctx.config.publicUrl}/l/${id}` });
  return {
    summary: '2 fictional manufacturers, 4 products with 5 declared releases, 5 labels (valid, superseded, support ended, expired, withdrawn)',
    links: [
      link('valid label', valid.id),
      link('superseded label', superseded.id),
      link('support ended', ended.id),
      link('expired label', expired.id),
      link('withdrawn label', withdrawn.id),
      { title: 'labelled products', url: `${ctx.config.publicUrl}/labels` },
      { title: 'public keys', url: `${ctx.config.publicUrl}/.well-known/jwks.json` },
    ],
  };
}

export const labelsDemoLoader: DemoLoader = { name: 'labels', after: [], load: loadDemoLabels };
