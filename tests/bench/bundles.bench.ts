/**
 * Bundles benchmark: how long do sending one year of 70 units, previewing it on a laptop holding
 * 10 years, and applying it take?
 *
 *   npm run bench -- bundles
 *
 * Sender: 70 units, the year 2025 answered on the Unit and TPI layers with a note per item.
 * Receiver: the same 70 units × 10 years (2016–2025) answered on the Unit layer only, written
 * before change stamps existed (so the preview also gives every record its base stamp). Through
 * the real dispatcher: `bundles:export` (stamps → JSON → zip → signature → read back), `bundles:preview`
 * (sandbox checks → signature → merge of every worksheet), `bundles:apply`. Figures are printed
 * (wall and CPU time, with the load average), never asserted; the targets are export ≤ 5 s,
 * preview ≤ 3 s, apply ≤ 5 s.
 */
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleApplyResult, BundleExportStatus, BundlePreview } from '../../shared/bundles';
import type { WorksheetDetail } from '../../shared/worksheets';
import { addBenchUnits, cloneWorksheets, openApp, templateAnswers, type BenchApp } from './app';
import { timed, value } from './support';

const UNITS = 70;
const YEAR = 2025;
const FIRST_YEAR = 2016;

async function seeded(base: string, name: string, firstYear: number, layers: 'unit' | 'both'): Promise<string> {
  const dataDir = await fsp.mkdtemp(path.join(base, `zi-desk-bench-bundles-${name}-`));
  const setup = await openApp(dataDir);
  const units = await addBenchUnits(setup, UNITS);
  const changes = templateAnswers().best.map(([code, answer]) => ({ code, answer, note: 'Bukti dukung lengkap.' }));
  const seed = value<WorksheetDetail>(await setup.dispatch('worksheets:create', { unitId: units[0]?.id ?? '', year: YEAR }));
  let detail = value<WorksheetDetail>(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'unit', changes }));
  if (layers === 'both') detail = value<WorksheetDetail>(await setup.dispatch('worksheets:saveAnswers', { id: seed.worksheet.id, layer: 'tpi', changes }));
  await setup.services.close();
  await cloneWorksheets(dataDir, units, firstYear, YEAR, () => detail.worksheet);
  return dataDir;
}

async function exportYear(app: BenchApp, destination: string): Promise<BundleExportStatus> {
  const { jobId } = value<{ jobId: string }>(await app.dispatch('bundles:export', { destination, years: [YEAR], unitIds: [], kinds: ['worksheets', 'master'] }));
  for (;;) {
    const status = value<BundleExportStatus>(await app.dispatch('bundles:exportStatus', { jobId }));
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A step's wall time and the CPU time the whole process (main thread and workers) spent in it:
 * on a shared, loaded machine the wall time mostly measures waiting for a core, the CPU time the
 * work itself.
 */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const { ms, value: result } = await timed(work);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value: result };
}

async function main(): Promise<void> {
  const base = await fsp.mkdtemp(path.join(process.env.ZI_DESK_BENCH_DIR ?? os.tmpdir(), 'zi-desk-bench-bundles-'));
  try {
    const senderDir = await seeded(base, 'sender', YEAR, 'both');
    const receiverDir = await seeded(base, 'receiver', FIRST_YEAR, 'unit');
    const sender = await openApp(senderDir);
    const receiver = await openApp(receiverDir);
    const out = path.join(base, 'out');
    const exported = await measured(() => exportYear(sender, out));
    const result = exported.value.result;
    if (result === null) throw new Error(exported.value.error ?? 'export failed');
    // The process's parsing sandbox starts with its first job (under tsx its worker compiles its
    // TypeScript; the built app starts a bundle): measured apart, so the preview rows are the
    // preview's own work. The export reads its small bundle back without the sandbox.
    const sandboxStart = await measured(async () => receiver.services.sandbox.readBundle(new Uint8Array(64)).catch(() => null));
    const previewed = await measured(async () => value<BundlePreview>(await receiver.dispatch('bundles:preview', { path: result.file })));
    const applied = await measured(async () => value<BundleApplyResult>(await receiver.dispatch('bundles:apply', { previewId: previewed.value.previewId, resolutions: {} })));
    const again = await measured(async () => value<BundlePreview>(await receiver.dispatch('bundles:preview', { path: result.file })));
    const load = os.loadavg().map((n) => n.toFixed(1)).join(' / ');
    console.log(`load average (1 / 5 / 15 min): ${load} on ${os.cpus().length} cores`);
    console.table([
      { step: `export ${result.worksheets} worksheets of ${YEAR} (${(result.sizeBytes / 1024 / 1024).toFixed(1)} MB .zidesk)`, ms: Math.round(exported.ms), cpuMs: Math.round(exported.cpuMs), goalMs: 5_000 },
      { step: 'start the parsing sandbox (first job of the process)', ms: Math.round(sandboxStart.ms), cpuMs: Math.round(sandboxStart.cpuMs), goalMs: '' },
      { step: `preview into ${UNITS} units × 10 years (${previewed.value.counts.newRecords} new, ${previewed.value.counts.updates} changed, ${previewed.value.counts.conflicts} conflicts)`, ms: Math.round(previewed.ms), cpuMs: Math.round(previewed.cpuMs), goalMs: 3_000 },
      { step: `apply (${applied.value.worksheetsChanged} worksheets, ${applied.value.recordsChanged} records)`, ms: Math.round(applied.ms), cpuMs: Math.round(applied.cpuMs), goalMs: 5_000 },
      { step: `preview the same bundle again (${again.value.counts.newRecords + again.value.counts.updates} changes)`, ms: Math.round(again.ms), cpuMs: Math.round(again.cpuMs), goalMs: 3_000 },
    ]);
    await sender.services.close();
    await receiver.services.close();
  } finally {
    await fsp.rm(base, { recursive: true, force: true });
  }
}

await main();
