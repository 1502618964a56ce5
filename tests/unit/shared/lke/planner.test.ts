import { describe, expect, it } from 'vitest';
import { planImprovements } from '../../../../shared/lke/planner';
import { scoreWorksheet } from '../../../../shared/lke/scoring';
import { verdict } from '../../../../shared/lke/verdict';
import { shippedTemplate, shippedThresholds, uniformAnswers } from './fixtures';
import { workedExampleAnswers } from './worked-example.fixture';

function plan(answers: Parameters<typeof scoreWorksheet>[1], predicate: 'WBK' | 'WBBM') {
  const template = shippedTemplate();
  const score = scoreWorksheet(template, answers);
  const thresholds = predicate === 'WBK' ? shippedThresholds().wbk : shippedThresholds().wbbm;
  return planImprovements(template, score, verdict(score, thresholds));
}

describe('planImprovements', () => {
  const wbbm = plan(workedExampleAnswers(), 'WBBM');

  it('groups by failing criterion, in verdict order', () => {
    expect(wbbm.predicate).toBe('WBBM');
    expect(wbbm.groups.map((group) => group.criterion.id)).toEqual([
      'area:A.I.4',
      'area:A.I.6',
      'area:A.II.1',
      'area:A.II.3',
      'ipkp',
    ]);
  });

  it.each([
    [
      'area:A.I.4',
      // share = weight ÷ scored items; potential = share × (1 − value)
      [
        ['A.I.4.i.b', (2.5 / 3) * 0.5], //   ABC B:   0,833333 × 0,5  = 0,416667
        ['A.I.4.ii.g', (2.5 / 8) * 1], //    Tidak:   0,3125 × 1      = 0,3125
        ['A.I.4.i.c', (2.5 / 3) * 0.33], //  ABCD B:  0,833333 × 0,33 = 0,275
        ['A.I.4.ii.h', (2.5 / 8) * 0.5], //  ABC B:   0,3125 × 0,5    = 0,15625
        ['A.I.4.ii.d', (2.5 / 8) * 0.33], // ABCD B:  0,3125 × 0,33   = 0,103125
      ],
    ],
    [
      'area:A.II.1',
      [
        ['A.II.1.iii.a', 1 * 0.33], // ABCD B                         = 0,33
        ['A.II.1.i.b', 1 * 0.25], //   computed 0,75, share 2/2 = 1    = 0,25 (tie: template order)
        ['A.II.1.ii.a', 1 * 0.25], //  ABCDE B                         = 0,25
        ['A.II.1.i.a', 1 * 0.2], //    computed 0,8                    = 0,2
      ],
    ],
    [
      'area:A.II.3',
      [
        ['A.II.3.iii.a', 2 * 0.5], // disiplin 0,5, share 2 = 1
        ['A.II.3.ii.a', 1.5 * 0.5], // ABC B, share 1,5      = 0,75
      ],
    ],
    ['ipkp', [['B.II.a', 17.5 - 14.875]]], // 17,5 × (1 − 3,4/4) = 2,625
  ])('ranks %s items by the points they could add', (id, expected) => {
    const group = wbbm.groups.find((entry) => entry.criterion.id === id);
    expect(group?.items.map((item) => item.code)).toEqual(expected.map(([code]) => code));
    group?.items.forEach((item, index) => {
      expect(item.potential).toBeCloseTo(Number(expected[index]?.[1]), 12);
    });
  });

  it('says how many top items close the shortfall', () => {
    const byId = new Map(wbbm.groups.map((group) => [group.criterion.id, group]));
    // A.II.3 shortfall 0,5: the top item alone (1) closes it.
    expect(byId.get('area:A.II.3')).toMatchObject({ reachable: true, itemsToClose: 1 });
    expect(byId.get('area:A.II.3')?.totalPotential).toBeCloseTo(1.75, 12);
    // A.I.6 shortfall 0,334167: the top items are the ABC "B" answers of sub-areas with 3 items,
    // each 1/3 × 0,5 = 0,166667; two give 0,333333 (< 0,334167), so three are needed.
    const aI6 = byId.get('area:A.I.6');
    expect(aI6?.items.slice(0, 3).map((item) => item.code)).toEqual(['A.I.6.iii.b', 'A.I.6.iii.c', 'A.I.6.iv.b']);
    expect(aI6).toMatchObject({ reachable: true, itemsToClose: 3 });
    // IPKP shortfall 0,875 < 2,625: one item.
    expect(byId.get('ipkp')).toMatchObject({ reachable: true, itemsToClose: 1 });
  });

  it('gives unanswered items their full share', () => {
    const answers = workedExampleAnswers();
    delete answers['A.II.1.ii.a'];
    const group = plan(answers, 'WBBM').groups.find((entry) => entry.criterion.id === 'area:A.II.1');
    expect(group?.items[0]).toMatchObject({ code: 'A.II.1.ii.a', answered: false, currentValue: 0, weightShare: 1, potential: 1 });
    expect(group?.items[0]?.path).toBe('Reform › Manajemen Perubahan › Komitmen Pimpinan');
  });

  it('includes Hasil indicators for the total, largest first', () => {
    const worst = plan(uniformAnswers(shippedTemplate(), 'worst'), 'WBK');
    const total = worst.groups.find((entry) => entry.criterion.id === 'total');
    expect(total?.items.slice(0, 4).map((item) => [item.code, item.potential])).toEqual([
      ['B.I.a', 17.5],
      ['B.II.a', 17.5],
      ['B.I.b', 5],
      ['A.II.5.ii.a', 3],
    ]);
    // Every scored item and indicator can still add something: 110 + 3.
    expect(total?.items).toHaveLength(113);
    expect(total?.totalPotential).toBeCloseTo(100, 9);
    expect(total).toMatchObject({ reachable: true });
  });

  it('plans nothing for a passing verdict', () => {
    expect(plan(workedExampleAnswers(), 'WBK').groups).toEqual([]);
  });
});
