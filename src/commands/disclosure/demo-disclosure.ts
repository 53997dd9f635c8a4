// The disclosure part of `iotspp demo load`: a clearly fictional manufacturer's disclosure policy and one case
// that runs from an anonymous report to a published CSAF advisory, through the ordinary commands (so its
// contents are sealed, its history and audit entries are real). It builds on a demo product from the product
// registry when there is one (an organisation named "Demo ..." with a product of two or more releases);
// otherwise it registers "Demo Devices Ltd" and its "Demo Camera" itself. Running it again adds nothing.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '../../domain/access/actor.js';
import { defaultPolicyInput } from '../../domain/disclosure/disclosure-policy.js';
import { findOrganisation, insertOrganisation, listOrganisations } from '../../db/repositories/organisations.js';
import { findPolicy } from '../../db/repositories/disclosure-policies.js';
import { listAdvisories } from '../../db/repositories/disclosure-advisories.js';
import { findProductByOrganisationPrefix, insertDemoProduct } from '../../db/repositories/disclosure-products.js';
import { appendAudit } from '../audit.js';
import { DEMO_PREFIX, type DemoContext, type DemoLoader, type DemoResult } from '../demo/demo-loader.js';
import { loadCase } from './case-access.js';
import { disclosureContextFromConfig } from './disclosure-context-from-config.js';
import type { DisclosureContext } from './disclosure-context.js';
import { fileReport } from './file-report.js';
import { postMessage } from './post-message.js';
import { publishAdvisory } from './publish-advisory.js';
import { savePolicy } from './save-policy.js';
import { takeStep } from './take-step.js';
import type { RegisteredProduct } from './product-registry.js';

const PSIRT = { role: 'psirt' as const, userId: null };

async function demoProduct(ctx: DisclosureContext): Promise<RegisteredProduct> {
  const existing = await findProductByOrganisationPrefix(ctx.store.db, DEMO_PREFIX, 2);
  if (existing) return { id: existing.id, name: existing.name, manufacturerId: existing.manufacturerId, modelNumber: existing.model, releases: existing.releases };
  const at = ctx.clock.now().toISOString();
  const name = `${DEMO_PREFIX} Devices Ltd`;
  let organisation = (await listOrganisations(ctx.store.db)).find((o) => o.name === name && o.type === 'manufacturer');
  const productId = randomUUID();
  const releases = [
    { id: randomUUID(), version: '2.3.0', date: '2026-03-02' },
    { id: randomUUID(), version: '2.3.1', date: '2026-06-15' },
    { id: randomUUID(), version: '2.4.0', date: '2026-09-30' },
  ];
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!organisation) {
      organisation = { id: randomUUID(), name, type: 'manufacturer', country: 'GB', createdAt: at };
      await insertOrganisation(trx, organisation);
      await appendAudit(trx, ctx, { actor: 'cli', action: 'organisation.create', subject: `organisation:${organisation.id}`, payload: { name, type: 'manufacturer', country: 'GB', demo: true } });
    }
    await insertDemoProduct(trx, { id: productId, organisationId: organisation.id, name: `${DEMO_PREFIX} Camera`, model: 'DC-100', releases, at });
    await appendAudit(trx, ctx, { actor: 'cli', action: 'product.create', subject: `product:${productId}`, payload: { organisation: organisation.id, demo: true } });
  });
  return { id: productId, name: `${DEMO_PREFIX} Camera`, manufacturerId: organisation!.id, modelNumber: 'DC-100', releases: releases.map((r) => ({ id: r.id, version: r.version, releasedOn: r.date })) };
}

export async function loadDisclosureDemo(ctx: DisclosureContext): Promise<DemoResult> {
  const product = await demoProduct(ctx);
  const manufacturer = await findOrganisation(ctx.store.db, product.manufacturerId);
  const links = [
    { title: `Disclosure policy of ${manufacturer?.name ?? 'the demo manufacturer'}`, url: `${ctx.publicUrl}/disclosure/manufacturers/${product.manufacturerId}` },
    { title: 'Published advisories', url: `${ctx.publicUrl}/advisories` },
    { title: 'CSAF provider metadata', url: `${ctx.publicUrl}/.well-known/csaf/provider-metadata.json` },
  ];
  const published = await listAdvisories(ctx.store.db, { productId: product.id });
  if (published.length > 0) return { summary: `a published demo advisory (${published[0]!.id}) is there already`, links };

  if (!(await findPolicy(ctx.store.db, product.manufacturerId))) {
    await savePolicy(ctx, 'cli', product.manufacturerId, {
      ...defaultPolicyInput(),
      contactEmail: 'psirt@demo-devices.example',
      languages: ['en', 'fr'],
      acknowledgementDays: 5,
      assessmentDays: 20,
      website: 'https://demo-devices.example',
    });
  }
  const [first, second, latest] = [product.releases[0]!, product.releases.at(-2)!, product.releases.at(-1)!];
  const filed = await fileReport(
    ctx,
    ANONYMOUS,
    {
      productId: product.id,
      title: 'Telnet debug service left enabled with a fixed password',
      description: `${product.name} firmware starts a telnet debug service on port 2323 that accepts the same password on every device, giving a root shell to anyone on the local network.`,
      affectedVersions: `${first.version} to ${second.version}`,
      steps: 'Connect to TCP port 2323 on the camera, log in as "debug" with the password printed in the firmware image, run "id".',
      reporterName: 'Demo Finder',
      reporterEmail: null,
      credit: 'Demo Finder (fictional)',
      attachments: [{ name: 'session.txt', bytes: new TextEncoder().encode('login: debug\nPassword:\n# id\nuid=0(root) gid=0(root)\n') }],
    },
    'demo-loader',
  );
  const step = async (input: Parameters<typeof takeStep>[3]) => takeStep(ctx, PSIRT, await loadCase(ctx, filed.caseId), input);
  await step({ step: 'acknowledge', note: 'Thank you for the report; our PSIRT is looking into it.' });
  await step({
    step: 'triage',
    vectors: ['CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
    affectedReleaseIds: product.releases.slice(0, -1).map((r) => r.id),
  });
  await postMessage(ctx, PSIRT, await loadCase(ctx, filed.caseId), { text: `Confirmed. The service is removed in ${latest.version}; we plan to publish when it ships.`, visibility: 'all', attachments: [] });
  await step({ step: 'start-fix' });
  await step({ step: 'mark-fixed', fixedReleaseIds: [latest.id] });
  const advisory = await publishAdvisory(ctx, PSIRT, await loadCase(ctx, filed.caseId), {
    title: `${product.name}: debug service with a fixed password`,
    summary: `${product.name} firmware before ${latest.version} runs a telnet debug service with a password that is the same on every device. This is fictional demonstration data.`,
    description: `A telnet service on TCP port 2323 accepts a fixed password and gives a root shell to anyone on the local network. Firmware ${latest.version} removes the service.`,
    cwe: 'CWE-798',
    remediations: [{ category: 'vendor_fix', details: `Update the firmware to ${latest.version} or later.`, url: null }],
    creditReporter: true,
  });
  return {
    summary: `case ${filed.trackingId} from report to published advisory ${advisory.id}`,
    links: [...links, { title: `The reporter's private link to case ${filed.trackingId}`, url: filed.followUrl }],
  };
}

export const disclosureDemoLoader: DemoLoader = {
  name: 'disclosure',
  // The labels demo registers the demo products; the case is filed against one, so its advisory shows on that
  // product's label pages.
  after: ['labels'],
  load: (ctx: DemoContext) => loadDisclosureDemo(disclosureContextFromConfig({ store: ctx.store, clock: ctx.clock }, ctx.config)),
};
