// Published advisories for everyone: the list, one advisory, and the CSAF provider files
// (provider-metadata.json, index.txt, changes.csv, each advisory and its hashes).
import { createHash } from 'node:crypto';
import { changesCsv, csafPath, indexTxt, providerMetadata } from '../../domain/disclosure/csaf/provider-files.js';
import { findAdvisory, findAdvisoryByPath, listAdvisories, listAdvisoryRevisions, type AdvisoryFilter, type StoredAdvisory } from '../../db/repositories/disclosure-advisories.js';
import { findOrganisation } from '../../db/repositories/organisations.js';
import { DomainError } from '../../domain/errors.js';
import { advisoryUrl } from './case-views.js';
import { platformPublisher, type DisclosureContext } from './disclosure-context.js';

export interface AdvisorySummary {
  id: string;
  title: string;
  cve: string | null;
  severity: string;
  baseScore: number;
  manufacturer: { id: string; name: string };
  productId: string;
  version: number;
  initialReleaseDate: string;
  currentReleaseDate: string;
  url: string;
  /** The case has a fixed release. */
  fixAvailable: boolean;
}

async function summaries(ctx: Pick<DisclosureContext, 'store' | 'publicUrl'>, advisories: StoredAdvisory[]): Promise<AdvisorySummary[]> {
  const names = new Map<string, string>();
  const out: AdvisorySummary[] = [];
  for (const a of advisories) {
    if (!names.has(a.manufacturerId)) names.set(a.manufacturerId, (await findOrganisation(ctx.store.db, a.manufacturerId))?.name ?? '');
    out.push({
      id: a.id,
      title: a.title,
      cve: a.cve,
      severity: a.severity,
      baseScore: a.maxScore,
      manufacturer: { id: a.manufacturerId, name: names.get(a.manufacturerId)! },
      productId: a.productId,
      version: a.version,
      initialReleaseDate: a.initialReleaseDate,
      currentReleaseDate: a.currentReleaseDate,
      url: advisoryUrl(ctx.publicUrl, a),
      fixAvailable: a.fixedReleaseIds.length > 0,
    });
  }
  return out;
}

export async function publicAdvisories(ctx: Pick<DisclosureContext, 'store' | 'publicUrl'>, filter: AdvisoryFilter = {}): Promise<AdvisorySummary[]> {
  return summaries(ctx, await listAdvisories(ctx.store.db, filter));
}

export async function publicAdvisory(ctx: Pick<DisclosureContext, 'store' | 'publicUrl'>, id: string) {
  const a = await findAdvisory(ctx.store.db, id);
  if (!a) throw new DomainError('advisory_not_found', `No published advisory "${id}".`);
  const [summary] = await summaries(ctx, [a]);
  return { ...summary!, document: JSON.parse(a.document) as unknown, revisions: await listAdvisoryRevisions(ctx.store.db, a.id) };
}

export async function providerMetadataDocument(ctx: Pick<DisclosureContext, 'store' | 'publicUrl' | 'clock'>): Promise<Record<string, unknown>> {
  const all = await listAdvisories(ctx.store.db);
  const last = all.map((a) => a.currentReleaseDate).sort().at(-1);
  return providerMetadata({ publicUrl: ctx.publicUrl, publisher: platformPublisher(ctx.publicUrl), lastUpdated: last ?? ctx.clock.now().toISOString() });
}

export async function csafIndex(ctx: Pick<DisclosureContext, 'store'>): Promise<{ index: string; changes: string }> {
  const files = (await listAdvisories(ctx.store.db)).map((a) => ({ trackingId: a.id, initialReleaseDate: a.initialReleaseDate, currentReleaseDate: a.currentReleaseDate }));
  return { index: indexTxt(files), changes: changesCsv(files) };
}

export type CsafFileKind = 'json' | 'sha256' | 'sha512';

/** One file of the TLP:WHITE directory: an advisory, or its hash in the `<hash>  <file name>` form of sha256sum. */
export async function csafFile(ctx: Pick<DisclosureContext, 'store'>, year: number, name: string): Promise<{ body: string; kind: CsafFileKind } | null> {
  const match = /^(.+\.json)(\.sha256|\.sha512)?$/.exec(name);
  if (!match) return null;
  const advisory = await findAdvisoryByPath(ctx.store.db, year, match[1]!);
  if (!advisory || csafPath({ trackingId: advisory.id, initialReleaseDate: advisory.initialReleaseDate }) !== `${year}/${match[1]}`) return null;
  if (!match[2]) return { body: advisory.document, kind: 'json' };
  const algorithm = match[2] === '.sha256' ? 'sha256' : 'sha512';
  return { body: `${createHash(algorithm).update(advisory.document, 'utf8').digest('hex')}  ${match[1]}\n`, kind: algorithm };
}
