import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { InstitutionInput } from '../../../../shared/masterdata/schemas';
import { TINY_PNG_BASE64, expectFail, expectOk, folderSnapshot, masterFile, useHarness, type Harness } from './harness';

const harness = useHarness();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A real PNG of width × height (grey, 8-bit), optionally padded with an ancillary chunk to `padTo` bytes. */
function png(width: number, height: number, padTo = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height);
  const head = Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw))]);
  const end = chunk('IEND', Buffer.alloc(0));
  const room = padTo - head.length - end.length - 12;
  const pad = room > 0 ? chunk('zzZz', Buffer.alloc(room, 0x41)) : Buffer.alloc(0);
  return Buffer.concat([head, pad, end]);
}

/** Only the signature and an IHDR claiming a size: what a decompression bomb's header looks like. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

/** SOI, APP0 and a baseline SOF0 header claiming width × height, then EOI. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

const b64 = (bytes: Buffer): string => bytes.toString('base64');

async function blobCount(dataDir: string): Promise<number> {
  try {
    const entries = await fsp.readdir(path.join(dataDir, 'blobs'), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

/** Expects the logo to be refused with `code` and nothing on disk to change. */
async function expectLogoRefused(h: Harness, dataBase64: string, code: 'INVALID_INPUT' | 'TOO_LARGE' | 'UNSUPPORTED_FILE', fragment: string): Promise<void> {
  const before = await folderSnapshot(h.dataDir);
  const error = expectFail(await h.raw('settings:setLogo', { fileName: 'logo.png', dataBase64 }), code);
  expect(error.message).toContain(fragment);
  expect(await folderSnapshot(h.dataDir)).toEqual(before);
  const view = expectOk(await h.call('settings:get', undefined));
  expect(view.logoDataUrl).toBeNull();
}

const institution: InstitutionInput = {
  pemerintahDaerah: 'Pemerintah Kabupaten Serang',
  namaInspektorat: 'Inspektorat Kabupaten Serang',
  alamat: 'Jl. Contoh No. 1, Serang',
  kota: 'Serang',
  inspektur: { nama: 'Drs. Contoh Inspektur, M.Si.', nip: '19700518 200503 1 005', golongan: 'IV/c' },
  kertas: 'A4',
};

describe('settings:get / settings:save', () => {
  it('starts empty on a fresh data folder, with F4 paper and no logo', async () => {
    const h = await harness.open();
    expect(expectOk(await h.call('settings:get', undefined))).toMatchObject({
      pemerintahDaerah: '',
      kertas: 'F4',
      logo: null,
      logoDataUrl: null,
    });
    expect(await masterFile(h.dataDir)).toBeNull();
  });

  it('saves the institution (NIP normalised) and keeps it across a restart', async () => {
    const h = await harness.open();
    const saved = expectOk(await h.call('settings:save', institution));
    expect(saved).toMatchObject({ kota: 'Serang', kertas: 'A4', inspektur: { nip: '197005182005031005' }, logoDataUrl: null });
    await h.close();
    const again = await harness.open(h.dataDir);
    expect(expectOk(await again.call('settings:get', undefined))).toMatchObject({ pemerintahDaerah: 'Pemerintah Kabupaten Serang', kertas: 'A4' });
  });

  it('refuses an invalid Inspektur NIP naming the wrong part, and writes nothing', async () => {
    const h = await harness.open();
    expectOk(await h.call('settings:save', institution));
    const before = await masterFile(h.dataDir);
    const error = expectFail(
      await h.call('settings:save', { ...institution, inspektur: { ...institution.inspektur, nip: '197005182005131005' } }),
      'INVALID_INPUT',
    );
    expect(error.issues).toEqual([{ path: 'inspektur.nip', message: expect.stringContaining('TMT CPNS') as string }]);
    expect(await masterFile(h.dataDir)).toEqual(before);
  });

  it('keeps the logo when the institution is saved again', async () => {
    const h = await harness.open();
    expectOk(await h.call('settings:setLogo', { fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 }));
    const saved = expectOk(await h.call('settings:save', institution));
    expect(saved.logoDataUrl).toBe(`data:image/png;base64,${TINY_PNG_BASE64}`);
  });
});

describe('settings:setLogo', () => {
  it('accepts a tiny valid PNG and returns it as a data URL', async () => {
    const h = await harness.open();
    const view = expectOk(await h.call('settings:setLogo', { fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 }));
    expect(view.logoDataUrl).toBe(`data:image/png;base64,${TINY_PNG_BASE64}`);
    expect(view.logo).toMatchObject({ mimeType: 'image/png', size: Buffer.from(TINY_PNG_BASE64, 'base64').length });
    expect(view.logo?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(expectOk(await h.call('settings:get', {})).logoDataUrl).toBe(view.logoDataUrl);
    expect(await blobCount(h.dataDir)).toBe(1);
  });

  it('accepts a generated 300 × 120 PNG', async () => {
    const h = await harness.open();
    const bytes = png(300, 120);
    const view = expectOk(await h.call('settings:setLogo', { fileName: 'kop.png', dataBase64: b64(bytes) }));
    expect(view.logoDataUrl).toBe(`data:image/png;base64,${b64(bytes)}`);
  });

  it('accepts a JPEG and labels it image/jpeg', async () => {
    const h = await harness.open();
    const view = expectOk(await h.call('settings:setLogo', { fileName: 'logo.jpg', dataBase64: b64(jpegHeader(200, 100)) }));
    expect(view.logo?.mimeType).toBe('image/jpeg');
    expect(view.logoDataUrl?.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('never uses the file name as a path', async () => {
    const h = await harness.open();
    expectOk(await h.call('settings:setLogo', { fileName: '../../../../etc/passwd', dataBase64: TINY_PNG_BASE64 }));
    const files = [...(await folderSnapshot(h.dataDir)).keys()];
    expect(files.filter((file) => !file.startsWith('blobs/') && !file.startsWith('backups/') && !file.startsWith('audit/'))).toEqual(['installation.json', 'master.json']);
    expect(files.some((file) => file.includes('passwd'))).toBe(false);
  });

  it('refuses non-image bytes', async () => {
    const h = await harness.open();
    await expectLogoRefused(h, b64(Buffer.from('Ini bukan gambar, hanya teks biasa.')), 'UNSUPPORTED_FILE', 'PNG atau JPEG');
    await expectLogoRefused(h, b64(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'UNSUPPORTED_FILE', 'PNG atau JPEG');
    await expectLogoRefused(h, b64(Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1')), 'UNSUPPORTED_FILE', 'PNG atau JPEG');
    await expectLogoRefused(h, b64(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')), 'UNSUPPORTED_FILE', 'PNG atau JPEG');
  });

  it('refuses a PNG cut short after its header', async () => {
    const h = await harness.open();
    await expectLogoRefused(h, b64(png(64, 64).subarray(0, 40)), 'UNSUPPORTED_FILE', 'PNG atau JPEG');
  });

  it('refuses a 2 MB PNG before decoding it', async () => {
    const h = await harness.open();
    const big = png(10, 10, 2 * 1024 * 1024);
    expect(big.length).toBe(2 * 1024 * 1024);
    await expectLogoRefused(h, b64(big), 'INVALID_INPUT', 'maksimal 1 MB');
  });

  it('refuses a PNG one byte over 1 MB', async () => {
    const h = await harness.open();
    await expectLogoRefused(h, b64(png(10, 10, 1024 * 1024 + 1)), 'TOO_LARGE', 'maksimal 1 MB');
  });

  it('refuses a PNG header claiming 10,000 × 10,000 pixels', async () => {
    const h = await harness.open();
    await expectLogoRefused(h, b64(pngHeader(10_000, 10_000)), 'UNSUPPORTED_FILE', '10000 × 10000');
  });

  it('refuses a JPEG header claiming 20,000 × 100 pixels and a 0 × 0 PNG', async () => {
    const h = await harness.open();
    await expectLogoRefused(h, b64(jpegHeader(20_000, 100)), 'UNSUPPORTED_FILE', '20000 × 100');
    await expectLogoRefused(h, b64(pngHeader(0, 0)), 'UNSUPPORTED_FILE', '0 × 0');
  });

  it('refuses bad base64', async () => {
    const h = await harness.open();
    await expectLogoRefused(h, 'iVBORw0KGgo=AAAA', 'INVALID_INPUT', 'rusak');
    await expectLogoRefused(h, `${TINY_PNG_BASE64}\n`, 'INVALID_INPUT', 'rusak');
    await expectLogoRefused(h, 'ab cd', 'INVALID_INPUT', 'rusak');
  });

  it('keeps the previous logo when a new one is refused', async () => {
    const h = await harness.open();
    expectOk(await h.call('settings:setLogo', { fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 }));
    const before = await masterFile(h.dataDir);
    expectFail(await h.call('settings:setLogo', { fileName: 'logo.png', dataBase64: b64(pngHeader(10_000, 10_000)) }), 'UNSUPPORTED_FILE');
    expect(await masterFile(h.dataDir)).toEqual(before);
    expect(expectOk(await h.call('settings:get', undefined)).logoDataUrl).toBe(`data:image/png;base64,${TINY_PNG_BASE64}`);
  });

  it('removes the logo', async () => {
    const h = await harness.open();
    expectOk(await h.call('settings:setLogo', { fileName: 'logo.png', dataBase64: TINY_PNG_BASE64 }));
    const view = expectOk(await h.call('settings:removeLogo', undefined));
    expect(view).toMatchObject({ logo: null, logoDataUrl: null });
  });
});
