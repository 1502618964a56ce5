import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledgeBatchPdf, pledgeFiles, pledgePdf, type PledgeDocument, type PledgePdfOptions } from '../../../../../electron/services/pdf/pledge';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import type { PledgeRecord } from '../../../../../shared/pakta/types';
import { makeSignaturePng, pdfText, sampleInstitution, samplePledge, sha256Hex, withPdfFile } from './fixtures';

const run = promisify(execFile);

let dir: string;
let signer: SigningService;
// F4, the app's default paper: the pledge is one page there (on A4 the 12 pt body flows onto a second).
const options: PledgePdfOptions = { institution: sampleInstitution(), paper: 'F4' };
const signerInk = makeSignaturePng(7);
const witnessInk = makeSignaturePng(8);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zi-pledge-witness-'));
  signer = await createSigningService(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pledge whose witness drew a signature; the signer draws too unless `wet`. */
function withWitnessInk(wet = false, id = 'pk-2022-0001'): PledgeDocument {
  const base = samplePledge({ id }, wet ? null : sha256Hex(signerInk));
  const witness = base.witness;
  if (!witness) throw new Error('the sample pledge has a witness');
  const pledge: PledgeRecord = { ...base, witness: { ...witness, signatureSha256: sha256Hex(witnessInk) } };
  return { pledge, signatureImage: wet ? null : signerInk, witnessSignatureImage: witnessInk, verification: signer.signDocument(canonicalPledgeContent(pledge)) };
}

/** The images of a PDF as `pdfimages -list` lists them: [page, type] per row. */
async function imagesOf(bytes: Uint8Array): Promise<[number, string][]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdfimages', ['-list', file]);
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cells) => cells.length > 3)
      .map((cells): [number, string] => [Number(cells[0]), cells[2] ?? '']);
  });
}

/**
 * Pixels of signature ink (dark blue, SIGNATURE_INK) in the lower half of page 1, counted per
 * half of the page: the signature blocks sit there, the witness on the left, the signer on the right.
 */
async function inkByColumn(bytes: Uint8Array): Promise<{ left: number; right: number }> {
  return withPdfFile(bytes, async (file, folder) => {
    await run('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-singlefile', file, path.join(folder, 'page')]);
    const ppm = await readFile(path.join(folder, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PPM');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = header[0].length;
    const counts = { left: 0, right: 0 };
    for (let y = Math.floor(height / 2); y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const at = start + (y * width + x) * 3;
        const [r, g, b] = [ppm[at] ?? 0, ppm[at + 1] ?? 0, ppm[at + 2] ?? 0];
        if (b - r > 40 && b - g > 20) counts[x < width / 2 ? 'left' : 'right'] += 1;
      }
    }
    return counts;
  });
}

describe("the witness's drawn signature", () => {
  it('prints both signatures: the signer on the right, the witness in its block on the left', async () => {
    const bytes = await pledgePdf(withWitnessInk(), options);
    // Logo, the signer's and the witness's signature.
    expect((await imagesOf(bytes)).filter(([, type]) => type === 'image')).toHaveLength(3);
    const ink = await inkByColumn(bytes);
    expect(ink.left).toBeGreaterThan(20);
    expect(ink.right).toBeGreaterThan(20);
  });

  it('prints no witness ink for a record without one (records made before the field)', async () => {
    const pledge = samplePledge({}, sha256Hex(signerInk));
    const bytes = await pledgePdf({ pledge, signatureImage: signerInk, verification: signer.signDocument(canonicalPledgeContent(pledge)) }, options);
    expect((await imagesOf(bytes)).filter(([, type]) => type === 'image')).toHaveLength(2);
    const ink = await inkByColumn(bytes);
    expect(ink.left).toBe(0);
    expect(ink.right).toBeGreaterThan(20);
  });

  it('keeps the meterai box of a wet signer in the signer column, never under the witness signature', async () => {
    const bytes = await pledgePdf(withWitnessInk(true), options);
    expect(await pdfText(bytes)).toContain('METERAI');
    const ink = await inkByColumn(bytes);
    expect(ink.left).toBeGreaterThan(20);
    expect(ink.right).toBe(0);
    const layout = await withPdfFile(bytes, async (file) => (await run('pdftotext', ['-bbox', file, '-'])).stdout);
    const meterai = /<word xMin="([\d.]+)"[^>]*>METERAI<\/word>/.exec(layout);
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(layout)?.[1]);
    expect(Number(meterai?.[1])).toBeGreaterThan(pageWidth / 2);
  });

  it('prints the witness signature on every page of a merged batch and in every per-person file', async () => {
    const docs = [withWitnessInk(false, 'pk-2022-0001'), withWitnessInk(true, 'pk-2022-0002')];
    const merged = await imagesOf(await pledgeBatchPdf(docs, options));
    const pagesWithImages = (rows: [number, string][]): number[] => [...new Set(rows.filter(([, type]) => type === 'image').map(([page]) => page))];
    expect(pagesWithImages(merged)).toEqual([1, 2]);
    for (const file of await pledgeFiles(docs, options)) expect((await inkByColumn(file.bytes)).left).toBeGreaterThan(20);
  });

  it('refuses a witness signature that is missing or not the recorded one', async () => {
    const document = withWitnessInk();
    await expect(pledgePdf({ ...document, witnessSignatureImage: null }, options)).rejects.toThrow('Gambar tanda tangan saksi tidak ditemukan');
    await expect(pledgePdf({ ...document, witnessSignatureImage: signerInk }, options)).rejects.toThrow('Gambar tanda tangan saksi tidak sama');
  });
});
