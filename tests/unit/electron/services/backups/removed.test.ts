import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk, unitInput, useHarness, type Harness } from '../../handlers/harness';
import { CODES, createWorksheet, save } from '../worksheets/helpers';

const harness = useHarness();

async function worksheetIds(h: Harness): Promise<string[]> {
  return expectOk(await h.call('worksheets:list', {})).worksheets.map((ws) => ws.id);
}

async function notices(h: Harness): Promise<string[]> {
  return expectOk(await h.call('app:status', {})).notices.map((notice) => `${notice.kind} ${notice.document}`);
}

describe('a restore and storage’s own recovery from backups/', () => {
  it('a worksheet the snapshot lacks stays gone after a restart; "Batalkan pemulihan" brings it back for good', async () => {
    // Two days, so storage keeps a daily copy of the worksheet (its state before the first write of day 2).
    let clock = new Date(2026, 11, 1, 9, 0, 0);
    const now = (): Date => new Date(clock);
    const h = await harness.open(undefined, { now });
    const unitId = expectOk(await h.call('units:create', unitInput())).id;
    const snapshot = expectOk(await h.call('backups:create', {}));
    const ws = (await createWorksheet(h, unitId, 2022)).worksheet;
    await h.close();

    clock = new Date(2026, 11, 2, 10, 0, 0);
    const day2 = await harness.open(h.dataDir, { now });
    await save(day2, ws.id, 'unit', [{ code: CODES.abcde, answer: { type: 'ABCDE', value: 'B' } }]);
    expect(await worksheetIds(day2)).toEqual([ws.id]);
    const dailyCopies = (await fsp.readdir(path.join(h.dataDir, 'backups', 'worksheets'))).filter((name) => /\.\d{8}\.json$/.test(name));
    expect(dailyCopies).toEqual([`${ws.id}.20261202.json`]);

    clock = new Date(2026, 11, 2, 10, 5, 0);
    expectOk(await day2.call('backups:restore', { snapshotId: snapshot.id }));
    expect(await worksheetIds(day2)).toEqual([]);
    await day2.close();

    const afterRestore = await harness.open(h.dataDir, { now });
    expect(await worksheetIds(afterRestore)).toEqual([]);
    expect(await notices(afterRestore)).toEqual([]);
    await expect(fsp.stat(path.join(h.dataDir, 'worksheets', `${ws.id}.json`))).rejects.toThrow();

    clock = new Date(2026, 11, 2, 10, 10, 0);
    expectOk(await afterRestore.call('backups:undoRestore', {}));
    expect(await worksheetIds(afterRestore)).toEqual([ws.id]);
    await afterRestore.close();

    const afterUndo = await harness.open(h.dataDir, { now });
    expect(await worksheetIds(afterUndo)).toEqual([ws.id]);
    expect(await notices(afterUndo)).toEqual([]);
    await afterUndo.close();

    // The removal record was set aside by the undo: should the file vanish now, its daily copy
    // brings it back (with a notice) as for any other document.
    const file = path.join(h.dataDir, 'worksheets', `${ws.id}.json`);
    await fsp.rm(file);
    await fsp.rm(`${file}.bak`, { force: true });
    const vanished = await harness.open(h.dataDir, { now });
    expect(await worksheetIds(vanished)).toEqual([ws.id]);
    expect(await notices(vanished)).toEqual([`restored-missing worksheets/${ws.id}`]);
  });
});
