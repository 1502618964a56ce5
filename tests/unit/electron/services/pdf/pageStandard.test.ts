import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationPdf } from '../../../../../electron/services/pdf/declaration';
import { lhePdf } from '../../../../../electron/services/pdf/lhe';
import { pledgeBatchPdf, pledgeFiles, pledgePdf, type PledgeDocument, type PledgePdfOptions } from '../../../../../electron/services/pdf/pledge';
import { recapPdf } from '../../../../../electron/services/pdf/recap';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { DEFAULT_PAGE_SETTINGS, mmToPt, type PageSettings } from '../../../../../shared/documents/page';
import type { PaperSize } from '../../../../../shared/format/paper';
import { canonicalDeclarationContent, canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import type { PledgeRecord } from '../../../../../shared/pakta/types';
import { makeSignaturePng, sampleDeclaration, sampleInstitution, samplePledge, sha256Hex, withPdfFile } from './fixtures';
import { sampleLheModel } from './lheFixture';
import { sampleRecapModel } from './recapFixture';

/**
 * The page standard in every document kind: the family chosen in the settings embedded with a
 * real bold (never Roboto), and the text starting at the margins of the settings.
 */

const run = promisify(execFile);
let dir: string;
let signer: SigningService;
const signature = makeSignaturePng(31);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zi-page-standard-'));
  signer = await createSigningService(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function pledgeDocument(pledge: PledgeRecord): PledgeDocument {
  return { pledge, signatureImage: pledge.signature.kind === 'wet' ? null : signature, verification: signer.signDocument(canonicalPledgeContent(pledge)) };
}

/** Base font names embedded in a PDF, as pdffonts lists them (subset tag removed). */
async function embeddedFonts(bytes: Uint8Array): Promise<string[]> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
      .filter((name) => name !== '');
  });
}

/** The left-most and top-most text edge of the first page, in points (pdftotext -bbox-layout). */
async function textEdges(bytes: Uint8Array): Promise<{ left: number; top: number }> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-']);
    const blocks = [...stdout.matchAll(/<block xMin="([\d.]+)" yMin="([\d.]+)"/g)];
    return { left: Math.min(...blocks.map((m) => Number(m[1]))), top: Math.min(...blocks.map((m) => Number(m[2]))) };
  });
}

const bonum: PageSettings = { ...DEFAULT_PAGE_SETTINGS, font: 'Bonum' };
/** No logo: the kop's first line starts right at the top margin. */
const institution = sampleInstitution(null);

type Maker = (paper: PaperSize, page: PageSettings) => Promise<Uint8Array>;

const pledgeOptions = (paper: PaperSize, page: PageSettings): PledgePdfOptions => ({ institution, paper, page });
const kinds: [string, Maker][] = [
  ['Pakta Integritas', (paper, page) => pledgePdf(pledgeDocument(samplePledge({}, sha256Hex(signature))), pledgeOptions(paper, page))],
  [
    'Pakta Integritas (cetak massal)',
    (paper, page) => pledgeBatchPdf([pledgeDocument(samplePledge()), pledgeDocument(samplePledge({ id: 'pk-2022-0002' }))], pledgeOptions(paper, page)),
  ],
  [
    'Pakta Integritas (berkas per orang)',
    async (paper, page) => (await pledgeFiles([pledgeDocument(samplePledge())], pledgeOptions(paper, page)))[0]?.bytes ?? new Uint8Array(),
  ],
  [
    'Piagam Pencanangan',
    (paper, page) => {
      const declaration = sampleDeclaration(sha256Hex(signature));
      return declarationPdf(
        { declaration, signatureImages: { [sha256Hex(signature)]: signature }, verification: signer.signDocument(canonicalDeclarationContent(declaration)) },
        pledgeOptions(paper, page),
      );
    },
  ],
  ['LHE', async (paper, page) => (await lhePdf(sampleLheModel({ paper, institution: { ...sampleLheModel().institution, logo: null } }), { page })).bytes],
  ['rekapitulasi', async (paper, page) => (await recapPdf(sampleRecapModel({ paper, institution: { ...sampleRecapModel().institution, logo: null } }), { page })).bytes],
];

describe.each(kinds)('the page standard in the %s', (_kind, make) => {
  it('embeds Arimo by default, with its real bold, and no Roboto', async () => {
    const fonts = await embeddedFonts(await make('A4', DEFAULT_PAGE_SETTINGS));
    expect(fonts).toContain('Arimo-Regular');
    expect(fonts).toContain('Arimo-Bold');
    expect(fonts.filter((name) => name.startsWith('Roboto'))).toEqual([]);
  });

  it('embeds TeX Gyre Bonum when the settings choose it', async () => {
    const fonts = await embeddedFonts(await make('F4', bonum));
    expect(fonts.some((name) => name.startsWith('TeXGyreBonum-Regular'))).toBe(true);
    expect(fonts.some((name) => name.startsWith('TeXGyreBonum-Bold'))).toBe(true);
    expect(fonts.filter((name) => name.startsWith('Arimo') || name.startsWith('Roboto'))).toEqual([]);
  });

  it.each(['A4', 'F4'] as const)('starts the text at the left margin of 30 mm and the top margin of 20 mm on %s', async (paper) => {
    const edges = await textEdges(await make(paper, DEFAULT_PAGE_SETTINGS));
    expect(Math.abs(edges.left - mmToPt(30))).toBeLessThan(mmToPt(1.5));
    expect(Math.abs(edges.top - mmToPt(20))).toBeLessThan(mmToPt(2));
  });
});

describe('margins from the settings', () => {
  it('moves the text of a pledge and an LHE to wider margins', async () => {
    const wide: PageSettings = { font: 'Arimo', margins: { top: 30, left: 40, right: 25, bottom: 25 } };
    for (const bytes of [
      await pledgePdf(pledgeDocument(samplePledge()), pledgeOptions('F4', wide)),
      (await lhePdf(sampleLheModel({ institution: { ...sampleLheModel().institution, logo: null } }), { page: wide })).bytes,
    ]) {
      const edges = await textEdges(bytes);
      expect(Math.abs(edges.left - mmToPt(40))).toBeLessThan(mmToPt(1.5));
      expect(Math.abs(edges.top - mmToPt(30))).toBeLessThan(mmToPt(2));
    }
  });
});

describe('a pledge that cannot fit its pages', () => {
  it('is refused before printing, naming the pledge text when no field is at fault', async () => {
    const pledge = samplePledge();
    const long = { ...pledge, text: { ...pledge.text, points: [...pledge.text.points, ...pledge.text.points, ...pledge.text.points, ...pledge.text.points] } };
    await expect(pledgePdf(pledgeDocument(long), pledgeOptions('A4', DEFAULT_PAGE_SETTINGS))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'teks pakta terlalu panjang: tidak muat pada dua halaman A4 dengan huruf 12 pt. Persingkat butir pernyataan pada templat pakta lalu cetak ulang.',
    });
  });

  it('names the field that is too long', async () => {
    const pledge = samplePledge();
    const options = pledgeOptions('A4', DEFAULT_PAGE_SETTINGS);
    const withPoints = (extra: number): PledgeRecord => ({
      ...pledge,
      text: { ...pledge.text, points: [...pledge.text.points, ...Array.from({ length: extra }, (_, i) => `Butir tambahan ${i + 1}.`)] },
    });
    // Fill the two pages with one-line points until one more would not fit…
    let extra = 0;
    while (extra < 80) {
      const fits = await pledgePdf(pledgeDocument(withPoints(extra + 1)), options).then(() => true, () => false);
      if (!fits) break;
      extra += 1;
    }
    expect(extra).toBeLessThan(80);
    const full = withPoints(extra);
    await pledgePdf(pledgeDocument(full), options);
    // …then a 200-character jabatan (four lines instead of one) no longer fits, and says so.
    const jabatan = 'Jabatan Sangat Panjang Fiktif '.repeat(7).trim().slice(0, 200);
    await expect(pledgePdf(pledgeDocument({ ...full, signer: { ...full.signer, jabatan } }), options)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'isian jabatan penanda tangan terlalu panjang: pakta tidak muat pada dua halaman A4 dengan huruf 12 pt. Persingkat isian jabatan penanda tangan lalu cetak ulang.',
    });
  });
});
