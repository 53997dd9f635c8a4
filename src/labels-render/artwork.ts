// The printable label artwork (SVG): the few facts a shopper needs at the point of sale (supported until DATE,
// how to report a vulnerability, the conformance summary) and the QR code of the short URL, which leads to the
// live status. Accessible: role="img" with a title and a description that say the same in words. A label that
// should no longer be shown in a shop (withdrawn, support ended, expired) is drawn with a banner saying so.
import { conformanceSummary } from '../domain/labels/describe.js';
import type { LabelPayload } from '../domain/labels/payload.js';
import { isGoodStatus, type LabelStatus } from '../domain/labels/status.js';
import { formatDate, messagesFor, type LabelLanguage } from '../domain/labels/texts/index.js';
import { clip, escapeXml } from './markup.js';
import { QR_MARGIN, qrMatrix, qrPath } from './qr.js';

const WIDTH = 600;
const HEIGHT = 396;
const QR_BOX = 184;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

export interface ArtworkInput {
  payload: LabelPayload;
  status: LabelStatus;
  language: LabelLanguage;
}

function text(x: number, y: number, size: number, content: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escapeXml(content)}</text>`;
}

export function labelArtworkSvg({ payload, status, language }: ArtworkInput): string {
  const m = messagesFor(language);
  const product = [payload.product.name, payload.product.model].filter(Boolean).join(' ');
  const supportEnd = formatDate(payload.supportEnd, language);
  const shortUrl = payload.url.replace(/^https?:\/\//, '');
  const contact = payload.disclosureContact.replace(/^mailto:/, '');

  const matrix = qrMatrix(payload.url);
  const modules = matrix.size + 2 * QR_MARGIN;
  const scale = QR_BOX / modules;
  const qrX = WIDTH - QR_BOX - 20;
  const qrY = 72;

  const claims = payload.conformance.slice(0, 2).map((c, i) => {
    const mark = c.verdict === 'conforms' ? '✓' : '✗';
    return text(28, 298 + i * 20, 13, clip(`${mark} ${c.frameworkName} ${c.frameworkVersion}: ${m.verdict[c.verdict]}`, 52), ' fill="#1b1b1f"');
  });
  const more = payload.conformance.length > 2 ? [text(28, 338, 12, `+${payload.conformance.length - 2}`, ' fill="#4a4d55"')] : [];

  const banner = isGoodStatus(status)
    ? ''
    : `<g transform="rotate(-14 ${WIDTH / 2} ${HEIGHT / 2})"><rect x="-40" y="${HEIGHT / 2 - 28}" width="${WIDTH + 80}" height="56" fill="#a3152b" opacity="0.92"/>` +
      text(WIDTH / 2, HEIGHT / 2 + 10, 28, m.statusTitle[status].toUpperCase(), ' fill="#fff" font-weight="700" text-anchor="middle"') +
      '</g>';

  const title = m.artworkTitle(product);
  const desc = `${m.artworkDescription(product, supportEnd)} ${m.reportVulnerability}: ${contact}. ${conformanceSummary(payload, language)}. ${m.artworkScan} ${payload.url}.` +
    (isGoodStatus(status) ? '' : ` ${m.statusTitle[status]}.`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="label-title label-desc" xml:lang="${language}" font-family="${escapeXml(FONT)}">` +
    `<title id="label-title">${escapeXml(title)}</title><desc id="label-desc">${escapeXml(desc)}</desc>` +
    `<rect x="1.5" y="1.5" width="${WIDTH - 3}" height="${HEIGHT - 3}" rx="14" fill="#fff" stroke="#0b3d91" stroke-width="3"/>` +
    `<path d="M1.5 15.5a14 14 0 0 1 14-14h${WIDTH - 31}a14 14 0 0 1 14 14v40.5h-${WIDTH - 3}z" fill="#0b3d91"/>` +
    text(28, 40, 24, m.labelName, ' fill="#fff" font-weight="700"') +
    text(WIDTH - 24, 40, 14, `${payload.manufacturer.name}`.slice(0, 40), ' fill="#fff" text-anchor="end"') +
    text(28, 92, 18, clip(`${product} · ${payload.release.version}`, 34), ' fill="#1b1b1f" font-weight="600"') +
    text(28, 132, 15, m.artworkSupported, ' fill="#4a4d55"') +
    text(28, 170, 32, supportEnd, ' fill="#0b3d91" font-weight="700"') +
    text(28, 212, 15, m.reportVulnerability, ' fill="#4a4d55"') +
    text(28, 234, 15, clip(contact, 40), ' fill="#1b1b1f"') +
    text(28, 274, 15, conformanceSummary(payload, language), ' fill="#1b1b1f" font-weight="600"') +
    claims.join('') +
    more.join('') +
    `<g transform="translate(${qrX} ${qrY}) scale(${scale.toFixed(4)})" shape-rendering="crispEdges"><rect width="${modules}" height="${modules}" fill="#fff"/><path fill="#000" d="${qrPath(matrix, QR_MARGIN, QR_MARGIN)}"/></g>` +
    // The short URL in full, for anyone who cannot scan: a cut URL would be no URL at all.
    `<path d="M20 350.5h${WIDTH - 40}" stroke="#c9ced6"/>` +
    (shortUrl.length <= 40 ? text(28, 380, 15, m.artworkScan, ' fill="#4a4d55"') : '') +
    text(WIDTH - 24, 380, shortUrl.length <= 40 ? 16 : 12, shortUrl, ' fill="#1b1b1f" text-anchor="end" font-family="ui-monospace, monospace" font-weight="600"') +
    banner +
    '</svg>'
  );
}
