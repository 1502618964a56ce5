import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreWorksheet, thresholdsFor, verdict } from '../../../../../shared/lke';
import type { LayerTotals } from '../../../../../shared/worksheets';
import { unitInput } from '../../handlers/harness';
import { CODES, allAnswers, allChanges, createWorksheet, expectFail, expectOk, openWithUnit, save, shippedTemplate, useHarness } from './helpers';

const harnesses = useHarness();

function expectedTotals(answers: Parameters<typeof scoreWorksheet>[1]): LayerTotals {
  const score = scoreWorksheet(shippedTemplate(), answers);
  return {
    total: score.value,
    pengungkit: score.pengungkit.value,
    pemenuhan: score.pengungkit.pemenuhan.value,
    reform: score.pengungkit.reform.value,
    hasil: score.hasil.value,
  };
}

describe('worksheets:list summaries', () => {
  it('computes each layer’s totals exactly as scoreWorksheet does, and the verdict on the TPI layer', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    // A mixed TPI layer: everything best except a few items and the survey indices.
    const tpi = allChanges('best').map((change) =>
      change.code === CODES.abcde ? { ...change, answer: { type: 'ABCDE' as const, value: 'C' as const } } : change,
    );
    await save(h, worksheet.id, 'tpi', [
      ...tpi.filter((change) => change.code !== CODES.ipak && change.code !== CODES.ipkp),
      { code: CODES.ipak, answer: { type: 'INDEKS', value: '3,5' } },
      { code: CODES.ipkp, answer: { type: 'INDEKS', value: 3.2 } },
      { code: CODES.disiplinLastYear, answer: { type: 'JUMLAH', value: 4 } },
      { code: CODES.disiplinThisYear, answer: { type: 'JUMLAH', value: 3 } },
    ]);

    const list = expectOk(await h.call('worksheets:list', {}));
    expect(list.problems).toEqual([]);
    const [summary] = list.worksheets;
    if (summary === undefined) throw new Error('no summary');

    const unitAnswers = allAnswers('best');
    const tpiAnswers = {
      ...unitAnswers,
      [CODES.abcde]: { type: 'ABCDE' as const, value: 'C' as const },
      [CODES.ipak]: { type: 'INDEKS' as const, value: 3.5 },
      [CODES.ipkp]: { type: 'INDEKS' as const, value: 3.2 },
      [CODES.disiplinLastYear]: { type: 'JUMLAH' as const, value: 4 },
      [CODES.disiplinThisYear]: { type: 'JUMLAH' as const, value: 3 },
    };
    expect(summary.layers.unit.totals).toEqual(expectedTotals(unitAnswers));
    expect(summary.layers.tpi.totals).toEqual(expectedTotals(tpiAnswers));
    expect(summary.layers.tpn.totals.total).toBe(0);
    expect(summary.layers.unit.totals.total).toBeCloseTo(100, 9);
    // IPAK 3,5 ÷ 4 × 17,5 = 15,3125 < 15,75: WBK fails on IPAK (and birokrasi bersih 15,3125 + 5 = 20,3125 passes).
    const thresholds = thresholdsFor(shippedTemplate().id);
    if (!thresholds.ok) throw new Error('no thresholds');
    const expectedWbk = verdict(scoreWorksheet(shippedTemplate(), tpiAnswers), thresholds.value.wbk);
    expect(summary.assessment).toMatchObject({
      layer: 'tpi',
      wbk: { predicate: 'WBK', passed: false, complete: true, failing: expectedWbk.failing.map((c) => c.label), proposal: 'belum layak' },
    });
    expect(summary.assessment.wbk.failing).toEqual(['Nilai IPAK']);
    expect(summary).toMatchObject({
      id: worksheet.id,
      unit: { id: unitId, nama: 'Dinas Kependudukan dan Pencatatan Sipil', afirmasi: true, aktif: true },
      year: 2022,
      status: 'DRAF',
      changedAfterReview: false,
    });
  });

  it('falls back to the unit layer while the TPI layer is empty', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    // A 2025 round: the PermenPANRB 5/2024 prerequisites apply.
    const { worksheet } = await createWorksheet(h, unitId, 2025);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    const [summary] = expectOk(await h.call('worksheets:list', {})).worksheets;
    expect(summary?.assessment.layer).toBe('unit');
    expect(summary?.assessment.wbk.passed).toBe(true);
    expect(summary?.assessment.wbbm.passed).toBe(true);
    // The instansi record is missing: a full score still cannot be proposed.
    expect(summary?.assessment.wbk.proposal).toBe('belum layak');
  });

  it('applies the 2022 round’s rules: the 5/2024 prerequisites are information only, never a failing criterion', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    const [summary] = expectOk(await h.call('worksheets:list', {})).worksheets;
    expect(summary?.templateId).toBe('lke-zi-90-2021');
    expect(summary?.assessment.wbk.proposal).toBe('layak diusulkan');
    const detail = expectOk(await h.call('worksheets:get', { id: worksheet.id }));
    expect(detail.proposal.wbk.reasons).toEqual([]);
    expect(detail.proposal.wbk.rules.mode).toBe('informasi');
    expect(detail.proposal.wbk.checks.filter((check) => check.scope !== 'NILAI').every((check) => check.informasi === true)).toBe(true);
  });

  it('filters by year and unit, sorts newest year first then unit name, and shows the unit’s current name', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const other = expectOk(await h.call('units:create', unitInput({ nama: 'Badan Pendapatan Daerah' })));
    await createWorksheet(h, unitId, 2021);
    await createWorksheet(h, unitId, 2022);
    await createWorksheet(h, other.id, 2022);
    const all = expectOk(await h.call('worksheets:list', undefined)).worksheets;
    expect(all.map((row) => [row.unit.nama, row.year])).toEqual([
      ['Badan Pendapatan Daerah', 2022],
      ['Dinas Kependudukan dan Pencatatan Sipil', 2022],
      ['Dinas Kependudukan dan Pencatatan Sipil', 2021],
    ]);
    expect(expectOk(await h.call('worksheets:list', { year: 2022 })).worksheets).toHaveLength(2);
    expect(expectOk(await h.call('worksheets:list', { unitId })).worksheets.map((row) => row.year)).toEqual([2022, 2021]);
    expect(expectOk(await h.call('worksheets:list', { unitId, year: 2021 })).worksheets).toHaveLength(1);
    expectOk(await h.call('units:update', { id: other.id, data: unitInput({ nama: 'Bapenda Kabupaten' }) }));
    const renamed = expectOk(await h.call('worksheets:list', { unitId: other.id })).worksheets[0];
    expect(renamed?.unit.nama).toBe('Bapenda Kabupaten');
  });

  it('reports a worksheet file damaged beyond recovery as a problem and still lists the others', async () => {
    const first = await openWithUnit(harnesses);
    const { h, unitId } = first;
    const good = await createWorksheet(h, unitId, 2021);
    const bad = await createWorksheet(h, unitId, 2022);
    await h.close();
    const file = path.join(h.dataDir, 'worksheets', `${bad.worksheet.id}.json`);
    await fsp.writeFile(file, '{"schemaVersion":1,"data":{"worksheet":{"id":"rusak"}}}');
    await fsp.rm(`${file}.bak`, { force: true });
    await fsp.rm(path.join(h.dataDir, 'backups'), { recursive: true, force: true });

    const again = await harnesses.open(h.dataDir);
    const list = expectOk(await again.call('worksheets:list', {}));
    expect(list.worksheets.map((row) => row.id)).toEqual([good.worksheet.id]);
    expect(list.problems).toEqual([{ id: bad.worksheet.id, message: expect.stringContaining('rusak') }]);
    const status = expectOk(await again.call('app:status', undefined));
    expect(status.notices.map((notice) => notice.document)).toEqual([`worksheets/${bad.worksheet.id}`]);
    expectFail(await again.call('worksheets:get', { id: bad.worksheet.id }), 'NOT_FOUND');
    // The damaged copy is kept aside; the unit-year can be made again.
    expectOk(await again.call('worksheets:create', { unitId, year: 2022 }));
  });

  it('restores a damaged worksheet from its backup through the storage layer', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'A' } }]);
    await save(h, worksheet.id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'B' } }]);
    await h.close();
    await fsp.writeFile(path.join(h.dataDir, 'worksheets', `${worksheet.id}.json`), '{"schemaVersion":1,"data":{"worksh');
    const again = await harnesses.open(h.dataDir);
    const detail = expectOk(await again.call('worksheets:get', { id: worksheet.id }));
    expect(detail.worksheet.items[CODES.abc]?.unit.answer).toEqual({ type: 'ABC', value: 'A' });
    expect(expectOk(await again.call('app:status', undefined)).notices).toHaveLength(1);
  });
});
