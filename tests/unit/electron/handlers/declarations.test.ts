import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeclarationInput } from '../../../../shared/declarations';
import { makeSignaturePng, pdfText } from '../services/pdf/fixtures';
import { expectFail, expectOk, useHarness, type Harness } from './harness';

const harnesses = useHarness();

/**
 * The seed ceremony (Kabupaten Serang, Kamis 23 Juni 2022) with fictional names:
 * eight signatories and three witnesses.
 */
const SEED_DECLARATION: DeclarationInput = {
  title: 'Pencanangan Pembangunan Zona Integritas Kabupaten Serang 2022',
  place: 'Serang',
  date: '2022-06-23',
  unitIds: ['demo-disdukcapil', 'demo-dpmptsp', 'demo-bapenda'],
  signatories: [
    { jabatan: 'Bupati Serang', nama: 'Hj. Ratna Fiktif Lestari, S.E.', nip: '' },
    { jabatan: 'Perwakilan Ombudsman RI Provinsi Banten', nama: 'Dedi Samaran Irawan, S.H.', nip: '' },
    { jabatan: 'Sekretaris Daerah', nama: 'Drs. Tubagus Rekaan Hidayat, M.Si.', nip: '19680412 199303 1 004' },
    { jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', nama: 'Ahmad Fiktif, S.STP., M.Si.', nip: '19750210 200212 1 003' },
    { jabatan: 'Kepala Dinas Penanaman Modal dan PTSP', nama: 'Siti Contoh, S.STP., M.Si.', nip: '19780822 200501 2 007' },
    { jabatan: 'Kepala Badan Pendapatan Daerah', nama: 'Budi Rekaan, S.E., M.M.', nip: '19700103 199503 1 002' },
    { jabatan: 'Ketua MUI Kabupaten Serang', nama: 'K.H. Abdul Ilustrasi Syukur', nip: '' },
    { jabatan: 'Inspektur Kabupaten Serang', nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: '19700518 200503 1 005' },
  ],
  witnesses: [
    { jabatan: 'Wakil Bupati Serang', nama: 'H. Pandu Samaran Wibowo', nip: '' },
    { jabatan: 'Ketua DPRD Kabupaten Serang', nama: 'Hj. Nurul Percontohan Aini', nip: '' },
    { jabatan: 'Inspektur Daerah', nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: '19700518 200503 1 005' },
  ],
};

async function seeded(): Promise<Harness> {
  const h = await harnesses.open();
  expectOk(await h.call('demo:load', {}));
  return h;
}

async function bytesOf(h: Harness, documentId: string): Promise<Uint8Array> {
  const resolved = await h.services.documents.resolve(documentId);
  return new Uint8Array(await fsp.readFile(resolved.filePath));
}

describe('declarations', () => {
  it('stores the seed ceremony and prints the Piagam with every signatory and witness', async () => {
    const h = await seeded();
    const created = expectOk(await h.call('declarations:create', SEED_DECLARATION));
    expect(created).toMatchObject({ place: 'Serang', date: '2022-06-23', instansi: 'Pemerintah Kabupaten Serang', template: { id: 'piagam-pencanangan', version: 1 } });
    expect(created.signatories).toHaveLength(8);
    expect(created.witnesses).toHaveLength(3);
    expect(created.signatories[2]?.nip).toBe('196804121993031004');
    expect(expectOk(await h.call('declarations:list', undefined)).map((d) => d.id)).toEqual([created.id]);

    const { pdf } = expectOk(await h.call('declarations:print', { id: created.id }));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.code).toBe(created.code);
    const text = (await pdfText(await bytesOf(h, pdf.documentId), { layout: false })).replace(/\s+/g, ' ');
    expect(text).toContain('PIAGAM PENCANANGAN');
    expect(text).toContain('PEMERINTAH KABUPATEN SERANG');
    expect(text).toMatch(/Kamis tanggal dua puluh tiga bulan Juni tahun dua ribu dua puluh dua/);
    expect(text).toContain('23 Juni 2022');
    for (const party of [...SEED_DECLARATION.signatories, ...SEED_DECLARATION.witnesses]) {
      expect(text).toContain(party.nama);
      expect(text).toContain(party.jabatan);
    }
    expect(text).toContain('NIP. 19680412 199303 1 004');
    expect(text).toContain(created.code);
    expect(expectOk(await h.call('declarations:get', { id: created.id })).printed).toHaveLength(1);

    const verified = expectOk(await h.call('verification:verify', { code: created.code }));
    expect(verified).toMatchObject({ valid: true, status: 'VALID', record: { kind: 'deklarasi', source: 'tersimpan' } });
    expect(verified.record?.fields).toEqual(expect.arrayContaining([{ label: 'Tempat dan tanggal', value: 'Serang, Kamis, 23 Juni 2022' }]));
  });

  it('stores and prints a pangkat line picked with a person, and signs it', async () => {
    const h = await seeded();
    const ranked: DeclarationInput = {
      ...SEED_DECLARATION,
      signatories: SEED_DECLARATION.signatories.map((p, i) => (i === 2 ? { ...p, pangkat: 'Pembina Utama Madya, IV/d' } : p)),
    };
    const created = expectOk(await h.call('declarations:create', ranked));
    expect(created.signatories[2]?.pangkat).toBe('Pembina Utama Madya, IV/d');
    expect(created.signatories[0]?.pangkat).toBeUndefined();
    const { pdf } = expectOk(await h.call('declarations:print', { id: created.id }));
    const text = (await pdfText(await bytesOf(h, pdf.documentId), { layout: false })).replace(/\s+/g, ' ');
    expect(text).toContain('Pembina Utama Madya, IV/d');
    expect(expectOk(await h.call('verification:verify', { code: created.code })).valid).toBe(true);
  });

  it('re-signs on update: the old code no longer verifies, the new one does', async () => {
    const h = await seeded();
    const created = expectOk(await h.call('declarations:create', SEED_DECLARATION));
    const updated = expectOk(
      await h.call('declarations:update', { id: created.id, data: { ...SEED_DECLARATION, witnesses: SEED_DECLARATION.witnesses.slice(0, 2) } }),
    );
    expect(updated.code).not.toBe(created.code);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(expectOk(await h.call('verification:verify', { code: created.code })).valid).toBe(false);
    expect(expectOk(await h.call('verification:verify', { code: updated.code })).valid).toBe(true);
  });

  it('keeps signature images by hash and prints them', async () => {
    const h = await seeded();
    const signature = Buffer.from(makeSignaturePng(5)).toString('base64');
    const [first, ...rest] = SEED_DECLARATION.signatories;
    if (!first) throw new Error('seed');
    const created = expectOk(await h.call('declarations:create', { ...SEED_DECLARATION, signatories: [{ ...first, signatureBase64: signature }, ...rest] }));
    const hash = created.signatories[0]?.signatureSha256 ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const kept = expectOk(
      await h.call('declarations:update', { id: created.id, data: { ...SEED_DECLARATION, signatories: [{ ...first, signatureSha256: hash }, ...rest] } }),
    );
    expect(kept.signatories[0]?.signatureSha256).toBe(hash);
    expectOk(await h.call('declarations:print', { id: created.id }));
    expectFail(
      await h.call('declarations:update', { id: created.id, data: { ...SEED_DECLARATION, signatories: [{ ...first, signatureSha256: 'a'.repeat(64) }] } }),
      'INVALID_INPUT',
    );
  });

  it('prints in one call: a new declaration, the changes of a stored one, or a stored one as it is', async () => {
    const h = await seeded();
    const created = expectOk(await h.call('declarations:print', { data: SEED_DECLARATION }));
    expect(created.declaration.printed).toEqual([{ at: expect.any(String), documentId: created.pdf.documentId, batch: false }]);
    expect(created.pdf.code).toBe(created.declaration.code);
    expect(expectOk(await h.call('declarations:list', undefined)).map((d) => d.id)).toEqual([created.declaration.id]);

    const changed = expectOk(
      await h.call('declarations:print', { id: created.declaration.id, data: { ...SEED_DECLARATION, title: 'Pencanangan ZI (perubahan)', witnesses: SEED_DECLARATION.witnesses.slice(0, 2) } }),
    );
    expect(changed.declaration).toMatchObject({ id: created.declaration.id, title: 'Pencanangan ZI (perubahan)' });
    expect(changed.declaration.witnesses).toHaveLength(2);
    expect(changed.declaration.code).not.toBe(created.declaration.code);
    const text = (await pdfText(await bytesOf(h, changed.pdf.documentId), { layout: false })).replace(/\s+/g, ' ');
    expect(text).toContain(changed.declaration.code);

    const again = expectOk(await h.call('declarations:print', { id: created.declaration.id }));
    expect(again.declaration.printed).toHaveLength(3);
    expect(again.pdf.code).toBe(changed.declaration.code);
  });

  it('stores the Piagam under a Windows-valid name: the title cut before the date, no reserved device name', async () => {
    const h = await seeded();
    const named = async (title: string): Promise<string> => {
      const { pdf } = expectOk(await h.call('declarations:print', { data: { ...SEED_DECLARATION, title } }));
      return (await h.services.documents.resolve(pdf.documentId)).fileName;
    };
    expect(await named('Pencanangan ZI Nomor 800/12/2022: "Bersih"')).toBe('Pencanangan ZI Nomor 800 12 2022 Bersih - 2022-06-23.pdf');
    expect(await named('Aux. Pencanangan')).toBe('_Aux. Pencanangan - 2022-06-23.pdf');
    expect(await named(`Pencanangan ${'Zona Integritas '.repeat(10)}`)).toMatch(/^Pencanangan Zona Integritas .{60,} - 2022-06-23\.pdf$/);
  });

  it('refuses bad parties with messages naming the row', async () => {
    const h = await seeded();
    const error = expectFail(
      await h.call('declarations:create', { ...SEED_DECLARATION, witnesses: [{ jabatan: 'Saksi', nama: 'N'.repeat(500), nip: '' }] }),
      'INVALID_INPUT',
    );
    expect(error.issues?.[0]?.path).toBe('witnesses.0.nama');
    const nip = expectFail(await h.call('declarations:create', { ...SEED_DECLARATION, signatories: [{ jabatan: 'Camat', nama: 'Budi', nip: '1970' }] }), 'INVALID_INPUT');
    expect(nip.issues?.[0]?.path).toBe('signatories.0.nip');
    expectFail(await h.call('declarations:create', { ...SEED_DECLARATION, unitIds: ['unit-tidak-ada'] }), 'NOT_FOUND');
  });
});
