// The assessment report as a self-contained, server-rendered HTML page: readable without JavaScript, printable,
// and accessible (landmarks, one h1, captions and header cells on every table, status in words and symbols,
// never in colour alone). Every text from the data is escaped. The style sheet is inline; its hash is exported
// so the route can allow exactly it in the Content-Security-Policy.
import { createHash } from 'node:crypto';
import type { FrameworkAssessment, RequirementResult } from '../domain/assessments/assess.js';
import type { Evidence } from '../domain/assessments/declaration.js';
import type { AssessmentReport } from '../domain/assessments/report.js';
import { LEVELS } from '../domain/frameworks/requirement.js';
import { STATUSES } from '../domain/assessments/status.js';
import { STATUS_SYMBOLS, STATUS_WORDS, VERDICT_WORDS, attentionOrder, productLine, versionsLine } from './report-text.js';

const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#1b1f24;background:#fff}
body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem}
a{color:#0b57a4}a:focus,summary:focus{outline:3px solid #f2b705;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2.5rem;border-top:2px solid #d0d7de;padding-top:1rem}h3{font-size:1.05rem}
.meta{color:#57606a;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
.num{text-align:right;font-variant-numeric:tabular-nums}
.status,.verdict{font-weight:600;white-space:nowrap}
.met,.conforms{color:#1a7f37}.not-met,.does-not-conform{color:#b42318}.partly-met{color:#9a6700}.unknown,.incomplete{color:#6e4b00}.not-applicable{color:#57606a}
details{margin:.25rem 0}summary{cursor:pointer}
ul.reasons{margin:.25rem 0 .25rem 1.1rem;padding:0}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .75rem}
@media print{a{color:inherit}details{display:block}details>summary{display:none}h2{break-before:page}.skip{display:none}}
`;

export const REPORT_STYLE_HASH = `sha256-${createHash('sha256').update(CSS).digest('base64')}`;

/** The Content-Security-Policy for a rendered report: no scripts at all, this style sheet only. */
export const REPORT_CSP = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface HtmlReportOptions {
  /** Shown on shared reports: who opened it and until when. */
  sharedUntil?: string;
  /** Href of the PDF version, for a link at the top. */
  pdfHref?: string;
}

export function assessmentHtml(report: AssessmentReport & { assessedAt?: string }, options: HtmlReportOptions = {}): string {
  const title = `Assessment: ${productLine(report)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the results</a>
<header>
<p class="meta">IoT Security Policy Platform · product assessment</p>
<h1>${esc(productLine(report))}</h1>
<p class="meta">${report.product.manufacturer ? `${esc(report.product.manufacturer)} · ` : ''}${esc(versionsLine(report))}</p>
${options.sharedUntil ? `<p class="note">Shared by the manufacturer through a link valid until ${esc(options.sharedUntil.slice(0, 10))}.</p>` : ''}
${options.pdfHref ? `<p><a href="${esc(options.pdfHref)}">Download this report as PDF</a></p>` : ''}
<p class="meta">Self-declared: the statuses are derived from the manufacturer's answers to the Platform baseline through the crosswalk, not from testing by the Platform.</p>
</header>
<main id="main">
${summaryTable(report.frameworks)}
${report.warnings.length > 0 ? `<section aria-labelledby="warnings"><h2 id="warnings">Warnings</h2><ul>${report.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></section>` : ''}
${report.frameworks.map(frameworkSection).join('\n')}
</main>
</body>
</html>
`;
}

function verdict(v: FrameworkAssessment['verdict']): string {
  return `<span class="verdict ${v}">${esc(VERDICT_WORDS[v])}</span>`;
}

function status(s: RequirementResult['status']): string {
  return `<span class="status ${s}"><span aria-hidden="true">${STATUS_SYMBOLS[s]} </span>${esc(STATUS_WORDS[s])}</span>`;
}

function summaryTable(frameworks: readonly FrameworkAssessment[]): string {
  const rows = frameworks
    .map((f) => `<tr><th scope="row"><a href="#fw-${esc(f.framework)}">${esc(f.shortName)}</a> <span class="meta">${esc(f.version)}</span></th><td>${verdict(f.verdict)}</td><td class="num">${f.deciding.met} of ${f.deciding.applicable}</td><td class="num">${f.deciding.failing}</td><td class="num">${f.deciding.open}</td><td class="num">${f.followUp.length}</td></tr>`)
    .join('');
  return `<section aria-labelledby="summary"><h2 id="summary">Verdict per framework</h2>
<table><caption>Deciding requirements (mandatory, or recommended where a framework has no mandatory ones) that apply</caption>
<thead><tr><th scope="col">Framework</th><th scope="col">Verdict</th><th scope="col">Met</th><th scope="col">Failing</th><th scope="col">Open</th><th scope="col">Follow-up questions</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

function countsTable(f: FrameworkAssessment): string {
  const levels = LEVELS.filter((l) => f.counts[l]);
  const rows = levels
    .map((l) => {
      const c = f.counts[l]!;
      return `<tr><th scope="row">${esc(l)}${f.decidingLevels.includes(l) ? ' (decides)' : ''}</th><td class="num">${c.total}</td>${STATUSES.map((s) => `<td class="num">${c[s]}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><caption>Requirements by level and status</caption><thead><tr><th scope="col">Level</th><th scope="col">Total</th>${STATUSES.map((s) => `<th scope="col">${esc(STATUS_WORDS[s])}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function evidenceList(evidence: readonly Evidence[]): string {
  if (evidence.length === 0) return '';
  const item = (e: Evidence) =>
    e.type === 'url' ? `<a href="${esc(e.url ?? '')}" rel="noopener noreferrer">${esc(e.url ?? '')}</a>` : e.type === 'file' ? `file ${esc(e.name ?? '')} (SHA-256 ${esc((e.sha256 ?? '').slice(0, 12))}…)` : esc(e.text ?? '');
  return ` Evidence: ${evidence.map(item).join('; ')}.`;
}

function requirementRow(r: RequirementResult): string {
  const reasons = r.reasons
    .map((reason) => `<li>${esc(reason.text)}${'answerReason' in reason && reason.answerReason ? ` Manufacturer: “${esc(reason.answerReason)}”.` : ''}${'evidence' in reason ? evidenceList(reason.evidence) : ''}</li>`)
    .join('');
  return `<tr><th scope="row">${esc(r.id)}</th><td>${esc(r.title)}${r.followUp ? ' <span class="meta">(follow-up question)</span>' : ''}<details><summary>Why</summary><ul class="reasons">${reasons}</ul></details></td><td>${esc(r.level)}</td><td>${status(r.status)}</td><td>${r.action ? esc(r.action) : ''}</td></tr>`;
}

function frameworkSection(f: FrameworkAssessment): string {
  const requirements = f.requirements ? attentionOrder(f.requirements) : [];
  return `<section aria-labelledby="fw-${esc(f.framework)}">
<h2 id="fw-${esc(f.framework)}">${esc(f.shortName)} ${esc(f.version)}: ${verdict(f.verdict)}</h2>
<p>${esc(f.title)}. Decided by its ${esc(f.decidingLevels.join(' and '))} requirements: ${f.deciding.met} of ${f.deciding.applicable} met, ${f.deciding.failing} failing, ${f.deciding.open} open.</p>
${countsTable(f)}
${f.followUp.length > 0 ? `<p><strong>Follow-up questionnaire:</strong> ${f.followUp.map(esc).join(', ')}. The baseline answers cannot settle these: answer them for this framework.</p>` : ''}
${requirements.length > 0 ? `<table><caption>Requirements, those needing attention first</caption><thead><tr><th scope="col">Id</th><th scope="col">Requirement</th><th scope="col">Level</th><th scope="col">Status</th><th scope="col">What to do</th></tr></thead><tbody>${requirements.map(requirementRow).join('')}</tbody></table>` : ''}
</section>`;
}
