import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../../../shared/result';
import type { WorksheetStatus } from '../../../../../shared/worksheets';
import { TINY_PNG_BASE64, type Harness } from '../../handlers/harness';
import {
  CODES,
  allChanges,
  createWorksheet,
  documentFiles,
  expectFail,
  expectOk,
  openWithUnit,
  save,
  useHarness,
  worksheetFile,
} from './helpers';

const harnesses = useHarness();

const PATH: Record<WorksheetStatus, WorksheetStatus[]> = {
  DRAF: [],
  DIAJUKAN: ['DIAJUKAN'],
  DIREVIU_TPI: ['DIAJUKAN', 'DIREVIU_TPI'],
  FINAL: ['DIAJUKAN', 'DIREVIU_TPI', 'FINAL'],
};

async function move(h: Harness, id: string, to: WorksheetStatus, note?: string) {
  return expectOk(await h.call('worksheets:transition', note === undefined ? { id, to } : { id, to, note }));
}

/** A worksheet with complete Unit and TPI layers, moved to `status`. */
async function completeWorksheetIn(status: WorksheetStatus): Promise<{ h: Harness; id: string }> {
  const { h, unitId } = await openWithUnit(harnesses);
  const { worksheet } = await createWorksheet(h, unitId, 2022);
  await save(h, worksheet.id, 'unit', allChanges('best'));
  await save(h, worksheet.id, 'tpi', allChanges('worst'));
  for (const step of PATH[status]) await move(h, worksheet.id, step);
  return { h, id: worksheet.id };
}

type Row = [from: WorksheetStatus, to: WorksheetStatus, outcome: 'ok' | ErrorCode];

/** The workflow rule with complete layers: the allowed steps pass, everything else is refused. */
const table: Row[] = [
  ['DRAF', 'DRAF', 'CONFLICT'],
  ['DRAF', 'DIAJUKAN', 'ok'],
  ['DRAF', 'DIREVIU_TPI', 'CONFLICT'],
  ['DRAF', 'FINAL', 'CONFLICT'],
  ['DIAJUKAN', 'DRAF', 'ok'],
  ['DIAJUKAN', 'DIAJUKAN', 'CONFLICT'],
  ['DIAJUKAN', 'DIREVIU_TPI', 'ok'],
  ['DIAJUKAN', 'FINAL', 'CONFLICT'],
  ['DIREVIU_TPI', 'DRAF', 'CONFLICT'],
  ['DIREVIU_TPI', 'DIAJUKAN', 'ok'],
  ['DIREVIU_TPI', 'DIREVIU_TPI', 'CONFLICT'],
  ['DIREVIU_TPI', 'FINAL', 'ok'],
  ['FINAL', 'DRAF', 'LOCKED'],
  ['FINAL', 'DIAJUKAN', 'LOCKED'],
  ['FINAL', 'DIREVIU_TPI', 'LOCKED'],
  ['FINAL', 'FINAL', 'LOCKED'],
];

describe('worksheets:transition', () => {
  it.each(table)('%s → %s: %s', async (from, to, outcome) => {
    const { h, id } = await completeWorksheetIn(from);
    const before = await worksheetFile(h.dataDir, id);
    const result = await h.call('worksheets:transition', { id, to });
    if (outcome === 'ok') {
      const detail = expectOk(result);
      expect(detail.worksheet.status).toBe(to);
      expect(detail.summary.status).toBe(to);
      expect(detail.worksheet.statusHistory.at(-1)).toMatchObject({ from, to, by: '(tanpa nama)' });
    } else {
      expectFail(result, outcome);
      expect(await worksheetFile(h.dataDir, id)).toEqual(before);
    }
  });

  it('refuses to submit an incomplete unit layer, listing the missing codes', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const changes = allChanges('best').filter((change) => change.code !== CODES.ipak && change.code !== CODES.disiplinThisYear);
    await save(h, worksheet.id, 'unit', changes);
    const error = expectFail(await h.call('worksheets:transition', { id: worksheet.id, to: 'DIAJUKAN' }), 'CONFLICT');
    expect(error.message).toBe(
      `LKE belum dapat diajukan: 2 butir jawaban Unit (penilaian mandiri) belum diisi (${CODES.disiplinThisYear}, ${CODES.ipak}).`,
    );
  });

  it('refuses to submit while carried-over answers are unconfirmed', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const last = await createWorksheet(h, unitId, 2021);
    await save(h, last.worksheet.id, 'unit', allChanges('best'));
    const { worksheet } = await createWorksheet(h, unitId, 2022, true);
    const error = expectFail(await h.call('worksheets:transition', { id: worksheet.id, to: 'DIAJUKAN' }), 'CONFLICT');
    expect(error.message).toMatch(/^127 jawaban bawaan tahun lalu belum dikonfirmasi/);
    expectOk(await h.call('worksheets:confirmCarried', { id: worksheet.id }));
    expect((await move(h, worksheet.id, 'DIAJUKAN')).worksheet.status).toBe('DIAJUKAN');
  });

  it('refuses to mark reviewed while the TPI layer is incomplete, naming how many items are missing', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    await save(h, worksheet.id, 'unit', allChanges('best'));
    await move(h, worksheet.id, 'DIAJUKAN');
    const before = await worksheetFile(h.dataDir, worksheet.id);
    const none = expectFail(await h.call('worksheets:transition', { id: worksheet.id, to: 'DIREVIU_TPI' }), 'CONFLICT');
    expect(none.message).toMatch(/^LKE belum dapat ditandai direviu TPI: 127 butir jawaban TPI belum diisi \(/);
    expect(await worksheetFile(h.dataDir, worksheet.id)).toEqual(before);
    await save(h, worksheet.id, 'tpi', allChanges('worst').filter((change) => change.code !== CODES.ipak && change.code !== CODES.disiplinThisYear));
    const two = expectFail(await h.call('worksheets:transition', { id: worksheet.id, to: 'DIREVIU_TPI' }), 'CONFLICT');
    expect(two.message).toBe(`LKE belum dapat ditandai direviu TPI: 2 butir jawaban TPI belum diisi (${CODES.disiplinThisYear}, ${CODES.ipak}).`);
    await save(h, worksheet.id, 'tpi', allChanges('worst'));
    expect((await move(h, worksheet.id, 'DIREVIU_TPI')).worksheet.status).toBe('DIREVIU_TPI');
  });

  it('refuses to finalise a TPI layer cleared after the review', async () => {
    const { h, id } = await completeWorksheetIn('DIREVIU_TPI');
    await save(h, id, 'tpi', [{ code: CODES.ipak, answer: null }]);
    const error = expectFail(await h.call('worksheets:transition', { id, to: 'FINAL' }), 'CONFLICT');
    expect(error.message).toBe(`LKE belum dapat difinalkan: 1 butir jawaban TPI belum diisi (${CODES.ipak}).`);
  });

  it('keeps the reviewer’s note with the step', async () => {
    const { h, id } = await completeWorksheetIn('DIREVIU_TPI');
    const detail = await move(h, id, 'DIAJUKAN', '  Lengkapi bukti dukung area III  ');
    expect(detail.worksheet.statusHistory.map((step) => [step.from, step.to, step.note])).toEqual([
      ['DRAF', 'DIAJUKAN', ''],
      ['DIAJUKAN', 'DIREVIU_TPI', ''],
      ['DIREVIU_TPI', 'DIAJUKAN', 'Lengkapi bukti dukung area III'],
    ]);
  });
});

describe('diubah setelah direviu', () => {
  it('is false before the first review, set by an edit after it, cleared by the next review', async () => {
    const { h, unitId } = await openWithUnit(harnesses);
    const { worksheet } = await createWorksheet(h, unitId, 2022);
    const id = worksheet.id;
    let detail = await save(h, id, 'unit', allChanges('best'));
    expect(detail.worksheet.changedAfterReview).toBe(false);
    await save(h, id, 'tpi', allChanges('worst'));
    await move(h, id, 'DIAJUKAN');
    detail = await move(h, id, 'DIREVIU_TPI');
    expect(detail.worksheet.reviewedAt).not.toBeNull();
    expect(detail.summary.changedAfterReview).toBe(false);

    detail = await save(h, id, 'unit', [{ code: CODES.abc, answer: { type: 'ABC', value: 'C' } }]);
    expect(detail.worksheet.changedAfterReview).toBe(true);
    expect(detail.summary.changedAfterReview).toBe(true);
    // Returned with notes: the flag stays until the TPI reviews again.
    detail = await move(h, id, 'DIAJUKAN');
    expect(detail.worksheet.changedAfterReview).toBe(true);
    detail = await move(h, id, 'DIREVIU_TPI');
    expect(detail.worksheet.changedAfterReview).toBe(false);
    // Evidence counts as a change too; a change to the proposal checklist does not.
    detail = expectOk(await h.call('worksheets:addEvidenceReference', { id, code: CODES.abc, text: 'SK Bupati 12/2022' }));
    expect(detail.worksheet.changedAfterReview).toBe(true);
  });

  it('is not set by a save that changes nothing', async () => {
    const { h, id } = await completeWorksheetIn('DIREVIU_TPI');
    const first = allChanges('best')[0];
    if (first === undefined) throw new Error('no changes');
    const detail = await save(h, id, 'unit', [first]);
    expect(detail.worksheet.changedAfterReview).toBe(false);
  });
});

describe('a FINAL worksheet is locked', () => {
  it('refuses Unit and TPI answers, evidence and confirmations, with every file unchanged', async () => {
    const { h, id } = await completeWorksheetIn('FINAL');
    const before = await documentFiles(h.dataDir);
    const answer = { code: CODES.abc, answer: { type: 'ABC' as const, value: 'C' as const } };
    for (const layer of ['unit', 'tpi'] as const) {
      const error = expectFail(await h.call('worksheets:saveAnswers', { id, layer, changes: [answer] }), 'LOCKED');
      expect(error.message).toContain('terkunci');
    }
    expectFail(await h.call('worksheets:addEvidenceReference', { id, code: CODES.abc, text: 'x' }), 'LOCKED');
    expectFail(
      await h.call('worksheets:addEvidenceFile', { id, code: CODES.abc, fileName: 'a.png', dataBase64: TINY_PNG_BASE64 }),
      'LOCKED',
    );
    expectFail(await h.call('worksheets:removeEvidence', { id, code: CODES.abc, evidenceId: 'abcdef12-0000' }), 'LOCKED');
    expectFail(await h.call('worksheets:confirmCarried', { id }), 'LOCKED');
    // A bad answer to a locked worksheet reports the lock, not the answer.
    expectFail(await h.call('worksheets:saveAnswers', { id, layer: 'unit', changes: [{ code: 'Z.1', answer: null }] }), 'LOCKED');
    expect(await documentFiles(h.dataDir)).toEqual(before);
  });

  it('takes the TPN layer only once FINAL (the national result comes after the proposal)', async () => {
    const { h, id } = await completeWorksheetIn('DIREVIU_TPI');
    const change = { code: CODES.ipkp, answer: { type: 'INDEKS' as const, value: 3.4 } };
    const early = expectFail(await h.call('worksheets:saveAnswers', { id, layer: 'tpn', changes: [change] }), 'CONFLICT');
    expect(early.message).toContain('setelah LKE final');
    await move(h, id, 'FINAL');
    const detail = await save(h, id, 'tpn', [change]);
    expect(detail.worksheet.items[CODES.ipkp]?.tpn.answer).toEqual({ type: 'INDEKS', value: 3.4 });
    expect(detail.worksheet.changedAfterReview).toBe(false);
    expect(detail.summary.layers.tpn.completeness.answered).toBe(1);
  });

  it('still takes the unit-level proposal checklist', async () => {
    const { h, id } = await completeWorksheetIn('FINAL');
    const detail = expectOk(
      await h.call('worksheets:setPrerequisites', {
        id,
        checklist: { tindakLanjutTemuan: 100, kepatuhanLhkpn: 100, kepatuhanLhkasn: 100, tanggalPencanangan: '2021-03-01', sakipUnit: 'BB' },
      }),
    );
    expect(detail.worksheet.prerequisites.sakipUnit).toBe('BB');
    expect(detail.worksheet.status).toBe('FINAL');
  });
});
