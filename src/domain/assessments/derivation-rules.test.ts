import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../crosswalk/relationship.js';
import { DERIVATION_RULES } from './derivation-rules.js';
import { STATUSES } from './status.js';

/** The rules as the Markdown table docs/assessment.md prints. */
function rulesTable(): string {
  const header = `| requirement … item | ${STATUSES.map((s) => `item ${s}`).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(STATUSES.length + 1)}`;
  const rows = RELATIONSHIPS.map((r) => `| ${r} | ${STATUSES.map((s) => DERIVATION_RULES[r][s]).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

describe('the derivation rules table', () => {
  it('is printed in docs/assessment.md exactly as the code applies it', () => {
    const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/assessment.md'), 'utf8');
    expect(docs).toContain(rulesTable());
  });
});
