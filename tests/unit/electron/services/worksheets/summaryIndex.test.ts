import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryIndexFile } from '../../../../../electron/services/worksheets/summaryIndex';
import type { WorksheetSummary } from '../../../../../shared/worksheets';
import { unitInput } from '../../handlers/harness';
import { CODES, allChanges, createWorksheet, expectOk, openWithUnit, save, useHarness, type Harness } from './helpers';

/**
 * The derived score index behind a cold `worksheets:list`: used while a worksheet's file is the same,
 * recomputed from the worksheet when the file, the unit or the index changed, rebuilt when missing.
 */

const harnesses = useHarness();

interface IndexOnDisk {
  entries: Record<string, { summary: WorksheetSummary }>;
}

const readIndex = async (dataDir: string): Promise<IndexOnDisk> => JSON.parse(await fsp.readFile(summaryIndexFile(dataDir), 'utf8')) as IndexOnDisk;

async function listed(h: Harness, id: string): Promise<WorksheetSummary> {
  const summary = expectOk(await h.call('worksheets:list', {})).worksheets.find((row) => row.id === id);
  if (!summary) throw new Error(`${id} not listed`);
  return summary;
}

/** An archive of two worksheets, then a cold list of it (which writes the index), closed. */
async function archive(): Promise<{ dataDir: string; id: string; other: string; total: number }> {
  const { h, unitId } = await openWithUnit(harnesses);
  const { worksheet } = await createWorksheet(h, unitId, 2022);
  await save(h, worksheet.id, 'unit', allChanges('best'));
  const other = (await createWorksheet(h, unitId, 2023)).worksheet.id;
  await h.close();
  // Worksheets opened in a run are summarised from memory; the next start's cold list indexes them.
  const cold = await harnesses.open(h.dataDir);
  const total = (await listed(cold, worksheet.id)).layers.unit.totals.total;
  await cold.close();
  return { dataDir: h.dataDir, id: worksheet.id, other, total };
}

/** Marks the indexed summary of `id` so a list that used the index shows it. */
async function markIndexed(dataDir: string, id: string): Promise<void> {
  const index = await readIndex(dataDir);
  const entry = index.entries[id];
  if (!entry) throw new Error(`${id} not indexed`);
  entry.summary.updatedAt = 'DARI-INDEKS';
  await fsp.writeFile(summaryIndexFile(dataDir), JSON.stringify(index));
}

describe('worksheet summary index', () => {
  it('is written by a cold list of every year, with one entry per worksheet', async () => {
    const { dataDir, id, other } = await archive();
    expect(Object.keys((await readIndex(dataDir)).entries).sort()).toEqual([id, other].sort());
  });

  it('answers a cold list while the worksheet file is unchanged', async () => {
    const { dataDir, id } = await archive();
    await markIndexed(dataDir, id);
    const h = await harnesses.open(dataDir);
    expect((await listed(h, id)).updatedAt).toBe('DARI-INDEKS');
  });

  it('recomputes a worksheet whose file was rewritten, even with the same bytes', async () => {
    const { dataDir, id, total } = await archive();
    await markIndexed(dataDir, id);
    const file = path.join(dataDir, 'worksheets', `${id}.json`);
    const bytes = await fsp.readFile(file);
    await fsp.rm(file);
    await fsp.writeFile(file, bytes);
    const h = await harnesses.open(dataDir);
    const summary = await listed(h, id);
    expect(summary.updatedAt).not.toBe('DARI-INDEKS');
    expect(summary.layers.unit.totals.total).toBe(total);
  });

  it('shows an answer saved in this run, and the next cold list sees it too', async () => {
    const { dataDir, id } = await archive();
    const h = await harnesses.open(dataDir);
    await listed(h, id);
    await save(h, id, 'unit', [{ code: CODES.yaTidak, answer: { type: 'YA_TIDAK', value: 'Tidak' } }]);
    const changed = (await listed(h, id)).layers.unit.totals.total;
    await h.close();
    const again = await harnesses.open(dataDir);
    expect((await listed(again, id)).layers.unit.totals.total).toBe(changed);
  });

  it('records a worksheet created and saved in this run at save time: the next cold list reads it from the index', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const saved = await save(h, worksheet.id, 'unit', allChanges('best'));
    // No list in this run: the entry comes from the save itself.
    await h.close();
    expect((await readIndex(h.dataDir)).entries[worksheet.id]?.summary.layers.unit.totals.total).toBe(saved.summary.layers.unit.totals.total);
    await markIndexed(h.dataDir, worksheet.id);
    const cold = await harnesses.open(h.dataDir);
    const summary = await listed(cold, worksheet.id);
    expect(summary.updatedAt).toBe('DARI-INDEKS');
    expect(summary.layers.unit.totals.total).toBe(saved.summary.layers.unit.totals.total);
  });

  it('records, of saves that overlap, the entry of the file the last one left', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const [, last] = await Promise.all([
      save(h, worksheet.id, 'unit', allChanges('best')),
      save(h, worksheet.id, 'unit', [{ code: CODES.yaTidak, answer: { type: 'YA_TIDAK', value: 'Tidak' } }]),
    ]);
    await h.close();
    const entry = (await readIndex(h.dataDir)).entries[worksheet.id];
    expect(entry?.summary.layers.unit.totals.total).toBe(last.summary.layers.unit.totals.total);
    expect(entry?.summary.updatedAt).toBe(last.summary.updatedAt);
    // The next start uses it: the stamp is the one of the file on disk.
    await markIndexed(h.dataDir, worksheet.id);
    const cold = await harnesses.open(h.dataDir);
    expect((await listed(cold, worksheet.id)).updatedAt).toBe('DARI-INDEKS');
  });

  it('recomputes when the unit changed in master data', async () => {
    const { dataDir, id } = await archive();
    const h = await harnesses.open(dataDir);
    const unitId = (await listed(h, id)).unit.id;
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kependudukan Baru', afirmasi: true }) }));
    await h.close();
    await markIndexed(dataDir, id);
    const again = await harnesses.open(dataDir);
    const summary = await listed(again, id);
    expect(summary.unit.nama).toBe('Dinas Kependudukan Baru');
    expect(summary.updatedAt).not.toBe('DARI-INDEKS');
  });

  it('checks a file once per run: later lists of the run use the checked entry', async () => {
    const { dataDir, id } = await archive();
    await markIndexed(dataDir, id);
    const h = await harnesses.open(dataDir);
    expect((await listed(h, id)).updatedAt).toBe('DARI-INDEKS');
    // The data-folder lock keeps other writers out, so the file is not looked at again in this run.
    const file = path.join(dataDir, 'worksheets', `${id}.json`);
    const bytes = await fsp.readFile(file);
    await fsp.rm(file);
    await fsp.writeFile(file, bytes);
    expect((await listed(h, id)).updatedAt).toBe('DARI-INDEKS');
  });

  it('recomputes a checked entry when its unit changes later in the same run', async () => {
    const { dataDir, id } = await archive();
    await markIndexed(dataDir, id);
    const h = await harnesses.open(dataDir);
    const unitId = (await listed(h, id)).unit.id;
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Kependudukan Baru', afirmasi: true }) }));
    const summary = await listed(h, id);
    expect(summary.unit.nama).toBe('Dinas Kependudukan Baru');
    expect(summary.updatedAt).not.toBe('DARI-INDEKS');
  });

  it('is rebuilt when missing or unreadable, and is never needed to list', async () => {
    const { dataDir, id, total } = await archive();
    await fsp.writeFile(summaryIndexFile(dataDir), '{ rusak');
    const h = await harnesses.open(dataDir);
    expect((await listed(h, id)).layers.unit.totals.total).toBe(total);
    expect(Object.keys((await readIndex(dataDir)).entries)).toContain(id);
    await h.close();
    await fsp.rm(summaryIndexFile(dataDir));
    const again = await harnesses.open(dataDir);
    expect((await listed(again, id)).layers.unit.totals.total).toBe(total);
    expect(Object.keys((await readIndex(dataDir)).entries)).toContain(id);
  });

  it('is rebuilt in the background by prepareIndex; a list asked for meanwhile waits for it and gives the same rows', async () => {
    const { dataDir, id, other, total } = await archive();
    await fsp.rm(summaryIndexFile(dataDir));
    const h = await harnesses.open(dataDir);
    const preparing = h.services.worksheets.prepareIndex();
    const listing = h.services.worksheets.list({});
    let prepared = false;
    void preparing.then(() => {
      prepared = true;
    });
    const rows = await listing;
    // The list ran after the rebuild (which wrote the index), not beside it.
    expect(prepared).toBe(true);
    expect(Object.keys((await readIndex(dataDir)).entries).sort()).toEqual([id, other].sort());
    expect(rows.worksheets.find((row) => row.id === id)?.layers.unit.totals.total).toBe(total);
    await preparing;
  });

  it('drops the entry of a worksheet no longer stored', async () => {
    const { dataDir, id, other } = await archive();
    await fsp.rm(path.join(dataDir, 'worksheets', `${other}.json`));
    const h = await harnesses.open(dataDir);
    await listed(h, id);
    expect(Object.keys((await readIndex(dataDir)).entries)).toEqual([id]);
  });
});
