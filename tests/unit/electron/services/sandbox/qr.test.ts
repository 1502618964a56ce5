import { toBuffer } from 'qrcode';
import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readQrFromImage } from '../../../../../electron/services/sandbox/qr';
import { AppFailure } from '../../../../../shared/result';

const PAYLOAD = 'ZID1.pk-2025-0001.abc.def.0123456789abcdef';

/** A white page of `width` × `height` with the QR PNG drawn at (x, y), scaled by `scale`. */
function photo(qr: Buffer, width: number, height: number, scale: number): { width: number; height: number; data: Buffer } {
  const code = PNG.sync.read(qr);
  const data = Buffer.alloc(width * height * 4, 0xff);
  for (let y = 0; y < code.height * scale; y += 1) {
    for (let x = 0; x < code.width * scale; x += 1) {
      const from = (Math.floor(y / scale) * code.width + Math.floor(x / scale)) * 4;
      const to = ((y + 40) * width + (x + 60)) * 4;
      code.data.copy(data, to, from, from + 4);
    }
  }
  return { width, height, data };
}

describe('readQrFromImage', () => {
  it('reads the QR of a PNG (rendered with qrcode) and of a large JPEG photo through a downscaled copy', async () => {
    const qr = await toBuffer(PAYLOAD, { type: 'png', margin: 4, scale: 4 });
    expect(readQrFromImage(qr)).toEqual({ text: PAYLOAD });
    const big = photo(qr, 2400, 1800, 6);
    const jpeg = encodeJpeg(big, 90).data;
    expect(readQrFromImage(new Uint8Array(jpeg))).toEqual({ text: PAYLOAD });
  });

  it('says no QR for an image without one, and refuses what is not an image or too large', () => {
    const blank = new PNG({ width: 200, height: 120 });
    blank.data.fill(0xff);
    expect(readQrFromImage(PNG.sync.write(blank))).toEqual({ text: null });
    expect(() => readQrFromImage(Buffer.from('%PDF-1.4 bukan gambar'))).toThrow(AppFailure);
    expect(() => readQrFromImage(new Uint8Array(10 * 1024 * 1024 + 1))).toThrow(/terlalu besar/);
  });
});
