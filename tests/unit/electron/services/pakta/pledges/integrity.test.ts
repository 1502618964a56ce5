import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../../../shared/contract';
import type { Contract } from '../../../../../../shared/contract';
import { createPledgeEvents } from '../../../../../../electron/services/pakta/events';
import { createIntegrityCache, verifiedSpec } from '../../../../../../electron/services/pakta/pledges/integrity';
import { createVerifiedLists } from '../../../../../../electron/services/pakta/pledges/verifiedList';
import { createPledgeRepository } from '../../../../../../electron/services/pakta/pledges/repository';
import { createSigningService, type SigningService } from '../../../../../../electron/services/signing';
import { createStorage, type Storage } from '../../../../../../electron/services/storage';
import { INSTITUTION, expectOk, personInput, unitInput, useHarness } from '../../../handlers/harness';

const harnesses = useHarness();
type CreateInput = InputOf<Contract['pledges']['create']>;

interface YearFile {
  pledges: { id: string; signer: { nama: string } }[];
  events?: { seq: number; details: Record<string, string> }[];
}
interface ListFile {
  keys: string[];
  signature: string;
  events?: { seq: number; hash: string };
}

const file = (dataDir: string, name: string): string => path.join(dataDir, `${name}.json`);

async function editFile<T>(dataDir: string, name: string, edit: (data: T) => void): Promise<void> {
  const envelope = JSON.parse(await fsp.readFile(file(dataDir, name), 'utf8')) as { data: T };
  edit(envelope.data);
  await fsp.writeFile(file(dataDir, name), JSON.stringify(envelope, null, 2));
  await fsp.rm(`${file(dataDir, name)}.bak`, { force: true });
}

async function readList(dataDir: string): Promise<ListFile> {
  return (JSON.parse(await fsp.readFile(file(dataDir, 'pledge-integrity/2022'), 'utf8')) as { data: ListFile }).data;
}

/** Three Disdukcapil employees of Kabupaten Serang with a pledge each for 2022, created through the channels; the services closed. */
async function folderWithPledges() {
  const h = await harnesses.open();
  expectOk(await h.call('settings:save', INSTITUTION));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const people = [
    personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', golongan: 'III/d' }),
    personInput(unit.id, { nama: 'Budi Fiktif Santoso', nip: '19900101 201503 1 002', golongan: 'III/a' }),
    personInput(unit.id, { nama: 'Sari Fiktif Lestari', nip: '19920715 201801 2 003', golongan: 'III/b' }),
  ];
  const ids: string[] = [];
  for (const person of people) {
    const created = expectOk(await h.call('people:create', person));
    const input: CreateInput = { signer: { source: 'roster', personId: created.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' } };
    ids.push(expectOk(await h.call('pledges:create', input)).id);
  }
  return { h, unit, ids };
}

const opened: Storage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

/** A start's integrity check on `dataDir`, counting the signatures it verifies by what they sign. */
async function startOn(dataDir: string) {
  const storage = await createStorage({ dataDir });
  opened.push(storage);
  const real = await createSigningService({ dataDir });
  const counts = { records: 0, events: 0, lists: 0 };
  const signing: SigningService = Object.assign(Object.create(real) as SigningService, {
    verifyCode: (...args: Parameters<SigningService['verifyCode']>) => {
      const [input] = args;
      if (input.startsWith('ZID1.integrity-')) counts.lists += 1;
      else if (input.startsWith('ZID1.ev-')) counts.events += 1;
      else counts.records += 1;
      return real.verifyCode(...args);
    },
  });
  const events = createPledgeEvents({ storage, signing: async () => signing, now: () => new Date() });
  const integrity = createIntegrityCache({ signing: async () => signing, storage }, createPledgeRepository(storage), events);
  return { integrity, counts, storage };
}

describe('the signed list of verified pledges', () => {
  it('lists a pledge created through the service at once: the next start verifies no pledge signature', async () => {
    const { h, ids } = await folderWithPledges();
    await h.close();
    expect((await readList(h.dataDir)).keys).toHaveLength(ids.length);
    const start = await startOn(h.dataDir);
    const result = await start.integrity.year(2022);
    expect(result).toEqual({ year: 2022, chainBroken: null, pledges: {}, unchecked: null });
    expect(start.counts).toEqual({ records: 0, events: 0, lists: 1 });
  });

  it('signs the list once for 1,000 records signed together (a batch)', async () => {
    const dataDir = await harnesses.tempDir();
    const storage = await createStorage({ dataDir });
    opened.push(storage);
    const real = await createSigningService({ dataDir });
    let listSignatures = 0;
    const signing = Object.assign(Object.create(real) as SigningService, {
      signDocument: (content: string) => {
        if (content.includes('"kind":"pledge-integrity"')) listSignatures += 1;
        return real.signDocument(content);
      },
    });
    const lists = createVerifiedLists({ signing: async () => signing, storage });
    for (let index = 0; index < 1000; index += 1) {
      lists.vouch({ id: `p${String(index).padStart(6, '0')}`, year: 2022, code: `ZI-${index}`, qrPayload: `payload-${index}` });
    }
    await lists.idle();
    expect(listSignatures).toBe(1);
    expect((await storage.open(verifiedSpec(2022))).data.keys).toHaveLength(1000);
    expect((await lists.read(2022)).keys.size).toBe(1000);
  });

  it('verifies every record again when the list is forged, and finds the record edited on disk', async () => {
    const { h, ids } = await folderWithPledges();
    await h.close();
    const [edited] = ids;
    // Someone lists an extra record and edits a name: the list's signature no longer holds.
    await editFile<ListFile>(h.dataDir, 'pledge-integrity/2022', (list) => {
      list.keys.push('0'.repeat(32));
    });
    await editFile<YearFile>(h.dataDir, 'pledges/2022', (year) => {
      for (const pledge of year.pledges) if (pledge.id === edited) pledge.signer.nama = 'Nama Yang Diubah';
    });
    const start = await startOn(h.dataDir);
    const result = await start.integrity.year(2022);
    expect(start.counts.records).toBe(ids.length);
    expect(Object.keys(result.pledges)).toEqual([edited]);
    expect(result.pledges[edited ?? '']).toEqual({ state: 'ISI_BERUBAH', reason: expect.stringMatching(/tidak cocok dengan tanda tangan digitalnya/) });
    // The check wrote a list again, signed, without the forged key and without the edited record.
    await start.storage.close();
    const again = await startOn(h.dataDir);
    expect((await again.integrity.year(2022)).pledges[edited ?? '']?.state).toBe('ISI_BERUBAH');
    expect(again.counts.records).toBe(1);
  });

  it('covers a checked status log with the signed head, and still finds an edited event', async () => {
    const { h, unit, ids } = await folderWithPledges();
    const [first, second] = ids;
    expectOk(await h.call('pledges:revoke', { id: first ?? '', reason: 'Pegawai pindah tugas' }));
    expectOk(await h.call('pledges:revoke', { id: second ?? '', reason: 'Salah tanggal' }));
    // Opening the registry checks the year: both events verified once, the head kept in the list.
    expect(expectOk(await h.call('pledges:registry', { unitId: unit.id, year: 2022 })).integrity.chainBroken).toBeNull();
    await h.close();
    expect((await readList(h.dataDir)).events).toEqual({ seq: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const later = await startOn(h.dataDir);
    expect((await later.integrity.year(2022)).pledges).toEqual({});
    expect(later.counts).toEqual({ records: 0, events: 0, lists: 1 });
    await later.storage.close();

    await editFile<YearFile>(h.dataDir, 'pledges/2022', (year) => {
      const [event] = year.events ?? [];
      if (event) event.details = { reason: 'Alasan lain yang disisipkan' };
    });
    const edited = await startOn(h.dataDir);
    const result = await edited.integrity.year(2022);
    expect(result.chainBroken).toMatch(/ke-1 tahun 2022 telah diubah: tanda tangannya tidak cocok/);
    expect(edited.counts.events).toBe(1);
  });
});

