import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../shared/contract';
import type { Contract } from '../../../../shared/contract';
import { makeSignaturePng } from '../services/pdf/fixtures';
import { INSTITUTION, expectFail, expectOk, personInput, unitInput, useHarness, type Harness } from './harness';

const harnesses = useHarness();
type CreateInput = InputOf<Contract['pledges']['create']>;
const SIGNATURE_BASE64 = Buffer.from(makeSignaturePng(3)).toString('base64');

/** Two employees of Disdukcapil with one pledge each (a wet one printed, a digital one). */
async function setup() {
  const h = await harnesses.open();
  expectOk(await h.call('settings:save', INSTITUTION));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const rina = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', golongan: 'III/d' })));
  const budi = expectOk(await h.call('people:create', personInput(unit.id, { nama: 'Budi Fiktif Santoso', nip: '19900101 201503 1 002', golongan: 'III/a' })));
  const input = (personId: string, signature: CreateInput['signature']): CreateInput => ({
    signer: { source: 'roster', personId },
    year: 2022,
    date: '2022-06-23',
    witness: null,
    signature,
  });
  const wet = expectOk(await h.call('pledges:print', input(rina.id, { kind: 'basah' }))).pledge;
  const digital = expectOk(await h.call('pledges:create', input(budi.id, { kind: 'digital', pngBase64: SIGNATURE_BASE64 })));
  return { h, unit, wet, digital };
}

interface YearFile {
  pledges: { id: string; code: string; qrPayload: string; revoked: unknown; signer: { nama: string } }[];
  events?: { seq: number; kind: string; pledgeId: string; details: Record<string, string>; by: string; prev: string; signature: string }[];
}

const yearFile = (h: Harness): string => path.join(h.dataDir, 'pledges', '2022.json');

/** The year document inside its storage envelope (`{ schemaVersion, data }`). */
async function readEnvelope(h: Harness): Promise<{ schemaVersion: number; data: YearFile }> {
  return JSON.parse(await fsp.readFile(yearFile(h), 'utf8')) as { schemaVersion: number; data: YearFile };
}

async function readYear(h: Harness): Promise<YearFile> {
  return (await readEnvelope(h)).data;
}

async function writeYear(h: Harness, edit: (data: YearFile) => void): Promise<void> {
  const envelope = await readEnvelope(h);
  edit(envelope.data);
  await fsp.writeFile(yearFile(h), JSON.stringify(envelope, null, 2));
  await fsp.rm(`${yearFile(h)}.bak`, { force: true });
}

/** Closes the services, edits the year file on disk, and opens the folder again. */
async function editOnDisk(h: Harness, edit: (data: YearFile) => void): Promise<Harness> {
  await h.close();
  await writeYear(h, edit);
  return harnesses.open(h.dataDir);
}

async function integrity(h: Harness, unitId: string) {
  return expectOk(await h.call('pledges:registry', { unitId, year: 2022 })).integrity;
}

describe('signed status log of pledges', () => {
  it('appends a signed, chained event for mark-as-signed, revoke and reprint, and the registry reads "Utuh"', async () => {
    const { h, unit, wet } = await setup();
    expectOk(await h.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }));
    expectOk(await h.call('pledges:pdf', { id: wet.id }));
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const { events = [] } = await readYear(h);
    expect(events.map((e) => [e.seq, e.kind, e.pledgeId])).toEqual([
      [1, 'wet-signed', wet.id],
      [2, 'reprinted', wet.id],
      [3, 'revoked', wet.id],
    ]);
    expect(events[0]?.prev).toBe('0'.repeat(64));
    expect(events[1]?.prev).toMatch(/^[0-9a-f]{64}$/);
    expect(events[2]?.details).toEqual({ reason: 'Pegawai pindah tugas' });
    expect(events[2]?.signature).toMatch(/^ZID1\.ev-2022-3\./);
    expect(await integrity(h, unit.id)).toEqual({ year: 2022, chainBroken: null, pledges: {}, unchecked: null });
  });

  it('detects a revocation undone in the pledge file', async () => {
    const { h, unit, wet } = await setup();
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const reopened = await editOnDisk(h, (data) => {
      for (const pledge of data.pledges) if (pledge.id === wet.id) pledge.revoked = null;
    });
    const result = await integrity(reopened, unit.id);
    expect(result.chainBroken).toBeNull();
    expect(result.pledges[wet.id]).toEqual({ state: 'RIWAYAT_RUSAK', reason: expect.stringMatching(/belum ditandatangani.*dicabut/) });
  });

  it('detects a deleted revocation event, at the end of the log and in its middle', async () => {
    const { h, unit, wet, digital } = await setup();
    expectOk(await h.call('pledges:revoke', { id: digital.id, reason: 'Salah tanggal' }));
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const tail = await editOnDisk(h, (data) => {
      data.events = data.events?.slice(0, 1);
    });
    expect((await integrity(tail, unit.id)).pledges[wet.id]?.state).toBe('RIWAYAT_RUSAK');
    const middle = await editOnDisk(tail, (data) => {
      data.events = [];
    });
    expect((await integrity(middle, unit.id)).pledges[digital.id]?.state).toBe('RIWAYAT_RUSAK');
  });

  it('detects a removed first event by the broken link', async () => {
    const { h, unit, wet, digital } = await setup();
    expectOk(await h.call('pledges:revoke', { id: digital.id, reason: 'Salah tanggal' }));
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const reopened = await editOnDisk(h, (data) => {
      data.events = data.events?.slice(1).map((event) => ({ ...event, seq: event.seq - 1 }));
    });
    const result = await integrity(reopened, unit.id);
    expect(result.chainBroken).toMatch(/hilang, tertukar/);
    expect(result.pledges[wet.id]?.state).toBe('RIWAYAT_RUSAK');
  });

  it('names the year with a broken log in the notice shown on every screen, and nothing while it is whole', async () => {
    const { h, digital, wet } = await setup();
    expect(expectOk(await h.call('pledges:integrityNotice', undefined))).toEqual({ years: [] });
    expectOk(await h.call('pledges:revoke', { id: digital.id, reason: 'Salah tanggal' }));
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const reopened = await editOnDisk(h, (data) => {
      data.events = data.events?.slice(1).map((event) => ({ ...event, seq: event.seq - 1 }));
    });
    const notice = expectOk(await reopened.call('pledges:integrityNotice', undefined));
    expect(notice.years).toEqual([{ year: 2022, chainBroken: expect.stringMatching(/hilang, tertukar/), damaged: 2 }]);
  });

  it('refuses an edited event: its signature no longer matches', async () => {
    const { h, unit, wet } = await setup();
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const reopened = await editOnDisk(h, (data) => {
      const [event] = data.events ?? [];
      if (event) event.details = { reason: 'Alasan lain yang disisipkan' };
    });
    const result = await integrity(reopened, unit.id);
    expect(result.chainBroken).toMatch(/ke-1 tahun 2022 telah diubah: tanda tangannya tidak cocok/);
  });

  it('begins the log of an earlier version with one genesis event per status found', async () => {
    const { h, unit, wet } = await setup();
    expectOk(await h.call('pledges:markSigned', { id: wet.id, date: '2022-06-24' }));
    await h.close();
    // An installation of an earlier version: no log in the year file, no list of begun years.
    await writeYear(h, (data) => {
      delete data.events;
    });
    await fsp.rm(path.join(h.dataDir, 'pledge-events.json'), { force: true });
    await fsp.rm(path.join(h.dataDir, 'pledge-events.json.bak'), { force: true });
    const reopened = await harnesses.open(h.dataDir);
    expect((await integrity(reopened, unit.id)).pledges).toEqual({});
    const { events = [] } = await readYear(reopened);
    expect(events.map((e) => [e.kind, e.pledgeId, e.details.wetSigned])).toEqual([['genesis', wet.id, 'true']]);
    expectOk(await reopened.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    expect((await integrity(reopened, unit.id)).pledges).toEqual({});
  });
});

describe('integrity before print', () => {
  it('refuses to reprint a record edited on disk and shows "Isi berubah", also when it was listed as verified before', async () => {
    const { h, unit, wet } = await setup();
    // The first check lists both records as verified (signed list); the edit must still show.
    expect((await integrity(h, unit.id)).pledges).toEqual({});
    expect(await fsp.stat(path.join(h.dataDir, 'pledge-integrity', '2022.json'))).toBeTruthy();
    const reopened = await editOnDisk(h, (data) => {
      for (const pledge of data.pledges) if (pledge.id === wet.id) pledge.signer.nama = 'Nama Yang Diubah';
    });
    const failure = expectFail(await reopened.call('pledges:pdf', { id: wet.id }), 'CONFLICT');
    expect(failure.message).toMatch(/tidak dapat dicetak: Isi pakta di data tidak cocok dengan tanda tangan digitalnya/);
    expect((await integrity(reopened, unit.id)).pledges[wet.id]?.state).toBe('ISI_BERUBAH');
  });

  it('refuses to reprint a record carrying the code of another record', async () => {
    const { h, unit, wet, digital } = await setup();
    const reopened = await editOnDisk(h, (data) => {
      const source = data.pledges.find((p) => p.id === digital.id);
      const target = data.pledges.find((p) => p.id === wet.id);
      if (source && target) Object.assign(target, { code: source.code, qrPayload: source.qrPayload });
    });
    const failure = expectFail(await reopened.call('pledges:pdf', { id: wet.id }), 'CONFLICT');
    expect(failure.message).toMatch(/Kode verifikasi pakta ini milik pakta lain/);
    const result = await integrity(reopened, unit.id);
    expect(result.pledges[wet.id]?.state).toBe('ISI_BERUBAH');
    expect(result.pledges[digital.id]).toBeUndefined();
  });
});

describe('signed revocation lists', () => {
  it('exports a signed list; another installation imports it only with the key trusted, and refuses an edited list', async () => {
    const { h, wet } = await setup();
    const revoked = expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const list = expectOk(await h.call('pledges:exportRevocations', { year: 2022 }));
    expect(list).toMatchObject({ fileName: 'zi-desk-daftar-pencabutan-2022.json', count: 1 });
    const publicKey = expectOk(await h.call('verification:exportPublicKey', {}));

    const other = await harnesses.open();
    const unknown = expectFail(await other.call('pledges:importRevocations', { json: list.json }), 'CONFLICT');
    expect(unknown.message).toMatch(/kunci yang tidak dikenal.*Tidak ada pencabutan yang dicatat/);
    expectOk(await other.call('verification:importTrustedKey', { pem: publicKey.pem, label: 'Inspektorat Kabupaten Serang (kantor lama)' }));
    const edited = list.json.replace('Pegawai pindah tugas', 'Alasan lain');
    expect(expectFail(await other.call('pledges:importRevocations', { json: edited }), 'CONFLICT').message).toMatch(/telah diubah setelah diekspor/);
    // The QR scanned at the other installation: another's document until the list is imported, then revoked by its issuer.
    const qrPayload = (await readYear(h)).pledges.find((pledge) => pledge.id === wet.id)?.qrPayload ?? '';
    expect(expectOk(await other.call('verification:verify', { code: qrPayload })).state).toBe('FOREIGN');
    const result = expectOk(await other.call('pledges:importRevocations', { json: list.json }));
    expect(result).toEqual({ issuer: 'Inspektorat Kabupaten Serang (kantor lama)', own: false, year: 2022, entries: 1, added: 1, revokedHere: 0 });
    const verified = expectOk(await other.call('verification:verify', { code: qrPayload }));
    expect(verified).toMatchObject({ state: 'REVOKED', valid: false, revoked: { reason: 'Pegawai pindah tugas' } });
    expect(verified.message).toMatch(/^Dokumen ini diterbitkan instalasi lain: «Inspektorat Kabupaten Serang \(kantor lama\)», dan telah DICABUT olehnya pada .* dengan alasan: Pegawai pindah tugas\./);
    expect(await other.services.pledges.importedRevocation(revoked.code)).toMatchObject({ reason: 'Pegawai pindah tugas', issuerLabel: 'Inspektorat Kabupaten Serang (kantor lama)' });
    expect(expectOk(await other.call('pledges:importRevocations', { json: list.json })).added).toBe(0);
  });

  it('re-revokes from its own list a revocation undone on disk, and logs it', async () => {
    const { h, unit, wet } = await setup();
    expectOk(await h.call('pledges:revoke', { id: wet.id, reason: 'Pegawai pindah tugas' }));
    const list = expectOk(await h.call('pledges:exportRevocations', { year: 2022 }));
    // The undone revocation together with its event: the log alone cannot tell (see architecture), the list can.
    const reopened = await editOnDisk(h, (data) => {
      for (const pledge of data.pledges) if (pledge.id === wet.id) pledge.revoked = null;
      data.events = [];
    });
    expect((await integrity(reopened, unit.id)).pledges).toEqual({});
    expect(expectOk(await reopened.call('pledges:importRevocations', { json: list.json }))).toMatchObject({ own: true, revokedHere: 1 });
    expect(expectOk(await reopened.call('pledges:get', { id: wet.id })).revoked?.reason).toMatch(/^Dicabut oleh instalasi ZI Desk ini pada \d{4}-\d{2}-\d{2}: Pegawai pindah tugas$/);
    expect((await readYear(reopened)).events?.map((e) => e.kind)).toEqual(['revoked-elsewhere']);
  });
});
