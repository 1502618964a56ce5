import { describe, expect, it } from 'vitest';
import { allChanges, createWorksheet, expectFail, expectOk, openWithUnit, save, useHarness } from './helpers';

const harnesses = useHarness();

describe('proposal prerequisites', () => {
  it('stores the instansi record per year and gives layak diusulkan / layak melalui afirmasi', async () => {
    // A 2025 round, under the PermenPANRB 5/2024 table.
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2025);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    expect(expectOk(await h.call('prerequisites:getYear', { year: 2025 }))).toBeNull();
    const record = { year: 2025, opiniBpk: 'WTP' as const, sakip: 'BB' as const, indeksRb: 'B' as const, maturitasSpip: 3.12 };
    expect(expectOk(await h.call('prerequisites:saveYear', record))).toEqual(record);
    expectOk(await h.call('prerequisites:saveYear', { ...record, year: 2024, sakip: 'B' }));
    expectOk(await h.call('prerequisites:saveYear', { ...record, maturitasSpip: 3.2 }));
    expect(expectOk(await h.call('prerequisites:list', undefined)).map((entry) => [entry.year, entry.maturitasSpip])).toEqual([
      [2025, 3.2],
      [2024, 3.12],
    ]);
    expectFail(await h.raw('prerequisites:saveYear', { ...record, opiniBpk: 'BAIK' }), 'INVALID_INPUT');

    // Unit checklist unknown: an afirmasi unit (Disdukcapil) may still be proposed.
    let detail = expectOk(await h.call('worksheets:get', { id: worksheet.id }));
    expect(detail.summary.assessment.wbk.proposal).toBe('layak melalui afirmasi');
    expect(detail.proposal.tanggalUsulan).toBe('2025-05-31');
    expect(detail.proposal.wbk.reasons.length).toBeGreaterThan(0);

    detail = expectOk(
      await h.call('worksheets:setPrerequisites', {
        id: worksheet.id,
        checklist: { tindakLanjutTemuan: 100, kepatuhanLhkpn: 100, kepatuhanLhkasn: 100, tanggalPencanangan: '2024-05-31', sakipUnit: 'BB' },
      }),
    );
    expect(detail.summary.assessment.wbk.proposal).toBe('layak diusulkan');
    expect(detail.summary.assessment.wbbm.proposal).toBe('layak diusulkan');
    // A later proposal date moves "ZI dibangun ≥ 1 tahun"; an earlier one fails it.
    detail = expectOk(
      await h.call('worksheets:setPrerequisites', { id: worksheet.id, checklist: detail.worksheet.prerequisites, tanggalUsulan: '2025-05-30' }),
    );
    expect(detail.proposal.tanggalUsulan).toBe('2025-05-30');
    expect(detail.summary.assessment.wbk.proposal).toBe('layak melalui afirmasi');
    expectFail(
      await h.raw('worksheets:setPrerequisites', { id: worksheet.id, checklist: { ...detail.worksheet.prerequisites, kepatuhanLhkpn: 120 } }),
      'INVALID_INPUT',
    );
  });
});
