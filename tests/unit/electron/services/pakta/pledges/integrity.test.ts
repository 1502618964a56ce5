import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../../../shared/contract';
import type { Contract } from '../../../../../../shared/contract';
import type { SignatureVerifier } from '../../../../../../electron/services/pakta/bulkVerify';
import { pledgeYearSpec, type PledgeYearDocument, type StoredPledge } from '../../../../../../electron/services/pakta/documents';
import { createPledgeEvents, type PledgeEvent, type PledgeEvents } from '../../../../../../electron/services/pakta/events';
import { appendEvent, checkChain } from '../../../../../../electron/services/pakta/events/chain';
import { checkYear, createIntegrityCache, verifiedSpec } from '../../../../../../electron/services/pakta/pledges/integrity';
import { createVerifiedLists } from '../../../../../../electron/services/pakta/pledges/verifiedList';
import { createPledgeRepository } from '../../../../../../electron/services/pakta/pledges/repository';
import { createSandbox } from '../../../../../../electron/services/sandbox';
import { createSigningService, type SigningService } from '../../../../../../electron/services/signing';
import { createStorage, type Storage } from '../../../../../../electron/services/storage';
import { signedPledges } from './fixtures';
import { INSTITUTION, expectOk, personInput, unitInput, useHarness } from '../../../handlers/harness';

const harnesses = useHarness();
type CreateInput = InputOf<Contract['pledges']['create']>;

interface YearFile {
  pledges: { id: string; code: string; qrPayload: string; textRef: string; signer: { nama: string } }[];
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

/** Four Disdukcapil employees of Kabupaten Serang with a pledge each for 2022, created through the channels; the services closed. */
async function folderWithPledges() {
  const h = await harnesses.open();
  expectOk(await h.call('settings:save', INSTITUTION));
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil' })));
  const people = [
    personInput(unit.id, { nama: 'Rina Contoh Fiktif', nip: '19850312 201001 2 004', golongan: 'III/d' }),
    personInput(unit.id, { nama: 'Budi Fiktif Santoso', nip: '19900101 201503 1 002', golongan: 'III/a' }),
    personInput(unit.id, { nama: 'Sari Fiktif Lestari', nip: '19920715 201801 2 003', golongan: 'III/b' }),
    personInput(unit.id, { nama: 'Agus Fiktif Pratama', nip: '19870404 201001 1 005', golongan: 'III/c' }),
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

const sandbox = createSandbox();
afterAll(() => sandbox.close());

/**
 * A start's integrity check on `dataDir`, counting the signatures it verifies: on main by what they
 * sign (records, events, the list), and the pairs sent to the sandbox's threads.
 */
async function startOn(dataDir: string, options: { worker?: boolean } = {}) {
  const storage = await createStorage({ dataDir });
  opened.push(storage);
  const real = await createSigningService({ dataDir });
  const counts = { records: 0, events: 0, lists: 0, pairs: 0 };
  const verifier: SignatureVerifier = {
    verifySignatures: (batch) => {
      counts.pairs += batch.messages.length;
      return sandbox.verifySignatures(batch);
    },
    startSignatureThreads: () => sandbox.startSignatureThreads(),
  };
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
  const integrity = createIntegrityCache(
    { signing: async () => signing, storage, ...(options.worker === false ? {} : { sandbox: verifier }) },
    createPledgeRepository(storage),
    events,
  );
  return { integrity, counts, storage, signing, events, verifier };
}

describe('the signed list of verified pledges', () => {
  it('lists a pledge created through the service at once: the next start verifies no pledge signature', async () => {
    const { h, ids } = await folderWithPledges();
    await h.close();
    expect((await readList(h.dataDir)).keys).toHaveLength(ids.length);
    const start = await startOn(h.dataDir);
    const result = await start.integrity.year(2022);
    expect(result).toEqual({ year: 2022, chainBroken: null, pledges: {}, unchecked: null });
    expect(start.counts).toEqual({ records: 0, events: 0, lists: 1, pairs: 0 });
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
    // The intact records in the sandbox's threads, the edited one (its hash no longer in its payload) on main.
    expect(start.counts.pairs).toBe(ids.length - 1);
    expect(start.counts.records).toBe(1);
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
    expect(later.counts).toEqual({ records: 0, events: 0, lists: 1, pairs: 0 });
    await later.storage.close();

    await editFile<YearFile>(h.dataDir, 'pledges/2022', (year) => {
      const [event] = year.events ?? [];
      if (event) event.details = { reason: 'Alasan lain yang disisipkan' };
    });
    const edited = await startOn(h.dataDir);
    const result = await edited.integrity.year(2022);
    expect(result.chainBroken).toMatch(/ke-1 tahun 2022 telah diubah: tanda tangannya tidak cocok/);
    // The head no longer matches (the edited entry's hash changed, so the next one's link breaks): the edited one is verified on main and fails.
    expect(edited.counts).toMatchObject({ events: 1, pairs: 0 });
  });
});

describe('signatures verified in the sandbox\'s threads', () => {
  it('give the same result as one verifyCode each on main, for a year with an edited record, a copied code, a missing text, an old key and an edited event', async () => {
    const h = await harnesses.open();
    expectOk(await h.call('settings:save', INSTITUTION));
    const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Perencanaan Pembangunan Daerah', singkatan: 'Bappeda' })));
    const create = async (nama: string, nip: string): Promise<string> => {
      const person = expectOk(await h.call('people:create', personInput(unit.id, { nama, nip })));
      const input: CreateInput = { signer: { source: 'roster', personId: person.id }, year: 2022, date: '2022-06-23', witness: null, signature: { kind: 'basah' } };
      return expectOk(await h.call('pledges:create', input)).id;
    };
    // One pledge and its revocation signed before "Ganti kunci": the installation's retired key.
    const old = await create('Hendra Fiktif Wijaya', '19800101 200501 1 001');
    expectOk(await h.call('pledges:revoke', { id: old, reason: 'Pegawai pindah tugas' }));
    await (await h.services.signing()).rotateKeys();
    const edited = await create('Rina Contoh Fiktif', '19850312 201001 2 004');
    const copied = await create('Budi Fiktif Santoso', '19900101 201503 1 002');
    const source = await create('Sari Fiktif Lestari', '19920715 201801 2 003');
    const textless = await create('Agus Fiktif Pratama', '19870404 201001 1 005');
    const intact = await create('Dewi Fiktif Anggraini', '19880808 201101 2 006');
    expectOk(await h.call('pledges:revoke', { id: intact, reason: 'Salah tanggal' }));
    await h.close();
    await editFile<YearFile>(h.dataDir, 'pledges/2022', (year) => {
      const byId = new Map(year.pledges.map((pledge) => [pledge.id, pledge]));
      const from = byId.get(source);
      const to = byId.get(copied);
      if (from && to) Object.assign(to, { code: from.code, qrPayload: from.qrPayload });
      const named = byId.get(edited);
      if (named) named.signer.nama = 'Nama Yang Diubah';
      // A text key of the right form that names no stored text.
      const lost = byId.get(textless);
      if (lost) lost.textRef = '0'.repeat(lost.textRef.length);
    });
    const results = async () => {
      const outcomes = [];
      for (const worker of [true, false]) {
        const start = await startOn(h.dataDir, { worker });
        const doc = (await start.storage.open(pledgeYearSpec(2022))).data;
        expect(start.storage.notices()).toEqual([]);
        const { verified, ...result } = await checkYear(start.signing, start.events, doc, { verifier: worker ? start.verifier : null });
        outcomes.push({ result, verified: [...verified].sort(), order: Object.keys(result.pledges), counts: start.counts });
        await start.storage.close();
      }
      return outcomes;
    };
    const [inThreads, onMain] = await results();
    expect(inThreads?.result).toEqual(onMain?.result);
    expect(inThreads?.verified).toEqual(onMain?.verified);
    expect(inThreads?.order).toEqual(onMain?.order);
    expect(onMain?.result.chainBroken).toBeNull();
    expect(Object.keys(onMain?.result.pledges ?? {}).sort()).toEqual([edited, copied, textless].sort());
    expect(onMain?.result.pledges[edited]?.reason).toMatch(/tidak cocok dengan tanda tangan digitalnya/);
    expect(onMain?.result.pledges[copied]?.reason).toMatch(/milik pakta lain/);
    expect(onMain?.result.pledges[textless]?.reason).toMatch(/tidak ditemukan/);
    // In the threads: the intact records and the revocation of the current key. On main: the damaged
    // records, the retired key's record and event (the record without its text needs no signature).
    expect(inThreads?.counts).toMatchObject({ pairs: 3, records: 3, events: 1 });
    expect(onMain?.counts).toMatchObject({ pairs: 0, records: 5, events: 2 });

    await editFile<YearFile>(h.dataDir, 'pledges/2022', (year) => {
      const last = year.events?.at(-1);
      if (last) last.details = { reason: 'Alasan lain yang disisipkan' };
    });
    const [brokenInThreads, brokenOnMain] = await results();
    expect(brokenInThreads?.result).toEqual(brokenOnMain?.result);
    expect(brokenOnMain?.result.chainBroken).toMatch(/ke-2 tahun 2022 telah diubah/);

    // A deleted event: the link of the one after it breaks, in the threads as on main.
    await editFile<YearFile>(h.dataDir, 'pledges/2022', (year) => {
      year.events?.splice(0, 1);
    });
    const [deletedInThreads, deletedOnMain] = await results();
    expect(deletedInThreads?.result).toEqual(deletedOnMain?.result);
    expect(deletedOnMain?.result.chainBroken).toMatch(/ke-1 tahun 2022 hilang, tertukar urutannya, atau disisipkan/);
  });

  it('give the same result as on main when the pairs stream in many jobs to several threads (1,200 records, damage in every job)', async () => {
    const dataDir = await harnesses.tempDir();
    const signing = await createSigningService({ dataDir });
    const { text, textRef, pledges } = signedPledges(signing, 2022, 1_200);
    const events: PledgeEvent[] = [];
    for (const pledge of pledges.filter((_, index) => index % 40 === 0)) {
      pledge.revoked = { at: '2022-07-01T01:00:00.000Z', by: 'uji', reason: 'Pegawai pindah tugas' };
      appendEvent(signing, 2022, events, { at: '2022-07-01T01:00:00.000Z', by: 'uji', kind: 'revoked', pledgeId: pledge.id, details: { reason: 'Pegawai pindah tugas' } });
    }
    const at = (index: number): StoredPledge => {
      const found = pledges[index];
      if (!found) throw new Error(`no pledge ${index}`);
      return found;
    };
    // Damage in the first, second and third job of 500 pairs: an edited name, a copied code, a
    // signature taken from another record (the one pair that reaches a thread and fails there), a missing text.
    at(120).signer = { ...at(120).signer, nama: 'Nama Yang Diubah' };
    Object.assign(at(777), { code: at(778).code, qrPayload: at(778).qrPayload });
    const [prefix, docId, sha256, , fingerprint] = at(900).qrPayload.split('.');
    at(900).qrPayload = [prefix, docId, sha256, at(901).qrPayload.split('.')[3], fingerprint].join('.');
    at(1_150).textRef = '0'.repeat(64);
    const doc = (changedEvents: PledgeEvent[]): PledgeYearDocument => ({ year: 2022, texts: { [textRef]: text }, pledges, events: changedEvents });
    const onDoc = (year: PledgeYearDocument): PledgeEvents => ({
      ensure: async () => undefined,
      append: () => {
        throw new Error('not in this test');
      },
      check: async (value, options) => checkChain(signing, value, year.events ?? [], year.pledges, options),
    });
    let jobs = 0;
    const threads = createSandbox({ signatureThreads: 3 });
    const verifier: SignatureVerifier = {
      verifySignatures: (batch) => {
        jobs += 1;
        return threads.verifySignatures(batch);
      },
      startSignatureThreads: () => threads.startSignatureThreads(),
    };
    try {
      verifier.startSignatureThreads();
      const edited = events.map((event, index) => (index === 20 ? { ...event, details: { reason: 'Alasan lain yang disisipkan' } } : event));
      const deleted = events.filter((_, index) => index !== 10);
      for (const [changed, broken] of [
        [events, null],
        [edited, /ke-21 tahun 2022 telah diubah/],
        [deleted, /ke-11 tahun 2022 hilang/],
      ] as const) {
        const year = doc(changed);
        jobs = 0;
        const inThreads = await checkYear(signing, onDoc(year), year, { verifier });
        // Pledges in three jobs, log entries in one: the pairs streamed as they were prepared.
        expect(jobs).toBeGreaterThanOrEqual(3);
        const onMain = await checkYear(signing, onDoc(year), year, { verifier: null });
        expect(inThreads).toEqual(onMain);
        expect(Object.keys(onMain.pledges).slice(0, 4)).toEqual([at(120).id, at(777).id, at(900).id, at(1_150).id]);
        if (broken) expect(onMain.chainBroken).toMatch(broken);
        else expect(onMain.chainBroken).toBeNull();
      }
    } finally {
      await threads.close();
    }
  });
});
