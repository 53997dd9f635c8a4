// The public registry page (/labels): labelled products with their status today, searched and filtered with a
// plain GET form (no JavaScript), in pages, with the same filters as a CSV download and as JSON.
import type { LabelFilter, LabelListing } from '../domain/labels/label-record.js';
import { LABEL_STATUSES } from '../domain/labels/status.js';
import { formatDate, LABEL_LANGUAGES, messagesFor, type LabelLanguage } from '../domain/labels/texts/index.js';
import { PRODUCT_CATEGORIES } from '../domain/labels/vocabulary.js';
import { escapeXml as e } from './markup.js';

export interface RegistryPageView {
  language: LabelLanguage;
  filter: LabelFilter;
  items: LabelListing[];
  total: number;
  page: number;
  pageSize: number;
  manufacturers: { id: string; name: string }[];
  frameworks: { id: string; name: string }[];
  stylesheet: string;
}

/** The query string of a filter (and page and language), as the form would send it. */
export function registryQuery(filter: LabelFilter, extra: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  if (filter.q) q.set('q', filter.q);
  if (filter.manufacturerId) q.set('manufacturer', filter.manufacturerId);
  if (filter.category) q.set('category', filter.category);
  for (const s of filter.status ?? []) q.append('status', s);
  if (filter.framework) q.set('framework', filter.framework);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

function select(name: string, label: string, any: string, options: { value: string; text: string }[], chosen: readonly string[]): string {
  const opts = options.map((o) => `<option value="${e(o.value)}"${chosen.includes(o.value) ? ' selected' : ''}>${e(o.text)}</option>`).join('');
  return `<div class="field"><label for="f-${name}">${e(label)}</label><select id="f-${name}" name="${name}"><option value="">${e(any)}</option>${opts}</select></div>`;
}

export function renderRegistryPage(v: RegistryPageView): string {
  const m = messagesFor(v.language);
  const f = v.filter;
  const pages = Math.max(1, Math.ceil(v.total / v.pageSize));
  const lang = v.language;
  const form =
    `<form method="get" action="/labels" class="filters" role="search"><input type="hidden" name="lang" value="${lang}">` +
    `<div class="field"><label for="f-q">${e(m.search)}</label><input id="f-q" name="q" type="search" value="${e(f.q ?? '')}"></div>` +
    select('manufacturer', m.manufacturer, m.any, v.manufacturers.map((x) => ({ value: x.id, text: x.name })), f.manufacturerId ? [f.manufacturerId] : []) +
    select('category', m.category, m.any, PRODUCT_CATEGORIES.map((c) => ({ value: c, text: m.categories[c] })), f.category ? [f.category] : []) +
    select('status', m.status, m.any, LABEL_STATUSES.map((s) => ({ value: s, text: m.statusName[s] })), f.status ?? []) +
    select('framework', m.framework, m.any, v.frameworks.map((x) => ({ value: x.id, text: x.name })), f.framework ? [f.framework] : []) +
    `<div class="actions"><button type="submit">${e(m.applyFilters)}</button> <a href="/labels?lang=${lang}">${e(m.clearFilters)}</a></div></form>`;

  const rows = v.items
    .map((l) => {
      const product = [l.product.name, l.product.model].filter(Boolean).join(' ');
      const meets = l.claims.filter((c) => c.verdict === 'conforms').map((c) => c.frameworkName);
      return (
        `<tr><th scope="row"><a href="/l/${e(l.id)}?lang=${lang}">${e(product)}</a></th><td>${e(l.manufacturer.name)}</td><td>${e(l.release.version)}</td>` +
        `<td><span class="badge badge-${l.status}">${e(m.statusName[l.status])}</span></td><td>${e(formatDate(l.supportEnd, lang))}</td><td>${e(meets.join(', '))}</td></tr>`
      );
    })
    .join('');
  const table =
    v.items.length === 0
      ? `<p>${e(m.noResults)}</p>`
      : `<div class="table-wrap" role="region" aria-labelledby="results-caption" tabindex="0"><table><caption id="results-caption">${e(m.results(v.total))}</caption><thead><tr><th scope="col">${e(m.product)}</th><th scope="col">${e(m.manufacturer)}</th><th scope="col">${e(m.release)}</th>` +
        `<th scope="col">${e(m.status)}</th><th scope="col">${e(m.securityUpdatesUntil)}</th><th scope="col">${e(m.conformsTo)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  const nav =
    pages <= 1
      ? ''
      : `<nav aria-label="${e(m.pagination)}" class="pager"><p>${e(m.pageOf(v.page, pages))}</p>` +
        (v.page > 1 ? `<a rel="prev" href="/labels${e(registryQuery(f, { lang, page: v.page - 1 }))}">${e(m.previous)}</a> ` : '') +
        (v.page < pages ? `<a rel="next" href="/labels${e(registryQuery(f, { lang, page: v.page + 1 }))}">${e(m.next)}</a>` : '') +
        '</nav>';
  const langs = LABEL_LANGUAGES.map(
    (l) => `<li><a href="/labels${e(registryQuery(f, { lang: l }))}" lang="${l}" hreflang="${l}"${l === lang ? ' aria-current="page"' : ''}>${e(messagesFor(l).languageName)}</a></li>`,
  ).join('');
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(`${m.registryTitle} · iotspp`)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${e(v.stylesheet)}"><link rel="alternate" type="text/csv" href="/api/labels.csv${e(registryQuery(f))}"></head>` +
    `<body><header class="top"><a class="home" href="/">iotspp</a><nav aria-label="${e(m.languages)}"><ul class="langs">${langs}</ul></nav></header><main>` +
    `<h1>${e(m.registryTitle)}</h1><p>${e(m.registryIntro)}</p>${form}${table}${nav}` +
    `<p><a href="/api/labels.csv${e(registryQuery(f))}" download="iotspp-labels.csv">${e(m.downloadCsv)}</a> · <a href="/api/labels${e(registryQuery(f))}" type="application/json">JSON</a></p>` +
    '</main></body></html>'
  );
}
