import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationPdf, type DeclarationDocument } from '../../../../../electron/services/pdf/declaration';
import { createSigningService, type SigningService } from '../../../../../electron/services/signing';
import { canonicalDeclarationContent } from '../../../../../shared/pakta/canonical';
import type { DeclarationRecord } from '../../../../../shared/pakta/types';
import { makeSignaturePng, pdfInfo, pdfText, sampleDeclaration, sampleInstitution, sha256Hex } from './fixtures';

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
});
