// A blank declaration listing every baseline item (status unknown, title for the reader), every release field
// and every product fact (null: not stated), so a manufacturer can fill it in and keep it in its repository.
// It is valid as it stands: assessing it gives "incomplete" everywhere.
import type { Requirement } from '../frameworks/requirement.js';
import { DECLARATION_FORMAT, type Declaration } from './declaration.js';
import { PRODUCT_FACTS } from './product-facts.js';

export function declarationTemplate(baselineVersion: string, items: readonly Requirement[], schemaUrl: string): Declaration {
  return {
    $schema: schemaUrl,
    format: DECLARATION_FORMAT,
    baselineVersion,
    product: { name: 'Product name', model: null, manufacturer: null, category: null },
    release: { version: null, date: null, supportEnd: null, updateMechanism: null, disclosureContact: null, passwords: null, interfaces: null, dataPractices: null },
    facts: Object.fromEntries(PRODUCT_FACTS.map((f) => [f, null])),
    answers: Object.fromEntries(items.map((item) => [item.id, { title: item.title, status: 'unknown' as const }])),
    followUp: {},
  };
}
