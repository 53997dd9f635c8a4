// The assessment report as a PDF (pdfkit, pure JavaScript): the same content as the HTML page, laid out for A4.
// The standard PDF fonts only cover Windows-1252, so texts are reduced to it (typographic marks mapped,
// anything else shown as "?") rather than printed as garbage.
import PDFDocument from 'pdfkit';
import type { FrameworkAssessment, RequirementResult } from '../domain/assessments/assess.js';
import type { AssessmentReport } from '../domain/assessments/report.js';
import { STATUS_WORDS, VERDICT_WORDS, attentionOrder, productLine, versionsLine } from './report-text.js';

const MARGIN = 50;
const INK = '#1b1f24';
const MUTED = '#57606a';
const VERDICT_COLOUR = { conforms: '#1a7f37', 'does-not-conform': '#b42318', incomplete: '#6e4b00' } as const;

/** Characters Windows-1252 has beyond Latin-1; everything else outside Latin-1 becomes "?". */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = { '✓': 'v', '✗': 'x', '◐': '~', '≥': '>=', '≤': '<=', '→': '->', '\u00a0': ' ' };

export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === '\n' || CP1252_EXTRA.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}

export interface PdfReportOptions {
  sharedUntil?: string;
}

export function assessmentPdf(report: AssessmentReport & { assessedAt?: string }, options: PdfReportOptions = {}): Promise<Buffer> {
  const created = report.assessedAt ? new Date(report.assessedAt) : new Date(0);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'en',
    displayTitle: true,
    bufferPages: true,
    info: { Title: winAnsi(`Assessment: ${productLine(report)}`), Author: 'IoT Security Policy Platform', Subject: 'Product assessment', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.fillColor(MUTED).font('Helvetica').fontSize(9).text('IoT Security Policy Platform · product assessment');
  doc.moveDown(0.4).fillColor(INK).font('Helvetica-Bold').fontSize(18).text(winAnsi(productLine(report)), { width });
  doc.moveDown(0.3).fillColor(MUTED).font('Helvetica').fontSize(9).text(winAnsi(`${report.product.manufacturer ? `${report.product.manufacturer} · ` : ''}${versionsLine(report)}`), { width });
  if (options.sharedUntil) doc.moveDown(0.3).text(winAnsi(`Shared by the manufacturer through a link valid until ${options.sharedUntil.slice(0, 10)}.`));
  doc.moveDown(0.3).text('Self-declared: statuses are derived from the manufacturer\'s answers to the Platform baseline through the crosswalk, not from testing by the Platform.', { width });
  for (const w of report.warnings) doc.moveDown(0.3).fillColor('#9a6700').text(winAnsi(`Warning: ${w}`), { width });

  summary(doc, report.frameworks, width);
  for (const f of report.frameworks) framework(doc, f, width);

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would start a new page: lift the margin for the footer line.
    doc.page.margins.bottom = 0;
    doc.fillColor(MUTED).font('Helvetica').fontSize(8).text(`${i + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN + 15, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string, size: number): void {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(size).text(winAnsi(text), MARGIN);
  doc.moveDown(0.3);
}

function summary(doc: PDFKit.PDFDocument, frameworks: readonly FrameworkAssessment[], width: number): void {
  heading(doc, 'Verdict per framework', 13);
  const cols = [0.42, 0.28, 0.1, 0.1, 0.1].map((w) => w * width);
  const row = (cells: string[], bold: boolean, colour?: string) => {
    if (doc.y > doc.page.height - MARGIN - 30) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).fillColor(i === 1 && colour ? colour : INK);
      doc.text(fit(doc, winAnsi(cell), cols[i]! - 6), x, y, { lineBreak: false });
      x += cols[i]!;
    });
    doc.moveTo(MARGIN, y + 13).lineTo(MARGIN + width, y + 13).lineWidth(0.3).strokeColor('#d0d7de').stroke();
    doc.y = y + 16;
  };
  row(['Framework', 'Verdict', 'Met', 'Failing', 'Open'], true);
  for (const f of frameworks) row([f.shortName, VERDICT_WORDS[f.verdict], `${f.deciding.met}/${f.deciding.applicable}`, String(f.deciding.failing), String(f.deciding.open)], false, VERDICT_COLOUR[f.verdict]);
}

/** The text cut with an ellipsis to fit one line of the width, in the current font. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function framework(doc: PDFKit.PDFDocument, f: FrameworkAssessment, width: number): void {
  heading(doc, `${f.shortName} ${f.version}: ${VERDICT_WORDS[f.verdict]}`, 13);
  doc.font('Helvetica').fontSize(9).fillColor(INK).text(winAnsi(`${f.title}. Decided by its ${f.decidingLevels.join(' and ')} requirements: ${f.deciding.met} of ${f.deciding.applicable} met, ${f.deciding.failing} failing, ${f.deciding.open} open.`), MARGIN, doc.y, { width });
  const levels = Object.entries(f.counts).map(([level, c]) => `${level}: ${c!.met} of ${c!.total} met`).join('; ');
  doc.moveDown(0.3).fillColor(MUTED).text(winAnsi(levels), { width });
  if (f.followUp.length > 0) doc.moveDown(0.3).fillColor(INK).text(winAnsi(`Follow-up questionnaire: ${f.followUp.join(', ')}.`), { width });
  const requirements = attentionOrder(f.requirements ?? []);
  const attention = requirements.filter((r) => r.status !== 'met' && r.status !== 'not-applicable' && r.deciding);
  if (attention.length > 0) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).fillColor(INK).text('Needing attention', { width });
    for (const r of attention) requirement(doc, r, width, true);
  }
  const others = requirements.filter((r) => !attention.includes(r));
  if (others.length > 0) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).fillColor(INK).text('Other requirements', { width });
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(winAnsi(others.map((r) => `${r.id} ${STATUS_WORDS[r.status].toLowerCase()}`).join(' · ')), { width });
  }
}

function requirement(doc: PDFKit.PDFDocument, r: RequirementResult, width: number, withAction: boolean): void {
  if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
  doc.moveDown(0.25).font('Helvetica-Bold').fontSize(9).fillColor(INK).text(winAnsi(`${r.id}  ${r.title}`), MARGIN, doc.y, { width, continued: false });
  doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(winAnsi(`${STATUS_WORDS[r.status]} · ${r.level}${r.followUp ? ' · follow-up question' : ''}`), { width });
  if (withAction && r.action) doc.fillColor(INK).text(winAnsi(`What to do: ${r.action}`), { width });
}
