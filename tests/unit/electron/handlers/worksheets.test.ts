import { describe, expect, it } from 'vitest';
import { listChannels, contract } from '../../../../shared/contract';
import { getTemplate, planImprovements, scoreWorksheet, thresholdsFor, verdict } from '../../../../shared/lke';
import { expectFail, expectOk, unitInput, useHarness } from './harness';
import { CODES, allAnswers, allChanges, shippedTemplate } from '../services/worksheets/helpers';

const harnesses = useHarness();

async function withWorksheet() {
  const h = await harnesses.open();
  const unit = expectOk(await h.call('units:create', unitInput({ nama: 'Dinas Kependudukan dan Pencatatan Sipil' })));
  const detail = expectOk(await h.call('worksheets:create', { unitId: unit.id, year: 2022 }));
  return { h, unitId: unit.id, id: detail.worksheet.id };
}

describe('worksheets channels', () => {
  it('are all declared and wired, with prerequisites', () => {
    const names = listChannels(contract).map((entry) => entry.name).filter((name) => /^(worksheets|prerequisites):/.test(name));
    expect(names.sort()).toEqual(
      [
        'prerequisites:getYear',
        'prerequisites:list',
        'prerequisites:saveYear',
        'worksheets:addEvidenceFile',
        'worksheets:addEvidenceReference',
        'worksheets:confirmCarried',
        'worksheets:create',
        'worksheets:evidenceBlob',
        'worksheets:get',
        'worksheets:list',
        'worksheets:plan',
        'worksheets:removeEvidence',
        'worksheets:saveAnswers',
        'worksheets:setPrerequisites',
        'worksheets:templates',
        'worksheets:transition',
        'worksheets:undoConfirmCarried',
      ].sort(),
    );
  });

  it('worksheets:templates lists the shipped template as the newest', async () => {
    const h = await harnesses.open();
    const template = shippedTemplate();
    // Rules that follow the year: the original PermenPANRB 90/2021 template is listed too (not newest).
    const original = getTemplate('lke-zi-90-2021');
    if (!original.ok) throw new Error(original.error.message);
    expect(expectOk(await h.call('worksheets:templates', undefined))).toEqual([
      { id: original.value.id, version: original.value.version, regulation: original.value.regulation, title: original.value.title, newest: false },
      { id: template.id, version: template.version, regulation: template.regulation, title: template.title, newest: true },
    ]);
  });

  it('worksheets:plan gives the planner output of shared/lke for both predicates', async () => {
    const { h, id } = await withWorksheet();
    const changes = allChanges('best').map((change) =>
      change.code === CODES.ipak ? { code: CODES.ipak, answer: { type: 'INDEKS' as const, value: 2 } } : change,
    );
    expectOk(await h.call('worksheets:saveAnswers', { id, layer: 'unit', changes }));
    const plan = expectOk(await h.call('worksheets:plan', { id, layer: 'unit' }));

    const template = shippedTemplate();
    const thresholds = thresholdsFor(template.id);
    if (!thresholds.ok) throw new Error('no thresholds');
    const score = scoreWorksheet(template, { ...allAnswers('best'), [CODES.ipak]: { type: 'INDEKS', value: 2 } });
    expect(plan).toEqual({
      layer: 'unit',
      wbk: planImprovements(template, score, verdict(score, thresholds.value.wbk)),
      wbbm: planImprovements(template, score, verdict(score, thresholds.value.wbbm)),
    });
    expect(plan.wbk.groups.map((group) => group.criterion.id)).toEqual(['ipak', 'birokrasiBersih']);
    expect(plan.wbk.groups[0]?.items[0]).toMatchObject({ code: CODES.ipak, currentValue: 0.5 });

    const empty = expectOk(await h.call('worksheets:plan', { id, layer: 'tpi' }));
    expect(empty.wbk.groups.length).toBeGreaterThan(0);
  });

  it('worksheets:get returns the record with its summary and proposal', async () => {
    const { h, id, unitId } = await withWorksheet();
    const detail = expectOk(await h.call('worksheets:get', { id }));
    expect(detail.worksheet.id).toBe(id);
    expect(detail.summary.unit.id).toBe(unitId);
    expect(detail.proposal.wbk.checks.length).toBeGreaterThan(10);
    expect(detail.proposal.layer).toBe('unit');
  });

  it.each([
    ['a malformed id', 'worksheets:get', { id: '../../master' }],
    ['an id without year', 'worksheets:get', { id: 'demo-disdukcapil' }],
    ['a missing id', 'worksheets:plan', { layer: 'unit' }],
    ['an unknown layer', 'worksheets:plan', { id: 'demo-disdukcapil-2022', layer: 'kpk' }],
    ['an unknown status', 'worksheets:transition', { id: 'demo-disdukcapil-2022', to: 'SELESAI' }],
    ['a malformed evidence id', 'worksheets:evidenceBlob', { id: 'demo-disdukcapil-2022', evidenceId: '../x' }],
    ['non-base64 evidence', 'worksheets:addEvidenceFile', { id: 'demo-disdukcapil-2022', code: 'A', fileName: 'a.pdf', dataBase64: '%%%' }],
    ['a year as text', 'prerequisites:getYear', { year: '2022' }],
    ['a wrong list filter', 'worksheets:list', { year: 'semua' }],
  ])('refuses %s with INVALID_INPUT', async (_name, channel, input) => {
    const h = await harnesses.open();
    expectFail(await h.raw(channel, input), 'INVALID_INPUT');
  });

  it('answers NOT_FOUND for a well-formed id that does not exist', async () => {
    const h = await harnesses.open();
    for (const channel of ['worksheets:get', 'worksheets:plan', 'worksheets:confirmCarried'] as const) {
      const input = channel === 'worksheets:plan' ? { id: 'demo-disdukcapil-2022', layer: 'unit' } : { id: 'demo-disdukcapil-2022' };
      expectFail(await h.raw(channel, input), 'NOT_FOUND');
    }
  });
});
