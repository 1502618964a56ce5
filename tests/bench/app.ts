import type { Unit } from '../../shared/masterdata/schemas';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppDispatcher, type Dispatch } from '../../electron/handlers';
import { createServices, type Services } from '../../electron/services/container';
import { getTemplate, type Answer } from '../../shared/lke';
import type { Worksheet, WorksheetDetail } from '../../shared/worksheets';
import { uniformAnswers } from '../unit/shared/lke/fixtures';

/**
 * The app as the benchmarks drive it: every service over a data folder, composed as the web host
 * does, and the dispatcher the channels go through.
 */
export interface BenchApp {
  services: Services;
  dispatch: Dispatch;
}

/**
 * Opens the services and the dispatcher over `dataDir` (close with `services.close()`). `asHosts`:
 * as the Electron window and the web host open them (interactive, the start's background work a
 * second later), for figures of what a person meets right after start.
 */
export async function openApp(dataDir: string, options: { asHosts?: boolean } = {}): Promise<BenchApp> {
  const services = await createServices({ dataDir, host: 'web', version: 'bench', ...(options.asHosts ? { interactive: true, warmUpAfterMs: 1000 } : {}) });
  return { services, dispatch: createAppDispatcher(services) };
}

/** {@link openApp} over a fresh temporary folder; `close()` closes the services and deletes the folder. */
export async function openTempApp(prefix: string): Promise<BenchApp & { dir: string; close: () => Promise<void> }> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  const app = await openApp(dir);
  return {
    ...app,
    dir,
    close: async () => {
      await app.services.close();
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The best and the worst answer of every item of the current LKE template, as `[code, answer]` pairs in template order. */
export function templateAnswers(): { best: [string, Answer][]; worst: [string, Answer][] } {
  const template = getTemplate('lke-zi-90-2021-5-2024');
  if (!template.ok) throw new Error(template.error.message);
  return { best: Object.entries(uniformAnswers(template.value, 'best')), worst: Object.entries(uniformAnswers(template.value, 'worst')) };
}

/** An answer change as `worksheets:saveAnswers` takes it. */
export interface AnswerChange {
  code: string;
  answer: Answer;
  note?: string;
}

/** Creates the unit's worksheet for `year` and saves the Unit and TPI answers; returns its id. */
export async function answeredWorksheet(dispatch: Dispatch, unitId: string, year: number, answers: { unit: AnswerChange[]; tpi: AnswerChange[] }): Promise<string> {
  const created = await dispatch('worksheets:create', { unitId, year });
  if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
  const { id } = (created.value as WorksheetDetail).worksheet;
  for (const layer of ['unit', 'tpi'] as const) {
    const saved = await dispatch('worksheets:saveAnswers', { id, layer, changes: answers[layer] });
    if (!saved.ok) throw new Error(`${saved.error.code}: ${saved.error.message}`);
  }
  return id;
}

/** `count` synthetic units (`bench-unit-000` …), one in five with afirmasi, as the archive benchmarks use. */
export function benchUnits(count: number, now: string = new Date().toISOString()): Unit[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-unit-${String(index).padStart(3, '0')}`,
    nama: `Unit Kerja ${index + 1}`,
    singkatan: `U${index + 1}`,
    jenis: 'DINAS_BADAN_KANTOR' as const,
    kepalaNama: '',
    kepalaNip: '',
    kepalaJabatan: '',
    afirmasi: index % 5 === 0,
    aktif: true,
    dibuat: now,
    diubah: now,
  }));
}

/** Adds {@link benchUnits} after the units already in the master data (e.g. the demo's); returns them. */
export async function addBenchUnits(app: BenchApp, count: number): Promise<Unit[]> {
  const master = app.services.master.data();
  const units = benchUnits(count, new Date().toISOString());
  await app.services.master.replaceAll({ ...master, units: [...master.units, ...units] });
  return units;
}

/**
 * Writes each unit's worksheet for every year from `firstYear` to `lastYear` as a copy of
 * `source(year)`, straight into `<dataDir>/worksheets/` (services closed); returns the bytes written.
 */
export async function cloneWorksheets(dataDir: string, units: readonly Unit[], firstYear: number, lastYear: number, source: (year: number) => Worksheet): Promise<number> {
  let bytes = 0;
  for (const unit of units) {
    for (let year = firstYear; year <= lastYear; year += 1) {
      const id = `${unit.id}-${year}`;
      const text = JSON.stringify({ schemaVersion: 1, data: { worksheet: { ...source(year), id, unitId: unit.id, unitName: unit.nama, year } } });
      bytes += text.length;
      await fsp.writeFile(path.join(dataDir, 'worksheets', `${id}.json`), text);
    }
  }
  return bytes;
}
