import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../../../shared/result';
import { createPrerequisitesService, worksheetSpec } from '../../../../../electron/services/worksheets';
import { createWorksheetRepo, itemOf, type WorksheetRepo } from '../../../../../electron/services/worksheets/repo';
import { unitInput } from '../../handlers/harness';
import { CODES, createWorksheet, expectOk, openWithUnit, useHarness, worksheetFile, type Harness } from './helpers';

const harnesses = useHarness();

async function repoWithWorksheet(): Promise<{ h: Harness; repo: WorksheetRepo; id: string; unitId: string }> {
  const { h, unitId } = await openWithUnit(harnesses);
  const { worksheet } = await createWorksheet(h, unitId, 2022);
  return { h, repo: createWorksheetRepo(h.services, createPrerequisitesService(h.services.storage)), id: worksheet.id, unitId };
}

describe('worksheet repository', () => {
  it('applies a mutation in exactly one storage update and returns the evaluated detail', async () => {
    const { h, repo, id } = await repoWithWorksheet();
    const doc = await h.services.storage.open(worksheetSpec(id));
    const update = vi.spyOn(doc, 'update');
    const detail = await repo.mutate(id, (draft) => {
      itemOf(draft, CODES.yaTidak).unit = { answer: { type: 'YA_TIDAK', value: 'Ya' }, note: '', carriedOver: false };
      repo.touch(draft, true);
    });
    expect(update).toHaveBeenCalledTimes(1);
    expect(detail.worksheet).toBe(doc.data.worksheet);
    expect(detail.summary.layers.unit.completeness.answered).toBe(1);
  });

  it('writes nothing when the mutation throws, and refuses a worksheet that does not exist', async () => {
    const { h, repo, id, unitId } = await repoWithWorksheet();
    const before = await worksheetFile(h.dataDir, id);
    await expect(
      repo.mutate(id, () => {
        throw new AppFailure('CONFLICT', 'ditolak');
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await worksheetFile(h.dataDir, id)).toEqual(before);
    await expect(repo.open(`${unitId}-2023`)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(repo.mutate(`${unitId}-2023`, () => undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await worksheetFile(h.dataDir, `${unitId}-2023`)).toBeNull();
  });

  it('evaluates a snapshot once, and again after an update or a change of the unit', async () => {
    const { h, repo, id, unitId } = await repoWithWorksheet();
    const first = await repo.evaluate(await repo.open(id));
    expect((await repo.evaluate(await repo.open(id))).summary).toBe(first.summary);
    const updated = await repo.mutate(id, (draft) => repo.touch(draft, false));
    expect(updated.summary).not.toBe(first.summary);
    expectOk(await h.call('units:update', { id: unitId, data: unitInput({ nama: 'Dinas Dukcapil', afirmasi: true }) }));
    const renamed = await repo.evaluate(await repo.open(id));
    expect(renamed.summary.unit.nama).toBe('Dinas Dukcapil');
  });

  it('lists the stored worksheets by name, not the ones only opened', async () => {
    const { repo, id, unitId } = await repoWithWorksheet();
    await repo.document(`${unitId}-2030`);
    expect(await repo.refs()).toEqual([{ id, unitId, year: 2022 }]);
  });
});
