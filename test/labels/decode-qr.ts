// Decodes a QR code PNG in a test (jsqr + pngjs), as a phone camera would. jsqr is CommonJS whose typings
// declare an ES default export; under NodeNext the callable sits on `.default` of what the import gives.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

type Decode = typeof jsQRModule.default;
const jsQR: Decode = (jsQRModule as unknown as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

/** The text a QR code PNG encodes, or null when no code is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
