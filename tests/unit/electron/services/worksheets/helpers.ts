import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Answer } from '../../../../../shared/lke';
import type { AnswerChange, AnswerLayer, WorksheetDetail } from '../../../../../shared/worksheets';
import { expectOk, unitInput, type Harness, type useHarness } from '../../handlers/harness';
import { shippedTemplate, uniformAnswers } from '../../../shared/lke/fixtures';

export { expectFail, expectOk, useHarness, type Harness } from '../../handlers/harness';
export { shippedTemplate, uniformAnswers, choice } from '../../../shared/lke/fixtures';

/** Item codes used across the worksheet tests (shipped template lke-zi-90-2021-5-2024). */
export const CODES = {
  yaTidak: 'A.I.1.i.a',
  abc: 'A.I.1.i.b',
  abcd: 'A.I.1.iii.a',
  abcde: 'A.I.2.i.b',
  /** Disciplinary-case computed item and its two counts (last year, this year). */
  disiplin: 'A.II.3.iii.a',
  disiplinLastYear: 'A.II.3.iii.a.1',
  disiplinThisYear: 'A.II.3.iii.a.2',
  ratio: 'A.II.1.i.a',
  count: 'A.II.1.i.a.1',
  ipak: 'B.I.a',
  capaian: 'B.I.b',
  ipkp: 'B.II.a',
} as const;

/** A harness with one active unit already created. */
export async function openWithUnit(
  harnesses: ReturnType<typeof useHarness>,
  dataDir?: string,
): Promise<{ h: Harness; unitId: string }> {
  const h = await harnesses.open(dataDir);
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil', afirmasi: true })));
  return { h, unitId: unit.id };
}

/** Creates a worksheet through the channel and returns it. */
export async function createWorksheet(h: Harness, unitId: string, year = 2022, carryOver?: boolean): Promise<WorksheetDetail> {
  return expectOk(await h.call('worksheets:create', carryOver === undefined ? { unitId, year } : { unitId, year, carryOver }));
}

/** Every entered item of the template answered uniformly, as saveAnswers changes (≤ 200). */
export function allChanges(level: 'best' | 'worst' = 'best'): AnswerChange[] {
  return Object.entries(uniformAnswers(shippedTemplate(), level)).map(([code, answer]) => ({ code, answer }));
}

/** The answers of `allChanges(level)` as a record, for scoreWorksheet. */
export function allAnswers(level: 'best' | 'worst' = 'best'): Record<string, Answer> {
  return uniformAnswers(shippedTemplate(), level);
}

/** Saves changes on a layer and returns the detail. */
export async function save(h: Harness, id: string, layer: AnswerLayer, changes: AnswerChange[]): Promise<WorksheetDetail> {
  return expectOk(await h.call('worksheets:saveAnswers', { id, layer, changes }));
}

/** Bytes of a worksheet document on disk (null when absent). */
export async function worksheetFile(dataDir: string, id: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(path.join(dataDir, 'worksheets', `${id}.json`));
  } catch {
    return null;
  }
}

/** Bytes of every top-level document and worksheet document (not backups), for "nothing changed" checks. */
export async function documentFiles(dataDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const read = async (folder: string): Promise<void> => {
    let entries: string[];
    try {
      entries = await fsp.readdir(path.join(dataDir, folder));
    } catch {
      return;
    }
    for (const entry of entries.sort()) {
      if (!entry.endsWith('.json') && !entry.endsWith('.json.bak')) continue;
      const file = path.join(dataDir, folder, entry);
      if ((await fsp.stat(file)).isFile()) files.set(path.join(folder, entry), (await fsp.readFile(file)).toString('base64'));
    }
  };
  await read('');
  await read('worksheets');
  return files;
}
