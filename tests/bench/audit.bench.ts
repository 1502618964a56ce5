/**
 * Audit trail benchmark — `npm run bench -- audit` (or `npx tsx tests/bench/audit.bench.ts [events]`).
 *
 * 1. Verification of a log of `events` events (default 100,000; realistic lines of
 *    worksheets:saveAnswers, 10 segments, head signed with the installation's Ed25519 key), cold: a
 *    new audit service reads the folder and checks every link, the head and its signature.
 *    Goal: 100,000 events ≤ 1 s.
 * 2. Per-save overhead: `worksheets:saveAnswers` (one answer) through the real dispatcher, services
 *    and storage, with the audit hook as shipped and with the hook replaced by a no-op (the
 *    adapter's hash of the written bytes stays). Goal: ≤ 2 ms per save.
 * Figures are printed, never asserted.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createAppDispatcher } from '../../electron/handlers';
import { createAuditService } from '../../electron/services/audit';
import { CHAIN_START, headContent, lineHash } from '../../electron/services/audit/chain';
import { SEGMENT_EVENTS, chainDir, segmentName, writeHead } from '../../electron/services/audit/files';
import { createServices } from '../../electron/services/container';
import { createSigningService, machineKeyProtector } from '../../electron/services/signing';
import type { AuditEvent } from '../../shared/audit';
import type { Unit } from '../../shared/masterdata/schemas';
import type { WorksheetDetail } from '../../shared/worksheets';
import { median, percentile, timed, value } from './support';

async function verification(count: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-audit-'));
  const secretDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-secret-'));
  try {
    const signing = await createSigningService({ dataDir, protector: await machineKeyProtector(secretDir) });
    const id = randomUUID();
    const dir = chainDir(dataDir, id);
    await mkdir(dir, { recursive: true });
    let point = CHAIN_START;
    let segment: string[] = [];
    for (let seq = 1; seq <= count; seq += 1) {
      const year = 2015 + (seq % 10);
      const event: AuditEvent = {
        seq,
        prev: point.hash,
        at: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString(),
        inst: id,
        by: `Pegawai Fiktif ${seq % 7}`,
        kind: 'worksheets:saveAnswers',
        op: 'write',
        doc: `worksheets/unit-${seq % 70}-${year}`,
        summary: { id: `unit-${seq % 70}-${year}`, layer: 'tpi', changes: 1 + (seq % 5) },
        before: lineHash(`b${seq}`),
        after: lineHash(`a${seq}`),
      };
      const line = JSON.stringify(event);
      point = { seq, hash: lineHash(line) };
      segment.push(line);
      if (segment.length === SEGMENT_EVENTS || seq === count) {
        await writeFile(path.join(dir, segmentName(Math.ceil(seq / SEGMENT_EVENTS))), `${segment.join('\n')}\n`);
        segment = [];
      }
    }
    const unsigned = { installationId: id, seq: point.seq, hash: point.hash, at: new Date().toISOString() };
    await writeHead(dir, { ...unsigned, signature: signing.signDocument(headContent(unsigned)).qrPayload, publicKey: signing.exportPublicKey().pem });

    const runs: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const start = performance.now();
      const audit = await createAuditService({
        dataDir,
        installation: { id, label: () => 'Laptop Ketua Tim' },
        currentUser: () => 'Penguji',
        signing: () => Promise.resolve(signing),
        now: () => new Date(),
        unitName: () => undefined,
      });
      // What a start does: open the log, check the head, verify every chain in the background.
      const status = await audit.checked();
      runs.push(performance.now() - start);
      if (status.broken) throw new Error(`chain reported broken: ${status.chains[0]?.reason ?? ''}`);
      await audit.close();
    }
    console.log(`verify ${count.toLocaleString('en')} events (cold, 3 runs): median ${median(runs).toFixed(0)} ms, runs ${runs.map((ms) => ms.toFixed(0)).join(' / ')} ms (goal ≤ 1000 ms for 100,000)`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(secretDir, { recursive: true, force: true });
  }
}

async function saveOverhead(rounds: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-audit-save-'));
  const services = await createServices({ dataDir, host: 'web', version: 'bench' });
  try {
    const dispatch = createAppDispatcher(services);
    value(await dispatch('app:setUserName', { name: 'Penguji Fiktif' }));
    const unit = value<Unit>(
      await dispatch('units:create', { nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda', jenis: 'DINAS_BADAN_KANTOR', kepalaNama: '', kepalaNip: '', kepalaJabatan: '', afirmasi: false }),
    );
    const { worksheet } = value<WorksheetDetail>(await dispatch('worksheets:create', { unitId: unit.id, year: 2022 }));
    const shipped = services.audit.record.bind(services.audit);
    const save = async (round: number): Promise<number> => {
      const input = { id: worksheet.id, layer: 'unit', changes: [{ code: 'A.I.1.i.b', answer: { type: 'ABC', value: round % 2 === 0 ? 'B' : 'C' } }] };
      return (await timed(async () => value(await dispatch('worksheets:saveAnswers', input)))).ms;
    };
    const measure = async (): Promise<number[]> => {
      const samples: number[] = [];
      for (let round = 0; round < rounds; round += 1) samples.push(await save(round));
      return samples;
    };
    await measure(); // warm-up
    const withHook = await measure();
    services.audit.record = () => Promise.resolve();
    const without = await measure();
    services.audit.record = shipped;
    const withAgain = await measure();
    const all = [...withHook, ...withAgain];
    const overhead = median(all) - median(without);
    console.log(`saveAnswers, ${rounds} saves each: with audit median ${median(all).toFixed(2)} ms (p95 ${percentile(all, 0.95).toFixed(2)}), without ${median(without).toFixed(2)} ms (p95 ${percentile(without, 0.95).toFixed(2)})`);
    console.log(`audit overhead per save: ${overhead.toFixed(2)} ms (goal ≤ 2 ms)`);
  } finally {
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  await verification(count);
  await saveOverhead(100);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
