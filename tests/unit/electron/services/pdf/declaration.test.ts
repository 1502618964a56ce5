import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationPdf, type DeclarationDocument } from '../../../../../electron/services/pdf/declaration';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { canonicalDeclarationContent } from '../../../../../shared/pakta/canonical';
import type { DeclarationRecord } from '../../../../../shared/pakta/types';
import { checkPdfLayout, readPdfLayout } from '../../../../support/layoutCheck';
import { piagamLayoutRules } from '../../../../support/documentLayoutRules';
import { gridRows, gridColumns } from '../../../../../electron/services/pdf/declaration';
import { makeSignaturePng, pdfInfo, pdfPages, pdfText, sampleDeclaration, sampleInstitution, sha256Hex } from './fixtures';

let dir: string;
let signer: SigningService;
const signature = makeSignaturePng(21);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zi-declaration-'));
  signer = await createSigningService(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function document(declaration: DeclarationRecord): DeclarationDocument {
  return {
    declaration,
    signatureImages: { [sha256Hex(signature)]: signature },
    verification: signer.signDocument(canonicalDeclarationContent(declaration)),
  };
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('Piagam Pencanangan', () => {
  it('prints the seed ceremony: 8 signatories, 3 witnesses, the date with its day name and in words', async () => {
    const declaration = sampleDeclaration(sha256Hex(signature));
    const doc = document(declaration);
    const bytes = await declarationPdf(doc, { institution: sampleInstitution(), paper: 'A4' });
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text).toContain('PIAGAM PENCANANGAN');
    expect(text).toContain('DI LINGKUNGAN PEMERINTAH KABUPATEN SERANG');
    expect(text).toContain('Pada hari ini Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua');
    expect(text).toContain('Serang, Kamis, 23 Juni 2022');
    expect(text).toContain('Yang mencanangkan,');
    expect(text).toContain('Saksi-saksi,');
    expect(declaration.signatories).toHaveLength(8);
    expect(declaration.witnesses).toHaveLength(3);
    for (const party of [...declaration.signatories, ...declaration.witnesses]) {
      expect(text).toContain(party.nama);
      expect(text).toContain(party.jabatan);
    }
    expect(text).toContain('NIP. 19680512 199003 1 007');
    expect(text).toContain(`Kode verifikasi: ${doc.verification.code}`);
    const witnesses = text.slice(text.indexOf('Saksi-saksi,'));
    for (const witness of declaration.witnesses) expect(witnesses).toContain(witness.nama);
    const info = await pdfInfo(bytes);
    expect(info).toContain('Page size:       595.28 x 841.89 pts');
    expect(info).toContain(`Keywords:        ${doc.verification.qrPayload}`);
  });

  it('prints on F4', async () => {
    const bytes = await declarationPdf(document(sampleDeclaration()), { institution: sampleInstitution(null), paper: 'F4' });
    expect(await pdfInfo(bytes)).toContain('Page size:       609.45 x 935.43 pts');
  });

  it.each([
    ['no signatory', (d: DeclarationRecord) => ({ ...d, signatories: [] }), 'minimal satu penanda tangan'],
    ['an empty name', (d: DeclarationRecord) => ({ ...d, witnesses: [{ jabatan: 'Wakil Bupati', nama: '', nip: '', signatureSha256: null }] }), 'Nama saksi ke-1 wajib diisi.'],
    ['a 300-character jabatan', (d: DeclarationRecord) => ({ ...d, signatories: [{ jabatan: 'x'.repeat(300), nama: 'A', nip: '', signatureSha256: null }] }), 'paling banyak 200 karakter'],
    ['a missing signature image', (d: DeclarationRecord) => ({ ...d, signatories: [{ jabatan: 'Bupati', nama: 'A', nip: '', signatureSha256: 'e'.repeat(64) }] }), 'tidak ditemukan'],
  ])('refuses %s', async (_name, change, message) => {
    await expect(declarationPdf(document(change(sampleDeclaration())), { institution: sampleInstitution(), paper: 'A4' })).rejects.toThrow(message);
  });

  it('prints the Pemkab kop (no Inspektorat line), the event title, and the Bupati alone in the first block', async () => {
    const declaration = sampleDeclaration(sha256Hex(signature));
    const institution = sampleInstitution();
    const bytes = await declarationPdf({ ...document(declaration), eventTitle: 'Pencanangan Zona Integritas Tahun 2022' }, { institution, paper: 'A4' });
    const pages = await readPdfLayout(bytes);
    const first = pages[0]?.lines.map((line) => line.text) ?? [];
    expect(first[0]).toBe('PEMERINTAH KABUPATEN SERANG');
    expect(first.join(' ')).not.toContain('INSPEKTORAT');
    expect(first).toContain('Pencanangan Zona Integritas Tahun 2022');
    // The Bupati's name line holds no other name, and comes before every other signatory.
    const bupati = pages.flatMap((page) => page.lines).find((line) => line.text.includes('Ratna Kusumawati'));
    expect(bupati?.text.replace(/\s+/g, ' ')).toBe('Hj. Ratna Kusumawati Fiktif, S.E., M.M.');
    const text = flat(await pdfText(bytes, { layout: false }));
    expect(text.indexOf('Ratna Kusumawati')).toBeLessThan(text.indexOf('Bambang Rekaan'));
    expect(await checkPdfLayout(bytes, piagamLayoutRules(declaration.text, institution.alamat))).toEqual([]);
  });

  it('marks every page after the first "Lanjutan Piagam Pencanangan …, halaman X dari Y" with a paraf box', async () => {
    const declaration = sampleDeclaration();
    const bytes = await declarationPdf(document(declaration), { institution: sampleInstitution(), paper: 'A4' });
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(flat(pages[0] ?? '')).not.toContain('Lanjutan');
    pages.slice(1).forEach((page, index) => {
      expect(flat(page)).toContain(`Lanjutan Piagam Pencanangan Pemerintah Kabupaten Serang, 23 Juni 2022, halaman ${index + 2} dari ${pages.length}`);
      expect(page).toContain('Paraf');
    });
  });

  it('keeps "Saksi-saksi," with the first row of witnesses, and degree titles on one line', async () => {
    const declaration = sampleDeclaration();
    const party = (i: number) => ({ jabatan: `Kepala Bidang Pengawasan dan Pembinaan Wilayah ${i + 1}`, nama: `Dr. Bambang Rekaan Santoso Wijayakusuma ${i + 1}, S.H., M.Si., M.H.`, nip: '', signatureSha256: null });
    for (const count of [4, 5, 6, 7, 9]) {
      const bytes = await declarationPdf(document({ ...declaration, signatories: [...declaration.signatories, ...Array.from({ length: count }, (_, i) => party(i))] }), { institution: sampleInstitution(), paper: 'A4' });
      const layout = await readPdfLayout(bytes);
      const page = layout.find((p) => p.lines.some((line) => line.text === 'Saksi-saksi,'));
      const caption = page?.lines.find((line) => line.text === 'Saksi-saksi,');
      expect(page?.lines.some((line) => line.text.includes('Wakil Bupati Serang') && line.yMin > (caption?.yMax ?? 0))).toBe(true);
      expect(await checkPdfLayout(bytes, piagamLayoutRules(declaration.text, sampleInstitution().alamat))).toEqual([]);
    }
  });

  it('spreads signature blocks in a balanced grid', () => {
    expect([1, 2, 3, 4, 5, 7, 39].map(gridColumns)).toEqual([1, 2, 3, 2, 3, 3, 3]);
    expect(gridRows(7, 3)).toEqual([3, 2, 2]);
    expect(gridRows(4, 2)).toEqual([2, 2]);
    expect(gridRows(39, 3)).toEqual(Array.from({ length: 13 }, () => 3));
    expect(gridRows(0, 1)).toEqual([]);
  });
});
