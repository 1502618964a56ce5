import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationPdf } from '../../../../../electron/services/pdf/declaration';
import { kopContext, type InstitutionHeader } from '../../../../../electron/services/pdf/layout';
import { lhePdf } from '../../../../../electron/services/pdf/lhe';
import { pledgePdf, type PledgeDocument } from '../../../../../electron/services/pdf/pledge';
import { recapPdf } from '../../../../../electron/services/pdf/recap';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { kopFor, type PledgeKop } from '../../../../../shared/documents/kop';
import { mmToPt } from '../../../../../shared/documents/page';
import { canonicalDeclarationContent, canonicalPledgeContent } from '../../../../../shared/pakta/canonical';
import { makeLogoPng, pdfPages, sampleDeclaration, sampleInstitution, samplePledge, withPdfFile } from './fixtures';
import { sampleLheModel } from './lheFixture';
import { sampleRecapModel } from './recapFixture';

/** The kop of each document kind, read from the PDFs' text. */

let dir: string;
let signer: SigningService;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zi-kop-'));
  signer = await createSigningService(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const header: InstitutionHeader = { ...sampleInstitution(), alamatPemda: 'Jl. Veteran No. 1 Serang (Sekretariat Daerah, alamat contoh)', lambang: makeLogoPng() };
const unit = { nama: 'Dinas Kependudukan dan Pencatatan Sipil', alamat: 'Jl. Ahmad Yani No. 2 Serang (alamat contoh)' };
const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** The text above the title: the kop. */
const kopText = async (bytes: Uint8Array, title: string): Promise<string> => {
  const first = flat((await pdfPages(bytes))[0] ?? '');
  return first.slice(0, first.indexOf(title)).trim();
};

function pledgeFor(kop: PledgeKop, withUnit = unit): PledgeDocument {
  const pledge = samplePledge();
  return {
    pledge,
    signatureImage: null,
    verification: signer.signDocument(canonicalPledgeContent(pledge)),
    kop: kopFor('pakta', kopContext(header, { pledgeKop: kop, unit: withUnit })),
  };
}

describe('the kop of a pledge follows its template', () => {
  it('prints the signer unit kop: the government line, the unit and its address', async () => {
    const kop = await kopText(await pledgePdf(pledgeFor('unit'), { institution: header, paper: 'F4' }), 'PAKTA INTEGRITAS');
    expect(kop).toBe(`PEMERINTAH KABUPATEN SERANG DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL ${unit.alamat}`);
  });

  it('falls back to the Inspektorat kop when the unit has no address', async () => {
    const kop = await kopText(await pledgePdf(pledgeFor('unit', { ...unit, alamat: '' }), { institution: header, paper: 'F4' }), 'PAKTA INTEGRITAS');
    expect(kop).toContain('PEMERINTAH KABUPATEN SERANG INSPEKTORAT DAERAH');
  });

  it('prints the Pemerintah Kabupaten kop, or none', async () => {
    const pemkab = await kopText(await pledgePdf(pledgeFor('pemkab'), { institution: header, paper: 'F4' }), 'PAKTA INTEGRITAS');
    expect(pemkab).toBe(`PEMERINTAH KABUPATEN SERANG ${header.alamatPemda ?? ''}`);
    expect(await kopText(await pledgePdf(pledgeFor('none'), { institution: header, paper: 'F4' }), 'PAKTA INTEGRITAS')).toBe('');
  });

  it('lays a 500-character address out within the margins', async () => {
    const alamat = `${'Jalan Contoh Panjang Sekali Nomor 1 Kelurahan Fiktif Kecamatan Rekaan '.repeat(8)}`.slice(0, 500);
    const bytes = await pledgePdf(pledgeFor('unit', { ...unit, alamat }), { institution: header, paper: 'F4' });
    const right = await withPdfFile(bytes, async (file) => {
      const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
      return Math.max(...[...stdout.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    });
    expect(right).toBeLessThanOrEqual(609.45 - mmToPt(20) + 0.5);
  });
});

describe('the kop of the other kinds', () => {
  it('prints the Pemerintah Kabupaten kop on the Piagam (signed by the Bupati)', async () => {
    const declaration = sampleDeclaration();
    const bytes = await declarationPdf({ declaration, signatureImages: {}, verification: signer.signDocument(canonicalDeclarationContent(declaration)) }, { institution: header, paper: 'A4' });
    expect(await kopText(bytes, 'PIAGAM PENCANANGAN')).toBe(`PEMERINTAH KABUPATEN SERANG ${header.alamatPemda ?? ''}`);
  });

  it('prints the Inspektorat kop on the LHE and the recap', async () => {
    const lhe = flat((await pdfPages((await lhePdf(sampleLheModel())).bytes))[0] ?? '');
    expect(lhe.trim().startsWith('PEMERINTAH KABUPATEN SERANG INSPEKTORAT DAERAH')).toBe(true);
    const recap = flat((await pdfPages((await recapPdf(sampleRecapModel())).bytes))[0] ?? '');
    expect(recap.trim()).toMatch(/^PEMERINTAH KABUPATEN SERANG INSPEKTORAT/);
  });
});
