/**
 * Backups benchmark: how long do a full archive and a full restore take on a 10-year archive?
 *
 *   npx tsx tests/bench/backups.bench.ts          (ZI_DESK_BENCH_DIR=<folder> to bench another disk)
 *
 * Builds the archive of the other benchmarks — the demo people, 70 units × 10 years of answered
 * worksheets (Unit answers with a short note each, the latest year also TPI's: about 31 MB of JSON) — plus 40 attachments of
 * 250 KB of incompressible bytes (scans), then through the real dispatcher: a manual snapshot, an
 * archive export (snapshot → zip → read back with every checksum), a restore from that archive
 * (check + extract + preview, then before-restore snapshot + swap + reload) and a restore from a
 * snapshot. Figures are printed, never asserted; the targets are archive ≤ 5 s and restore ≤ 5 s.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportJobStatus, RestorePreview, SnapshotView } from '../../shared/backups';
import type { WorksheetDetail } from '../../shared/worksheets';
import { addBenchUnits, cloneWorksheets, openApp, templateAnswers, type BenchApp } from './app';
import { runIfMain, timed, value } from './support';

const UNITS = 70;
const YEARS = 10;
const FIRST_YEAR = 2016;
const BLOBS = 40;
const BLOB_BYTES = 250 * 1024;
const GOAL_MS = 5_000;

async function buildArchive(base: string): Promise<{ dataDir: string; jsonBytes: number; unitId: string }> {
  const dataDir = await fsp.mkdtemp(path.join(base, 'zi-desk-bench-backups-'));
  const setup = await openApp(dataDir);
  value(await setup.dispatch('demo:load', {}));
  const units = await addBenchUnits(setup, UNITS);
  const changes = templateAnswers().best.map(([code, answer]) => ({ code, answer }));
  const noted = changes.map((change) => ({ ...change, note: 'Bukti dukung lengkap.' }));
  const seed = value<WorksheetDetail>(await setup.dispatch('worksheets:create', { unitId: units[0]?.id ?? '', year: FIRST_YEAR }));
  value(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'unit', changes: noted }));
  // Every tenth year-file also carries the TPI layer: about 31 MB of JSON in all.
  const unitOnly = value<WorksheetDetail>(await setup.dispatch('worksheets:get', { id: seed.worksheet.id }));
  const full = value<WorksheetDetail>(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'tpi', changes }));
  for (let n = 0; n < BLOBS; n += 1) await setup.services.blobs.put(randomBytes(BLOB_BYTES));
  await setup.services.close();
  const lastYear = FIRST_YEAR + YEARS - 1;
  await cloneWorksheets(dataDir, units, FIRST_YEAR, lastYear, (year) => (year === lastYear ? full : unitOnly).worksheet);
  let jsonBytes = 0;
  for (const entry of await fsp.readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json') && !entry.parentPath.includes(`${path.sep}backups`)) {
      jsonBytes += (await fsp.stat(path.join(entry.parentPath, entry.name))).size;
    }
  }
  return { dataDir, jsonBytes, unitId: units[0]?.id ?? '' };
}

async function exportArchive(app: BenchApp, destination: string): Promise<{ status: ExportJobStatus; phases: Record<string, number> }> {
  const started = performance.now();
  const { jobId } = value<{ jobId: string }>(await app.dispatch('backups:exportArchive', { destination }));
  const phases: Record<string, number> = {};
  let phase = 'snapshot';
  for (;;) {
    const status = value<ExportJobStatus>(await app.dispatch('backups:exportStatus', { jobId }));
    if (status.phase !== phase) {
      phases[phase] = performance.now() - started - Object.values(phases).reduce((a, b) => a + b, 0);
      phase = status.phase;
    }
    if (status.state === 'failed') throw new Error(status.error ?? 'export failed');
    if (status.state === 'done') return { status, phases };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function run(): Promise<Record<string, number>> {
  const base = process.env.ZI_DESK_BENCH_DIR ?? os.tmpdir();
  const { dataDir, jsonBytes, unitId } = await buildArchive(base);
  const out = await fsp.mkdtemp(path.join(base, 'zi-desk-bench-usb-'));
  try {
    const app = await openApp(dataDir);
    const snapshot = await timed(() => app.dispatch('backups:create', {}));
    const view = value<SnapshotView>(snapshot.value);
    const exported = await timed(() => exportArchive(app, out));
    const archive = exported.value.status.result;
    if (archive === null) throw new Error('no archive');

    // A change to undo, then the archive back.
    value(await app.dispatch('units:setActive', { id: unitId, aktif: false }));
    const preview = await timed(async () => value<RestorePreview>(await app.dispatch('backups:previewArchive', { path: archive.file })));
    if (preview.value.source.type !== 'archive') throw new Error('archive preview expected');
    const importId = preview.value.source.importId;
    const restore = await timed(async () => value(await app.dispatch('backups:restore', { importId })));
    const fromSnapshot = await timed(async () => value(await app.dispatch('backups:restore', { snapshotId: view.id })));
    const undo = await timed(async () => value(await app.dispatch('backups:undoRestore', {})));
    await app.services.close();

    const mb = (bytes: number): number => Number((bytes / 1024 ** 2).toFixed(1));
    const ms = (value: number): number => Math.round(value);
    const restoreArchiveMs = preview.ms + restore.ms;
    console.log(
      `archive: ${mb(jsonBytes)} MB of JSON in ${view.counts.worksheets} worksheets, ${view.counts.people} people, ${view.counts.units} units; ` +
        `${view.counts.blobs} attachments (${mb(BLOBS * BLOB_BYTES)} MB); snapshot ${mb(view.sizeBytes)} MB; zip ${mb(archive.sizeBytes)} MB`,
    );
    console.table([
      { step: 'Buat cadangan sekarang (manual snapshot: links + SHA-256 + counts)', ms: ms(snapshot.ms), goal: '—' },
      {
        step: `export archive: snapshot ${ms(exported.value.phases.snapshot ?? 0)} + zip ${ms(exported.value.phases.write ?? 0)} + read back and verify ${ms(exported.value.phases.verify ?? 0)} ms`,
        ms: ms(exported.ms),
        goal: exported.ms <= GOAL_MS ? `≤ ${GOAL_MS}: met` : `≤ ${GOAL_MS}: NOT met`,
      },
      { step: `restore from the archive: check + extract + preview ${ms(preview.ms)} + restore ${ms(restore.ms)} ms`, ms: ms(restoreArchiveMs), goal: restoreArchiveMs <= GOAL_MS ? `≤ ${GOAL_MS}: met` : `≤ ${GOAL_MS}: NOT met` },
      { step: 'restore from a snapshot (verify + before-restore snapshot + swap + reload)', ms: ms(fromSnapshot.ms), goal: fromSnapshot.ms <= GOAL_MS ? `≤ ${GOAL_MS}: met` : `≤ ${GOAL_MS}: NOT met` },
      { step: 'Batalkan pemulihan', ms: ms(undo.ms), goal: '—' },
    ]);
    return { snapshotMs: snapshot.ms, exportMs: exported.ms, restoreArchiveMs, restoreSnapshotMs: fromSnapshot.ms, undoMs: undo.ms, jsonBytes, zipBytes: archive.sizeBytes };
  } finally {
    await fsp.rm(dataDir, { recursive: true, force: true });
    await fsp.rm(out, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, async () => {
  await run();
});
