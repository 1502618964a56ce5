/**
 * Start-up integrity check benchmark — `npm run bench -- integrity` (or `npx tsx tests/bench/integrity.bench.ts [count]`).
 *
 * One year of `count` pledges (fictional people of Pemerintah Kabupaten Serang, one shared text,
 * each signed by the installation's code key) with a signed status log of `count / 10`
 * revocations, written through the real storage; then the check the app runs in the background at
 * start (every record's content against its code and signature, the log's links and signatures,
 * every status against the log), cold: a new storage and service read the folder again — once as
 * the first start after the upgrade (every Ed25519 signature verified) and once as a later start
 * (records verified before are covered by one signed list).
 * Goal: 10,000 records ≤ 1 s. Figures are printed, never asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalPledgeContent } from '../../shared/pakta/canonical';
import { PAKTA_ASN_V1, renderTemplateText } from '../../shared/pakta/templates';
import { pledgeYearSpec, type StoredPledge } from '../../electron/services/pakta/documents';
import { createPledgeEvents } from '../../electron/services/pakta/events';
import { createIntegrityCache } from '../../electron/services/pakta/pledges/integrity';
import { textKey, toPledgeRecord } from '../../electron/services/pakta/pledges/records';
import { createPledgeRepository } from '../../electron/services/pakta/pledges/repository';
import { createSigningService, machineKeyProtector, type SigningService } from '../../electron/services/signing';
import { createStorage } from '../../electron/services/storage';
import { timed } from './support';

const YEAR = 2026;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-integrity-'));
  const secretDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-secret-'));
  try {
    const protector = await machineKeyProtector(secretDir);
    const signing = await createSigningService({ dataDir, protector });
    const text = renderTemplateText(PAKTA_ASN_V1, { instansi: 'Pemerintah Kabupaten Serang', tahun: YEAR });
    const textRef = textKey(text);
    const pledges: StoredPledge[] = [];
    for (let index = 0; index < count; index += 1) {
      const id = `p${index.toString(16).padStart(16, '0')}`;
      const base: StoredPledge = {
        id,
        year: YEAR,
        place: 'Serang',
        date: `${YEAR}-01-15`,
        textRef,
        signer: {
          nama: `Pegawai Fiktif ${index}`,
          jenisAsn: 'PNS',
          nip: `19900101201501${String(1000 + (index % 9000)).padStart(4, '0')}`,
          pangkat: 'Penata',
          golongan: 'III/c',
          jabatan: 'Analis Kebijakan',
          unitKerja: 'Dinas Kependudukan dan Pencatatan Sipil',
          instansi: 'Pemerintah Kabupaten Serang',
        },
        witness: null,
        signature: { kind: 'wet', imageSha256: null },
        personId: null,
        unitId: null,
        code: '',
        qrPayload: '',
        createdAt: new Date().toISOString(),
        createdBy: 'bench',
        printed: [],
        wetSignedAt: null,
        scan: null,
        revoked: null,
      };
      const signed = signing.signDocument(canonicalPledgeContent(toPledgeRecord(base, text)));
      pledges.push({ ...base, code: signed.code, qrPayload: signed.qrPayload });
    }
    const storage = await createStorage({ dataDir });
    const events = createPledgeEvents({ storage, signing: async () => signing, now: () => new Date() });
    await events.ensure(YEAR);
    const doc = await storage.open(pledgeYearSpec(YEAR));
    await doc.update((draft) => {
      draft.texts[textRef] = text;
      draft.pledges = pledges;
      for (const pledge of draft.pledges.filter((_, index) => index % 10 === 0)) {
        pledge.revoked = { at: new Date().toISOString(), by: 'bench', reason: 'Pegawai pindah tugas' };
        events.append(signing, draft, pledge, { kind: 'revoked', by: 'bench', details: { reason: 'Pegawai pindah tugas' } });
      }
    });
    await storage.close();

    // Cold: what a start does — the first start after the upgrade (every signature verified), then a later one (the signed list of verified records).
    const coldCheck = async () => {
      const cold = await createStorage({ dataDir });
      const coldSigning: SigningService = await createSigningService({ dataDir, protector });
      const repo = createPledgeRepository(cold);
      const integrity = createIntegrityCache({ signing: async () => coldSigning, storage: cold }, repo, createPledgeEvents({ storage: cold, signing: async () => coldSigning, now: () => new Date() }));
      const first = await timed(() => integrity.all());
      const cached = await timed(() => integrity.year(YEAR));
      await cold.close();
      const damaged = first.value.reduce((sum, year) => sum + Object.keys(year.pledges).length + (year.chainBroken ? 1 : 0), 0);
      return { ms: first.ms, cachedMs: cached.ms, damaged };
    };
    const upgrade = await coldCheck();
    const later = await coldCheck();
    console.table([
      { step: `first start: ${count} records + ${count / 10} events, every signature`, ms: Math.round(upgrade.ms), goal: '—', damaged: upgrade.damaged },
      { step: `later start: ${count} records + ${count / 10} events`, ms: Math.round(later.ms), goal: '≤ 1000 ms (10,000)', damaged: later.damaged },
      { step: 'registry read of the cached result', ms: Number(later.cachedMs.toFixed(2)), goal: '—', damaged: later.damaged },
    ]);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(secretDir, { recursive: true, force: true });
  }
}

void main();
