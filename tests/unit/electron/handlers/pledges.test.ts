import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../shared/contract';
import type { Contract } from '../../../../shared/contract';
import { PAKTA_ASN_V1 } from '../../../../shared/pakta/templates';
import { encodePng } from '../../../../electron/services/pdf/png';
import { makeSignaturePng, pdfInfo, pdfPages, pdfText, rosterName, rosterNip } from '../services/pdf/fixtures';
import { INSTITUTION, expectFail, expectOk, personInput, unitInput, useHarness, type Harness } from './harness';

const run = promisify(execFile);
const harnesses = useHarness();

const SIGNATURE_BASE64 = Buffer.from(makeSignaturePng(3)).toString('base64');
type CreateInput = InputOf<Contract['pledges']['create']>;

/** A data folder with the institution, one unit (with a head) and one PNS employee. */
async function setup(h?: Harness) {
  const harness = h ?? (await harnesses.open());
  expectOk(await harness.call('settings:save', INSTITUTION));
  const unit = expectOk(
    await harness.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil', kepalaNama: 'Drs. Hendra Wijaya Fiktif, M.Si.', kepalaJabatan: 'Kepala Dinas' })),
  );
  const person = expectOk(
    await harness.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', golongan: 'III/d', jabatan: 'Analis Kependudukan' })),
  );
  return { h: harness, unit, person };
}

function rosterPledge(personId: string, overrides: Partial<CreateInput> = {}): CreateInput {
  return {
    signer: { source: 'roster', personId },
    year: 2022,
    date: '2022-06-23',
    witness: { nama: 'Drs. Hendra Wijaya Fiktif, M.Si.', nip: '197005182005031005', jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil' },
    signature: { kind: 'digital', pngBase64: SIGNATURE_BASE64 },
    ...overrides,
  };
}

async function documentBytes(h: Harness, documentId: string): Promise<Uint8Array> {
  const resolved = await h.services.documents.resolve(documentId);
  return new Uint8Array(await fsp.readFile(resolved.filePath));
}

/** Files under the data folder's documents/ (relative), sorted. */
async function documentFiles(dataDir: string): Promise<string[]> {
  try {
    const entries = await fsp.readdir(path.join(dataDir, 'documents'), { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(path.join(dataDir, 'documents'), path.join(e.parentPath, e.name))).sort();
  } catch {
    return [];
  }
}

describe('pledges:create and pledges:pdf', () => {
  it('prints the stored pledge on F4 with the name, spaced NIP, date, the seven points and the code', async () => {
    const { h, person } = await setup();
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    expect(pledge).toMatchObject({ year: 2022, place: 'Serang', status: 'DIGITAL', signatureKind: 'drawn', printed: [] });
    expect(pledge.code).toMatch(/^ZI-[0-9A-F]{8}-[0-9A-F]{8}-[0-9A-F]{8}$/);
    expect(pledge.signer).toMatchObject({ nama: 'Rina Contoh Fiktif', nip: '198503122010012004', pangkat: 'Penata Tingkat I', golongan: 'III/d', unitKerja: 'Dinas Kependudukan dan Pencatatan Sipil' });

    const pdf = expectOk(await h.call('pledges:pdf', { id: pledge.id }));
    expect(pdf).toMatchObject({ pages: 1, code: pledge.code, fileName: '198503122010012004_Rina Contoh Fiktif.pdf' });
    const bytes = await documentBytes(h, pdf.documentId);
    const text = (await pdfText(bytes, { layout: false })).replace(/\s+/g, ' ');
    expect(text).toContain('PAKTA INTEGRITAS');
    expect(text).toContain('Rina Contoh Fiktif');
    expect(text).toContain('19850312 201001 2 004');
    expect(text).toContain('Serang, 23 Juni 2022');
    expect(text).toContain(pledge.code);
    expect(text).toContain('Pemerintah Kabupaten Serang');
    for (const point of PAKTA_ASN_V1.points) expect(text).toContain(point.replace('{instansi}', 'Pemerintah Kabupaten Serang').slice(0, 60));
    expect(await pdfInfo(bytes)).toMatch(/Page size:\s+609\.4\d* x 935\.4\d* pts/);

    const stored = expectOk(await h.call('pledges:get', { id: pledge.id }));
    expect(stored.printed).toEqual([{ at: expect.any(String), documentId: pdf.documentId, batch: false }]);
    expect(await documentFiles(h.dataDir)).toEqual([`${pdf.documentId}.json`, `${pdf.documentId}.pdf`]);
    expect(JSON.parse(await fsp.readFile(path.join(h.dataDir, 'documents', `${pdf.documentId}.json`), 'utf8'))).not.toHaveProperty('pending');
  });

  it('refuses a witness who is the signer, and a date outside the pledge year, storing nothing', async () => {
    const { h, person } = await setup();
    const self = expectFail(
      await h.call('pledges:create', rosterPledge(person.id, { witness: { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', jabatan: 'Analis Kependudukan' } })),
      'INVALID_INPUT',
    );
    expect(self.message).toBe('Saksi tidak boleh orang yang sama dengan penanda tangan. Isi saksi dengan atasan atau pejabat lain.');
    // The same person typed in by hand, found by name when the witness has no NIP.
    const manual = expectFail(
      await h.call('pledges:create', {
        ...rosterPledge(person.id),
        signer: { source: 'manual', nama: 'Tamu Fiktif', jenisAsn: 'NON_ASN', nip: '', golongan: '', jabatan: 'Narasumber', unitKerja: '' },
        witness: { nama: ' tamu  fiktif ', nip: '', jabatan: 'Narasumber' },
      }),
      'INVALID_INPUT',
    );
    expect(manual.issues?.map((issue) => issue.path)).toContain('witness.nama');
    const late = expectFail(await h.call('pledges:create', rosterPledge(person.id, { year: 2022, date: '2031-06-23' })), 'INVALID_INPUT');
    expect(late.message).toContain('Tanggal pakta harus dalam tahun 2022');
    const registry = expectOk(await h.call('pledges:registry', { year: 2022 }));
    expect([registry.coverage.signed, registry.others.length]).toEqual([0, 0]);
  });

  it('prints the meterai box only on wet signing, and only while the template asks for it', async () => {
    const { h, person, unit } = await setup();
    const textOf = async (id: string) => (await pdfText(await documentBytes(h, expectOk(await h.call('pledges:pdf', { id })).documentId), { layout: false })).replace(/\s+/g, ' ');
    const drawn = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    expect(await textOf(drawn.id)).not.toContain('METERAI');
    const other = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Budi Basah Fiktif', nip: '19860415 201101 1 003', golongan: 'III/b', jabatan: 'Pengadministrasi' })));
    const wet = expectOk(await h.call('pledges:create', rosterPledge(other.id, { signature: { kind: 'basah' } })));
    expect(await textOf(wet.id)).toContain('METERAI 10.000');

    const saved = expectOk(await h.call('pledgeTemplates:saveVersion', { templateId: 'pakta-asn', baseVersion: 1, changes: { meterai: false } }));
    expect(saved).toMatchObject({ version: 2, meterai: false });
    const third = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Citra Tanpa Meterai Fiktif', nip: '19870520 201201 2 002', golongan: 'III/a', jabatan: 'Pelaksana' })));
    const without = expectOk(await h.call('pledges:create', rosterPledge(third.id, { signature: { kind: 'basah' } })));
    expect(without.template).toEqual({ id: 'pakta-asn', version: 2 });
    expect(await textOf(without.id)).not.toContain('METERAI');
    // A pledge made with version 1 keeps its box on a reprint.
    expect(await textOf(wet.id)).toContain('METERAI 10.000');
  });

  it('uses A4 when the settings say so, and the non-ASN template without NIP rows', async () => {
    const { h, unit } = await setup();
    expectOk(await h.call('settings:save', { ...INSTITUTION, kertas: 'A4' }));
    const staff = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Siti Honorer Fiktif', jenisAsn: 'NON_ASN', nip: '', golongan: '', jabatan: 'Pramu Bakti' })));
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(staff.id, { witness: null, signature: { kind: 'basah' } })));
    expect(pledge).toMatchObject({ status: 'MENUNGGU', template: { id: 'pakta-non-asn', version: 1 } });
    const bytes = await documentBytes(h, expectOk(await h.call('pledges:pdf', { id: pledge.id })).documentId);
    expect(await pdfInfo(bytes)).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts/);
    const text = await pdfText(bytes, { layout: false });
    expect(text).toContain('Siti Honorer Fiktif');
    expect(text).not.toMatch(/Pangkat\/Golongan/);
    expect(text).not.toMatch(/^NIP\b/m);
  });

  it('keeps the snapshot: editing the person later changes neither the pledge, its PDF nor its validity', async () => {
    const { h, unit, person } = await setup();
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    expectOk(
      await h.call('people:update', { id: person.id, data: { ...personInput(unit.id), nama: 'Rina Berganti Nama', nip: '198503122010012004', golongan: 'IV/a', jabatan: 'Kepala Bidang' } }),
    );
    expectOk(await h.call('settings:save', { ...INSTITUTION, pemerintahDaerah: 'Pemerintah Kabupaten Lain' }));
    const again = expectOk(await h.call('pledges:get', { id: pledge.id }));
    expect(again.signer).toEqual(pledge.signer);
    expect(again.code).toBe(pledge.code);
    const text = await pdfText(await documentBytes(h, expectOk(await h.call('pledges:pdf', { id: pledge.id })).documentId), { layout: false });
    expect(text).toContain('Rina Contoh Fiktif');
    expect(text).not.toContain('Rina Berganti Nama');
    expect(text.replace(/\s+/g, ' ')).toContain('Penata Tingkat I, III/d');
    const verified = expectOk(await h.call('verification:verify', { code: pledge.code }));
    expect(verified).toMatchObject({ valid: true, status: 'VALID' });
    expect(verified.record?.fields).toEqual(expect.arrayContaining([{ label: 'Nama', value: 'Rina Contoh Fiktif' }]));
  });

  it('keeps the exact template text: a new template version applies to new pledges only', async () => {
    const { h, unit, person } = await setup();
    const first = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    const saved = expectOk(
      await h.call('pledgeTemplates:saveVersion', { templateId: 'pakta-asn', baseVersion: 1, changes: { title: 'PAKTA INTEGRITAS APARATUR' } }),
    );
    expect(saved).toMatchObject({ id: 'pakta-asn', version: 2, newest: true, builtIn: false, title: 'PAKTA INTEGRITAS APARATUR' });
    const list = expectOk(await h.call('pledgeTemplates:list', undefined));
    expect(list.filter((t) => t.id === 'pakta-asn').map((t) => [t.version, t.newest])).toEqual([
      [2, true],
      [1, false],
    ]);
    expectFail(await h.call('pledgeTemplates:saveVersion', { templateId: 'pakta-asn', baseVersion: 1, changes: { title: 'X' } }), 'CONFLICT');
    expectFail(await h.call('pledgeTemplates:saveVersion', { templateId: 'pakta-asn', baseVersion: 2, changes: { leadIn: 'Di {kota} saya berjanji:' } }), 'INVALID_INPUT');

    const other = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Agus Kedua Fiktif', nip: '199001012015031001', golongan: 'III/a' })));
    const second = expectOk(await h.call('pledges:create', rosterPledge(other.id)));
    expect(second.template).toEqual({ id: 'pakta-asn', version: 2 });
    expect(expectOk(await h.call('pledges:get', { id: first.id })).template).toEqual({ id: 'pakta-asn', version: 1 });
    const firstText = await pdfText(await documentBytes(h, expectOk(await h.call('pledges:pdf', { id: first.id })).documentId), { layout: false });
    expect(firstText).toContain('PAKTA INTEGRITAS');
    expect(firstText).not.toContain('APARATUR');
  });

  it('refuses a second unrevoked pledge for the same person and year', async () => {
    const { h, person } = await setup();
    const first = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    const error = expectFail(await h.call('pledges:create', rosterPledge(person.id, { signature: { kind: 'basah' } })), 'DUPLICATE');
    expect(error.message).toContain(first.code);
    expectOk(await h.call('pledges:revoke', { id: first.id, reason: 'Salah tanggal penandatanganan' }));
    expectOk(await h.call('pledges:create', rosterPledge(person.id, { signature: { kind: 'basah' } })));
  });

  it('accepts a manual signer outside the roster and checks their NIP', async () => {
    const { h } = await setup();
    const manual = {
      source: 'manual' as const,
      nama: 'Ir. Tamu Pejabat Fiktif',
      jenisAsn: 'PNS' as const,
      nip: '19700518 200503 1 005',
      golongan: 'iv/b',
      jabatan: 'Kepala Biro Organisasi',
      unitKerja: 'Sekretariat Daerah',
    };
    const pledge = expectOk(await h.call('pledges:create', rosterPledge('x', { signer: manual, witness: null, place: 'Kota Serang' })));
    expect(pledge).toMatchObject({ personId: null, unitId: null, place: 'Kota Serang', signer: { pangkat: 'Pembina Tingkat I', golongan: 'IV/b', nip: '197005182005031005' } });

    const badNip = expectFail(await h.call('pledges:create', rosterPledge('x', { signer: { ...manual, nip: '19701318 200503 1 005' } })), 'INVALID_INPUT');
    expect(badNip.issues?.[0]).toMatchObject({ path: 'signer.nip', message: expect.stringMatching(/Tanggal lahir pada NIP/) });
    const shortNip = expectFail(await h.call('pledges:create', rosterPledge('x', { signer: { ...manual, nip: '1970051820050310' } })), 'INVALID_INPUT');
    expect(shortNip.message).toMatch(/18 digit/);
    expectFail(await h.call('pledges:create', rosterPledge('x', { signer: { ...manual, jenisAsn: 'NON_ASN', nip: '197005182005031005', golongan: '' } })), 'INVALID_INPUT');
  });

  it.each([
    ['an empty name', ''],
    ['a blank name', '    '],
    ['a 500-character name', 'N'.repeat(500)],
  ])('refuses %s for a manual signer', async (_label, nama) => {
    const { h } = await setup();
    const error = expectFail(
      await h.call('pledges:create', rosterPledge('x', { signer: { source: 'manual', nama, jenisAsn: 'NON_ASN', nip: '', golongan: '', jabatan: 'Staf', unitKerja: '' } })),
      'INVALID_INPUT',
    );
    expect(error.issues?.[0]?.path).toBe('signer.nama');
    expect(error.message).toMatch(/Nama penanda tangan (wajib diisi|paling banyak 200 karakter)/);
  });

  it('refuses a 500-character witness name and jabatan', async () => {
    const { h, person } = await setup();
    const error = expectFail(await h.call('pledges:create', rosterPledge(person.id, { witness: { nama: 'W'.repeat(500), nip: '', jabatan: 'J'.repeat(500) } })), 'INVALID_INPUT');
    expect(error.issues?.map((i) => i.path)).toEqual(['witness.nama', 'witness.jabatan']);
  });

  it.each([
    ['not an image', { kind: 'digital' as const, pngBase64: Buffer.from('ini bukan gambar, hanya teks biasa').toString('base64') }, 'UNSUPPORTED_FILE', /PNG atau JPEG/],
    ['a PDF uploaded as a scan', { kind: 'scan' as const, fileName: 'ttd.pdf', dataBase64: Buffer.from('%PDF-1.7\n%%EOF').toString('base64') }, 'UNSUPPORTED_FILE', /PNG atau JPEG/],
    ['over 2 MB', { kind: 'scan' as const, fileName: 'ttd.png', dataBase64: Buffer.alloc(2 * 1024 * 1024 + 10, 1).toString('base64') }, 'INVALID_INPUT', /terlalu besar \(maksimal 2 MB\)/],
    ['10,001 px wide', { kind: 'scan' as const, fileName: 'ttd.png', dataBase64: Buffer.from(encodePng(10_001, 1, new Uint8Array(10_001 * 4))).toString('base64') }, 'TOO_LARGE', /10\.000 piksel/],
    ['an empty drawing', { kind: 'digital' as const, pngBase64: Buffer.from(encodePng(300, 100, new Uint8Array(300 * 100 * 4))).toString('base64') }, 'INVALID_INPUT', /masih kosong/],
  ])('refuses a signature that is %s, and stores nothing', async (_label, signature, code, message) => {
    const { h, person } = await setup();
    const before = await fsp.readdir(h.dataDir, { recursive: true });
    const error = expectFail(await h.call('pledges:create', rosterPledge(person.id, { signature })), code as 'INVALID_INPUT');
    expect(error.message).toMatch(message);
    expect((await fsp.readdir(h.dataDir, { recursive: true })).filter((f) => !before.includes(f) && !String(f).startsWith('keys'))).toEqual([]);
    expect(expectOk(await h.call('pledges:registry', { year: 2022 })).coverage.signed).toBe(0);
  });

  it('trims an uploaded PNG scan and makes its paper transparent', async () => {
    const { h, person } = await setup();
    const width = 400;
    const height = 200;
    const pixels = new Uint8Array(width * height * 4).fill(255);
    for (let x = 150; x < 250; x += 1) for (let y = 90; y < 96; y += 1) pixels.set([20, 20, 90, 255], (y * width + x) * 4);
    const scan = Buffer.from(encodePng(width, height, pixels)).toString('base64');
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(person.id, { signature: { kind: 'scan', fileName: 'ttd.png', dataBase64: scan } })));
    expect(pledge).toMatchObject({ signatureKind: 'uploaded', status: 'DIGITAL' });
    const located = await h.services.pledges.locate(pledge.id);
    const hash = located?.stored.signature.imageSha256 ?? '';
    const stored = await h.services.blobs.get(hash);
    const { decodePng } = await import('../../../../electron/services/pdf/png');
    const image = decodePng(stored);
    expect([image.width, image.height]).toEqual([116, 22]);
    expect(image.data[3]).toBe(0);
  });
});

describe('one-byte changes of the stored pledge', () => {
  /** JSON paths (inside `data`) of every signed field of the first pledge and of its text. */
  function signedPaths(data: { pledges: { textRef: string }[]; texts: Record<string, { points: string[] }> }): (string | number)[][] {
    const pledge: (string | number)[] = ['pledges', 0];
    const ref = data.pledges[0]?.textRef ?? '';
    const text: (string | number)[] = ['texts', ref];
    return [
      [...pledge, 'signer', 'nama'],
      [...pledge, 'signer', 'nip'],
      [...pledge, 'signer', 'pangkat'],
      [...pledge, 'signer', 'golongan'],
      [...pledge, 'signer', 'jabatan'],
      [...pledge, 'signer', 'unitKerja'],
      [...pledge, 'signer', 'instansi'],
      [...pledge, 'year'],
      [...pledge, 'place'],
      [...pledge, 'date'],
      [...pledge, 'witness', 'nama'],
      [...pledge, 'witness', 'nip'],
      [...pledge, 'witness', 'jabatan'],
      [...pledge, 'signature', 'imageSha256'],
      [...pledge, 'textRef'],
      [...pledge, 'code'],
      [...pledge, 'qrPayload'],
      [...text, 'title'],
      [...text, 'opening'],
      [...text, 'leadIn'],
      [...text, 'closing'],
      [...text, 'templateVersion'],
      [...text, 'signerCaption'],
      [...text, 'witnessCaption'],
      [...text, 'identityRows', 1, 'label'],
      ...(data.texts[ref]?.points ?? []).map((_p, index) => [...text, 'points', index]),
    ];
  }

  /** Changes one character of a string (or adds 1 to a number) at `at`, like a one-byte edit of the compact file. */
  function nudge(root: unknown, at: (string | number)[]): void {
    let holder = root as Record<string | number, unknown>;
    for (const key of at.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    const last = at[at.length - 1] ?? '';
    const value = holder[last];
    if (typeof value === 'number') {
      holder[last] = value + 1;
    } else if (typeof value === 'string') {
      const index = Math.floor(value.length / 2);
      const char = value.charAt(index);
      const replacement = /[0-8]/.test(char) ? String(Number(char) + 1) : char === '9' ? '8' : char === 'a' ? 'b' : char === 'A' ? 'B' : char === 'B' ? 'A' : 'a';
      holder[last] = value.slice(0, index) + replacement + value.slice(index + 1);
    } else {
      throw new Error(`no value at ${at.join('.')}`);
    }
  }

  it('passes on the original and fails after changing any signed field by one character', async () => {
    const { h, person } = await setup();
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    expect(expectOk(await h.call('verification:verify', { code: pledge.code })).valid).toBe(true);
    await h.close();
    const file = path.join(h.dataDir, 'pledges', '2022.json');
    const original = await fsp.readFile(file, 'utf8');
    const envelope = JSON.parse(original) as { data: Parameters<typeof signedPaths>[0] };
    const paths = signedPaths(envelope.data);
    expect(paths.length).toBeGreaterThan(25);
    for (const at of paths) {
      const changed = JSON.parse(original) as { data: unknown };
      nudge(changed.data, at);
      const text = JSON.stringify(changed);
      expect(text.length - original.length, at.join('.')).toBeLessThanOrEqual(0);
      await fsp.writeFile(file, text);
      const reopened = await harnesses.open(h.dataDir);
      const result = expectOk(await reopened.call('verification:verify', { code: pledge.code }));
      expect(result.valid, `changed ${at.join('.')}`).toBe(false);
      expect(['CONTENT_MISMATCH', 'NOT_FOUND', 'BAD_SIGNATURE', 'MALFORMED', 'UNKNOWN_KEY']).toContain(result.reason);
      await reopened.close();
    }
    await fsp.writeFile(file, original);
    const restored = await harnesses.open(h.dataDir);
    expect(expectOk(await restored.call('verification:verify', { code: pledge.code })).status).toBe('VALID');
  });
});

describe('registry, marking, scans, revocation and coverage', () => {
  it('tracks each person through the statuses and computes the coverage', async () => {
    const { h, unit, person } = await setup();
    const people = [person];
    for (let i = 0; i < 3; i += 1) {
      people.push(expectOk(await h.call('people:create', personInput(unit.id, { nama: rosterName(i), nip: rosterNip(i), golongan: 'III/a' }))));
    }
    const [digital, wet, scanned] = people;
    if (!digital || !wet || !scanned) throw new Error('setup');
    expectOk(await h.call('pledges:create', rosterPledge(digital.id)));
    const wetPledge = expectOk(await h.call('pledges:create', rosterPledge(wet.id, { signature: { kind: 'basah' } })));
    const scanPledge = expectOk(await h.call('pledges:create', rosterPledge(scanned.id, { signature: { kind: 'basah' } })));

    let registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    expect(registry.rows.map((r) => [r.nama, r.status])).toEqual(
      expect.arrayContaining([
        ['Rina Contoh Fiktif', 'DIGITAL'],
        [wet.nama, 'MENUNGGU'],
        [scanned.nama, 'MENUNGGU'],
      ]),
    );
    expect(registry.coverage).toMatchObject({ total: 4, signed: 1, percent: 25 });

    const markEarly = expectFail(await h.call('pledges:markSigned', { id: wetPledge.id }), 'CONFLICT');
    expect(markEarly.message).toMatch(/belum pernah dicetak/);
    expectOk(await h.call('pledges:pdf', { id: wetPledge.id }));
    expect(expectOk(await h.call('pledges:markSigned', { id: wetPledge.id, date: '2022-06-24' }))).toMatchObject({ status: 'BASAH', wetSignedAt: '2022-06-24' });

    expectFail(await h.call('pledges:attachScan', { id: scanPledge.id, fileName: 'scan.txt', dataBase64: Buffer.from('teks').toString('base64') }), 'UNSUPPORTED_FILE');
    const attached = expectOk(await h.call('pledges:attachScan', { id: scanPledge.id, fileName: 'pakta-bertanda-tangan.pdf', dataBase64: Buffer.from('%PDF-1.4\n% pindaian\n%%EOF').toString('base64') }));
    expect(attached).toMatchObject({ status: 'PINDAIAN', scan: { fileName: 'pakta-bertanda-tangan.pdf', mimeType: 'application/pdf' } });

    registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    expect(registry.coverage).toMatchObject({ total: 4, signed: 3, percent: 75, byStatus: { DIGITAL: 1, BASAH: 1, PINDAIAN: 1, BELUM: 1, MENUNGGU: 0 } });
    const coverage = expectOk(await h.call('pledges:coverage', { unitId: unit.id, year: 2022 }));
    expect(coverage).toMatchObject({ percent: 75, itemCode: 'A.I.1.iv.d', suggestedOption: 'B', unitNama: 'Dinas Kependudukan dan Pencatatan Sipil' });
    expect(coverage.note).toContain('3 dari 4 pegawai');

    const revoked = expectOk(await h.call('pledges:revoke', { id: wetPledge.id, reason: 'Pegawai pindah tugas sebelum pencanangan' }));
    expect(revoked.revoked).toMatchObject({ reason: 'Pegawai pindah tugas sebelum pencanangan' });
    expectFail(await h.call('pledges:revoke', { id: wetPledge.id, reason: 'Lagi dicabut' }), 'CONFLICT');
    expectFail(await h.call('pledges:pdf', { id: wetPledge.id }), 'CONFLICT');
    registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    expect(registry.coverage).toMatchObject({ signed: 2, percent: 50 });
    expect(registry.revoked.map((p) => p.id)).toEqual([wetPledge.id]);
    expect(registry.rows.find((r) => r.personId === wet.id)?.status).toBe('BELUM');
    // The revoked pledge stays visible: "Dicabut" on the person's row and in the revoked list.
    expect(registry.rows.find((r) => r.personId === wet.id)?.revokedPledge).toMatchObject({ id: wetPledge.id, state: 'DICABUT', replacedBy: null });
    expect(registry.revoked[0]).toMatchObject({ state: 'DICABUT', revoked: { reason: 'Pegawai pindah tugas sebelum pencanangan' } });
    const verification = expectOk(await h.call('verification:verify', { code: wetPledge.code }));
    expect(verification).toMatchObject({ valid: false, status: 'REVOKED', reason: 'REVOKED' });
    expect(verification.message).toContain('Pegawai pindah tugas sebelum pencanangan');

    // A new pledge for the same person replaces the revoked one: "Diganti", with the new code.
    const renewed = expectOk(await h.call('pledges:create', rosterPledge(wet.id, { signature: { kind: 'basah' } })));
    registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    const row = registry.rows.find((r) => r.personId === wet.id);
    expect(row).toMatchObject({ status: 'MENUNGGU', pledge: { id: renewed.id }, revokedPledge: { id: wetPledge.id, state: 'DIGANTI', replacedBy: renewed.code } });
    expect(registry.revoked.map((p) => [p.id, p.state])).toEqual([[wetPledge.id, 'DIGANTI']]);
  });

  it('reports 0 % for a unit without people and refuses markSigned on a digital pledge', async () => {
    const { h, person } = await setup();
    const empty = expectOk(await h.call('units:create', unitInput({ nama: 'Kecamatan Kosong', singkatan: 'Kec. Kosong', jenis: 'KECAMATAN', kepalaNip: '' })));
    expect(expectOk(await h.call('pledges:coverage', { unitId: empty.id, year: 2022 }))).toMatchObject({ total: 0, signed: 0, percent: 0, suggestedOption: 'D' });
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    expectFail(await h.call('pledges:markSigned', { id: pledge.id }), 'CONFLICT');
  });
});

describe('pledges:print', () => {
  it('stores the pledge and writes its PDF in one call, recorded as printed', async () => {
    const { h, person } = await setup();
    const { pledge, pdf } = expectOk(await h.call('pledges:print', rosterPledge(person.id)));
    expect(pdf).toMatchObject({ pages: 1, code: pledge.code });
    expect(pledge.printed).toEqual([{ at: expect.any(String), documentId: pdf.documentId, batch: false }]);
    const text = await pdfText(await documentBytes(h, pdf.documentId), { layout: false });
    expect(text).toContain('Rina Contoh Fiktif');
    expect(text).toContain(pledge.code);
    const other = expectFail(await h.call('pledges:print', rosterPledge(person.id, { signature: { kind: 'basah' } })), 'DUPLICATE');
    expect(other.message).toContain(pledge.code);
  });

  it('keeps the pledge when its PDF cannot be written, says so, and prints that pledge on the next try', async () => {
    const { h, unit, person } = await setup();
    const documents = path.join(h.dataDir, 'documents');
    await fsp.mkdir(documents, { recursive: true });
    const locked = await lockFolder(documents);
    try {
      const error = expectFail(await h.call('pledges:print', rosterPledge(person.id)), 'STORAGE_ERROR');
      expect(error.message).toMatch(/^Pakta Rina Contoh Fiktif tersimpan dengan kode ZI-[0-9A-F]{8}-[0-9A-F]{8}-[0-9A-F]{8}, tetapi PDF-nya belum dibuat/);
      expect(await documentFiles(h.dataDir)).toEqual([]);
    } finally {
      await locked.unlock();
    }
    const stored = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 })).rows.find((row) => row.personId === person.id)?.pledge;
    expect(stored?.printed).toEqual([]);
    const { pledge, pdf } = expectOk(await h.call('pledges:print', rosterPledge(person.id)));
    expect(pledge.id).toBe(stored?.id);
    expect(pledge.printed.map((p) => p.documentId)).toEqual([pdf.documentId]);
    const registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    expect(registry.rows.filter((row) => row.pledge !== null)).toHaveLength(1);
  });
});

describe('writing into a read-only folder', () => {
  it('gives a clear message, leaves no file under the final name and records no print', async () => {
    const { h, person } = await setup();
    const pledge = expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    const documents = path.join(h.dataDir, 'documents');
    await fsp.mkdir(documents, { recursive: true });
    const locked = await lockFolder(documents);
    try {
      const error = expectFail(await h.call('pledges:pdf', { id: pledge.id }), 'STORAGE_ERROR');
      expect(error.message).toMatch(/(Akses ke berkas data ditolak|hanya dapat dibaca)/);
      expect(await documentFiles(h.dataDir)).toEqual([]);
    } finally {
      await locked.unlock();
    }
    expect(expectOk(await h.call('pledges:get', { id: pledge.id })).printed).toEqual([]);
    expectOk(await h.call('pledges:pdf', { id: pledge.id }));
  });
});

/** Makes a folder unwritable even for root (immutable flag), or by mode for other users. */
async function lockFolder(dir: string): Promise<{ unlock(): Promise<void> }> {
  if (process.getuid?.() === 0) {
    await run('chattr', ['+i', dir]);
    return { unlock: async () => void (await run('chattr', ['-i', dir])) };
  }
  await fsp.chmod(dir, 0o555);
  return { unlock: () => fsp.chmod(dir, 0o755) };
}

describe('pledges:batch', () => {
  async function withPeople(count: number) {
    const { h, unit, person } = await setup();
    for (let i = 0; i < count - 1; i += 1) {
      expectOk(await h.call('people:create', personInput(unit.id, { nama: rosterName(i), nip: rosterNip(i), golongan: 'III/b' })));
    }
    return { h, unit, person };
  }

  it('raises the data revision when the batch has stored its pledges, not when it starts', async () => {
    const { h, unit } = await withPeople(3);
    const revision = async (): Promise<number> => expectOk(await h.call('app:revision', undefined)).revision;
    const before = await revision();
    const started = await h.call('pledges:batch', { unitIds: [unit.id], year: 2022, separateFiles: false, date: '2022-06-23' });
    expect(started.ok && 'revision' in started).toBe(false);
    expect(await revision()).toBe(before);
    const jobId = expectOk(started).jobId;
    expect((await h.services.batches.settled(jobId)).state).toBe('done');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await revision()).toBe(before + 1);
    const registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    expect(registry.rows.every((row) => row.pledge !== null)).toBe(true);
  });

  it('prints everyone without a pledge into one merged PDF plus per-person files, then records them', async () => {
    const { h, unit, person } = await withPeople(6);
    expectOk(await h.call('pledges:create', rosterPledge(person.id)));
    const started = expectOk(await h.call('pledges:batch', { unitIds: [unit.id], year: 2022, separateFiles: true, date: '2022-06-23' }));
    expect(started.total).toBe(5);
    const pakta = h.services;
    const done = await pakta.batches.settled(started.jobId);
    expect(done).toMatchObject({ state: 'done', done: 10, total: 10, pledges: 5, error: null });
    const status = expectOk(await h.call('pledges:batchStatus', { jobId: started.jobId }));
    expect(status.result?.files).toHaveLength(5);
    expect(status.result?.folder).toBe(`documents/${status.result?.documentId}-berkas`);

    const pages = await pdfPages(await documentBytes(h, status.result?.documentId ?? ''));
    expect(pages).toHaveLength(5);
    for (const page of pages) {
      expect(page).toContain('Serang, 23 Juni 2022');
      expect(page).toMatch(/ZI-[0-9A-F]{8}-[0-9A-F]{8}-[0-9A-F]{8}/);
      expect(page).toContain('Drs. Hendra Wijaya Fiktif, M.Si.');
    }
    const firstFile = status.result?.files[0];
    expect(firstFile?.fileName).toMatch(/^\d{18}_.+\.pdf$/);
    expect(await pdfPages(await documentBytes(h, firstFile?.documentId ?? ''))).toHaveLength(1);

    const registry = expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 }));
    expect(registry.rows.map((r) => r.status).sort()).toEqual(['DIGITAL', 'MENUNGGU', 'MENUNGGU', 'MENUNGGU', 'MENUNGGU', 'MENUNGGU']);
    const batchPledge = registry.rows.find((r) => r.status === 'MENUNGGU')?.pledge;
    expect(batchPledge?.printed).toEqual([{ at: expect.any(String), documentId: status.result?.documentId, batch: true }]);
    // Confirmed once the pledges were recorded: the start-up sweep keeps it.
    const batchMeta = JSON.parse(await fsp.readFile(path.join(h.dataDir, 'documents', `${status.result?.documentId ?? ''}.json`), 'utf8')) as Record<string, unknown>;
    expect(batchMeta).not.toHaveProperty('pending');
    expect(expectOk(await h.call('verification:verify', { code: batchPledge?.code ?? '' })).valid).toBe(true);

    const again = expectFail(await h.call('pledges:batch', { unitIds: [unit.id], year: 2022, separateFiles: false }), 'INVALID_INPUT');
    expect(again.message).toMatch(/semua 6 pegawai aktif .* sudah memiliki Pakta Integritas tahun 2022/);
  });

  it('refuses a batch dated outside its year, or undated when today is in another year', async () => {
    const { h, unit } = await setup();
    const outside = expectFail(await h.call('pledges:batch', { unitIds: [unit.id], year: 2022, separateFiles: false, date: '2031-01-02' }), 'INVALID_INPUT');
    expect(outside.message).toContain('Tanggal pakta harus dalam tahun 2022');
    const thisYear = new Date().getFullYear();
    const undated = expectFail(await h.call('pledges:batch', { unitIds: [unit.id], year: thisYear - 1, separateFiles: false }), 'INVALID_INPUT');
    expect(undated.message).toContain(`Tanggal pakta harus dalam tahun ${thisYear - 1}`);
    expect(await documentFiles(h.dataDir)).toEqual([]);
  });

  it('says clearly when nobody is eligible, or the units have nobody at all', async () => {
    const { h } = await setup();
    const empty = expectOk(await h.call('units:create', unitInput({ nama: 'Kecamatan Kosong', singkatan: 'Kec. Kosong', jenis: 'KECAMATAN', kepalaNip: '' })));
    const error = expectFail(await h.call('pledges:batch', { unitIds: [empty.id], year: 2022, separateFiles: false }), 'INVALID_INPUT');
    expect(error.message).toMatch(/belum memiliki pegawai aktif/);
    expect(await documentFiles(h.dataDir)).toEqual([]);
  });

  it('cancels: no file, no pledge recorded', async () => {
    const { h, unit } = await withPeople(60);
    // Dated within the year: an undated 2022 batch printed after 2022 is refused (see below).
    const started = expectOk(await h.call('pledges:batch', { unitIds: 'all', year: 2022, separateFiles: true, date: '2022-06-23' }));
    const cancelled = expectOk(await h.call('pledges:cancel', { jobId: started.jobId }));
    expect(['running', 'cancelled']).toContain(cancelled.state);
    const final = await h.services.batches.settled(started.jobId);
    expect(final).toMatchObject({ state: 'cancelled', result: null, error: { code: 'CANCELLED' } });
    expect(await documentFiles(h.dataDir)).toEqual([]);
    expect(expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 })).coverage.byStatus.BELUM).toBe(60);
  });
});
