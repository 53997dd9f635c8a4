// The QR code of a label encodes its short URL (PUBLIC_URL/l/ID) and nothing else, so any phone camera opens
// the live label page. Error correction M (15%) survives a scuffed sticker at a small size. The SVG is drawn
// from the module matrix (one path, a run of dark modules per rectangle) so the artwork can embed it; the PNG
// comes from the qrcode package.
import QRCode from 'qrcode';
import { escapeXml } from './markup.js';

export const QR_MARGIN = 4; // modules of quiet zone, as ISO/IEC 18004 asks

export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  return { size, dark: (x, y) => data[y * size + x] === 1 };
}

/** The dark modules as one SVG path in module units, offset by (ox, oy). */
export function qrPath(m: QrMatrix, ox = 0, oy = 0): string {
  let d = '';
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark(x, y)) x++;
      d += `M${start + ox} ${y + oy}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}

/** A standalone, accessible SVG of the QR code (title names what it opens). */
export function qrSvg(url: string, title: string): string {
  const m = qrMatrix(url);
  const full = m.size + 2 * QR_MARGIN;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" width="${full * 4}" height="${full * 4}" role="img" aria-labelledby="qr-title" shape-rendering="crispEdges">` +
    `<title id="qr-title">${escapeXml(title)}</title>` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${qrPath(m, QR_MARGIN, QR_MARGIN)}"/></svg>`
  );
}

export async function qrPng(url: string, scale = 8): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: QR_MARGIN, scale, color: { dark: '#000000', light: '#ffffff' } });
}
