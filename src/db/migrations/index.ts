// Every migration, in order. Names are dated so they sort; add new ones at the end.
import type { Migration } from 'kysely';
import * as registry from './2026-11-23-01-registry.js';
import * as accounts from './2026-11-24-01-accounts.js';
import * as auditAndHistory from './2026-11-24-02-audit-and-history.js';
import * as governance from './2026-11-25-01-governance.js';
import * as disclosure from './2026-11-28-01-disclosure.js';
import * as products from './2026-11-29-01-products.js';
import * as labels from './2026-11-30-01-labels.js';
import * as personalData from './2026-12-01-01-personal-data.js';

export const migrations: Record<string, Migration> = {
  '2026-11-23-01-registry': registry,
  '2026-11-24-01-accounts': accounts,
  '2026-11-24-02-audit-and-history': auditAndHistory,
  '2026-11-25-01-governance': governance,
  '2026-11-28-01-disclosure': disclosure,
  '2026-11-29-01-products': products,
  '2026-11-30-01-labels': labels,
  '2026-12-01-01-personal-data': personalData,
};
