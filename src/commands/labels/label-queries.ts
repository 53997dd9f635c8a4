// Reading labels: one label with its status now, the public registry (search, filters, pages), and the
// manufacturers that have labels. Everything here is public: a label is published when it is issued.
import { DomainError } from '../../domain/errors.js';
import type { LabelFilter, LabelListing, LabelRecord } from '../../domain/labels/label-record.js';
import { labelStatus, type LabelStatus } from '../../domain/labels/status.js';
import { normaliseLabelId } from '../../domain/labels/label-id.js';
import { claimedFrameworks, findLabel, labelledManufacturers, searchLabels } from '../../db/repositories/labels.js';
import type { CommandContext } from '../context.js';

export interface LabelNow {
  record: LabelRecord;
  status: LabelStatus;
}

export async function labelNow(ctx: CommandContext, id: string): Promise<LabelNow> {
  const record = await findLabel(ctx.store.db, normaliseLabelId(id));
  if (!record) throw new DomainError('label_not_found', `No label "${id}".`);
  return { record, status: labelStatus(record.payload, record.state, ctx.clock.now()) };
}

export async function labelRegistry(ctx: CommandContext, filter: LabelFilter, page: { limit: number; offset: number }): Promise<{ items: LabelListing[]; total: number }> {
  return searchLabels(ctx.store.db, filter, ctx.clock.now(), page);
}

/** Every label matching the filter, for the CSV download (read page by page, so memory stays flat). */
export async function* allLabels(ctx: CommandContext, filter: LabelFilter, pageSize = 500): AsyncGenerator<LabelListing> {
  const now = ctx.clock.now();
  for (let offset = 0; ; offset += pageSize) {
    const { items } = await searchLabels(ctx.store.db, filter, now, { limit: pageSize, offset });
    yield* items;
    if (items.length < pageSize) return;
  }
}

export async function manufacturersWithLabels(ctx: CommandContext): Promise<{ id: string; name: string }[]> {
  return labelledManufacturers(ctx.store.db);
}

export async function frameworksClaimed(ctx: CommandContext): Promise<{ id: string; name: string }[]> {
  return claimedFrameworks(ctx.store.db);
}
