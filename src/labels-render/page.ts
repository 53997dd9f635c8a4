// The public label page (/l/ID): server-rendered HTML that works without JavaScript, with no inline script or
// style (the app's CSP is script-src 'self', style-src 'self'; the styles are one small static file), in the
// visitor's language. The status comes first and in words; then what the manufacturer states, the claims, known
// vulnerabilities (issue 9), and the signed label itself with how to check it.
import type { ReleaseAdvisories } from '../domain/disclosure/release-advisories.js';
import { conformanceSummary, describeStatus } from '../domain/labels/describe.js';
import { lastDayBefore } from '../domain/labels/dates.js';
import type { LabelPayload } from '../domain/labels/payload.js';
import type { LabelState, LabelStatus } from '../domain/labels/status.js';
import { formatDate, formatList, LABEL_LANGUAGES, messagesFor, type LabelLanguage } from '../domain/labels/texts/index.js';
import { escapeXml as e } from './markup.js';

export interface LabelPageLinks {
  /** The page itself, without query (language links add ?lang=). */
  page: string;
  jws: string;
  json: string;
  jwks: string;
  qrSvg: string;
  artwork: string;
  stylesheet: string;
  registry: string;
  /** The newer label's page when superseded. */
  newer: string | null;
}

export interface LabelPageView {
  payload: LabelPayload;
  jws: string;
  status: LabelStatus;
  state: LabelState;
  language: LabelLanguage;
  links: LabelPageLinks;
  /** What published advisories say about the release; null when the disclosure registry cannot tell. */
  advisories: ReleaseAdvisories | null;
}

const STATUS_CLASS: Record<LabelStatus, string> = { valid: 'good', superseded: 'notice', expired: 'bad', 'support-ended': 'bad', withdrawn: 'bad' };

function contactLink(contact: string): string {
  const href = contact.includes('@') && !contact.includes('://') && !contact.startsWith('mailto:') ? `mailto:${contact}` : contact;
  return `<a href="${e(href)}" rel="nofollow">${e(contact.replace(/^mailto:/, ''))}</a>`;
}

function row(term: string, value: string): string {
  return `<div><dt>${e(term)}</dt><dd>${value}</dd></div>`;
}

function languageNav(view: LabelPageView): string {
  const m = messagesFor(view.language);
  const items = LABEL_LANGUAGES.map((l) => {
    const name = e(messagesFor(l).languageName);
    return l === view.language
      ? `<li><a href="${e(view.links.page)}?lang=${l}" lang="${l}" hreflang="${l}" aria-current="page">${name}</a></li>`
      : `<li><a href="${e(view.links.page)}?lang=${l}" lang="${l}" hreflang="${l}">${name}</a></li>`;
  });
  return `<nav aria-label="${e(m.languages)}"><ul class="langs">${items.join('')}</ul></nav>`;
}

function facts(view: LabelPageView): string {
  const { payload: p, language } = view;
  const m = messagesFor(language);
  const practices =
    p.dataPractices.length === 0
      ? e(m.noDataPractices)
      : `<ul>${p.dataPractices
          .map((d) => `<li>${e(m.dataPractice(d.data, d.purpose))}; ${e(d.sharedWith.length === 0 ? m.notShared : m.sharedWith(formatList(d.sharedWith, language)))}</li>`)
          .join('')}</ul>`;
  return (
    `<section aria-labelledby="facts-h"><h2 id="facts-h">${e(m.factsHeading)}</h2><dl class="facts">` +
    row(m.securityUpdatesUntil, `<strong>${e(formatDate(p.supportEnd, language))}</strong>`) +
    row(m.updates, e(p.updateMechanism ? m.updateMechanism[p.updateMechanism] : m.notStated)) +
    row(m.passwords, e(p.passwords ? m.passwordApproach[p.passwords] : m.notStated)) +
    row(m.reportVulnerability, contactLink(p.disclosureContact)) +
    row(m.release, e(p.release.version)) +
    (p.product.category ? row(m.category, e(m.categories[p.product.category])) : '') +
    row(m.dataPractices, practices) +
    '</dl></section>'
  );
}

function conformance(view: LabelPageView): string {
  const { payload: p, language } = view;
  const m = messagesFor(language);
  const items = p.conformance
    .map(
      (c) =>
        `<li class="claim claim-${c.verdict}"><strong>${e(`${c.frameworkName} ${c.frameworkVersion}`)}</strong>: ${e(m.verdict[c.verdict])}` +
        ` <span class="muted">(${e(m.assessmentType[c.assessmentType])}, ${e(m.assessedOn(formatDate(c.assessedAt, language)))})</span></li>`,
    )
    .join('');
  return (
    `<section aria-labelledby="claims-h"><h2 id="claims-h">${e(m.conformanceHeading)}</h2><p>${e(conformanceSummary(p, language))}</p>` +
    (items ? `<ul class="claims">${items}</ul>` : '') +
    '</section>'
  );
}

function advisories(view: LabelPageView): string {
  const a = view.advisories;
  if (!a) return '';
  const m = messagesFor(view.language);
  if (a.open.length === 0) return `<section aria-labelledby="adv-h"><h2 id="adv-h">${e(m.advisoriesHeading)}</h2><p>${e(m.noOpenAdvisories)}</p></section>`;
  const items = a.open
    .map(
      (o) =>
        `<li><a href="${e(o.advisory.url)}">${e(o.advisory.trackingId)}</a>: ${e(o.advisory.title)}` +
        ` <span class="muted">(${e(o.advisory.severity)} ${e(o.advisory.baseScore.toFixed(1))}${o.advisory.cve ? `, ${e(o.advisory.cve)}` : ''}; ` +
        `${e(o.fixedIn ? m.advisoryFixedIn(o.fixedIn.version) : m.advisoryNoFix)})</span></li>`,
    )
    .join('');
  return (
    `<section aria-labelledby="adv-h" class="advisories"><h2 id="adv-h">${e(m.advisoriesHeading)}</h2><ul>${items}</ul>` +
    (a.updateTo ? `<p><strong>${e(m.updateTo(a.updateTo.version))}</strong></p>` : '') +
    '</section>'
  );
}

function signed(view: LabelPageView): string {
  const { payload: p, language, links } = view;
  const m = messagesFor(language);
  const online = `npx iotspp label verify ${p.url}`;
  const offline = `curl -o label.jws ${p.url}.jws\ncurl -o keys.json ${links.jwks}\nnpx iotspp label verify label.jws --jwks keys.json`;
  return (
    `<section aria-labelledby="signed-h"><h2 id="signed-h">${e(m.signedHeading)}</h2><p>${e(m.signedBy(p.iss))}</p><dl class="facts">` +
    row(m.labelId, `<code>${e(p.jti)}</code>`) +
    row(m.issuedOn, e(formatDate(new Date(p.iat * 1000).toISOString(), language))) +
    row(m.validUntil, e(formatDate(lastDayBefore(p.exp), language))) +
    '</dl>' +
    `<p><a href="${e(links.jws)}" download="label-${e(p.jti)}.jws" type="application/jose">${e(m.downloadSigned)}</a> · <a href="${e(links.json)}" type="application/json">JSON</a> · <a href="${e(links.artwork)}">SVG</a></p>` +
    `<pre class="jws">${e(view.jws)}</pre>` +
    `<h3>${e(m.howToVerify)}</h3><p>${e(m.verifyCommand)}</p><pre><code>${e(online)}</code></pre>` +
    `<p>${e(m.verifyOffline)}</p><pre><code>${e(offline)}</code></pre>` +
    `<p>${e(m.publicKeys)}: <a href="${e(links.jwks)}">${e(links.jwks)}</a></p></section>`
  );
}

export function renderLabelPage(view: LabelPageView): string {
  const { payload: p, language, links } = view;
  const m = messagesFor(language);
  const status = describeStatus(view.status, p, view.state, language);
  const product = [p.product.name, p.product.model].filter(Boolean).join(' ');
  const alternates = LABEL_LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${e(links.page)}?lang=${l}">`).join('');
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(`${m.statusTitle[view.status]}: ${m.pageTitle(product, p.manufacturer.name)}`)}</title>` +
    `<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${e(links.stylesheet)}"><link rel="alternate" type="application/jose" href="${e(links.jws)}"><link rel="alternate" type="application/json" href="${e(links.json)}">${alternates}</head>` +
    `<body><header class="top"><a class="home" href="/">iotspp</a>${languageNav(view)}</header><main>` +
    `<p class="kicker">${e(m.labelName)}</p><h1>${e(product)} <span class="by">${e(m.byManufacturer(p.manufacturer.name))}</span></h1>` +
    `<div class="summary"><section class="status status-${STATUS_CLASS[view.status]}" aria-labelledby="status-h"><h2 id="status-h">${e(status.title)}</h2>` +
    `<p class="sentence">${e(status.sentence)}</p>` +
    (view.state.withdrawal?.note ? `<p>${e(view.state.withdrawal.note)}</p>` : '') +
    (status.advice ? `<p>${e(status.advice)}</p>` : '') +
    (links.newer ? `<p><a href="${e(links.newer)}">${e(m.newerLabel)}</a></p>` : '') +
    `</section><img class="qr" src="${e(links.qrSvg)}" alt="${e(m.qrAlt(p.url))}" width="148" height="148"></div>` +
    facts(view) +
    conformance(view) +
    advisories(view) +
    signed(view) +
    `</main><footer><a href="${e(links.registry)}">${e(m.registryLink)}</a></footer></body></html>`
  );
}

/** The page for an id with no label, in the visitor's language. */
export function renderLabelNotFound(language: LabelLanguage, stylesheet: string, registry: string): string {
  const m = messagesFor(language);
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(m.notFoundTitle)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${e(stylesheet)}"></head><body><header class="top"><a class="home" href="/">iotspp</a></header>` +
    `<main><h1>${e(m.notFoundTitle)}</h1><p>${e(m.notFoundText)}</p><p><a href="${e(registry)}">${e(m.registryLink)}</a></p></main></body></html>`
  );
}
