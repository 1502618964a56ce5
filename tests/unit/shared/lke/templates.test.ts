import { describe, expect, it } from 'vitest';
import { templateStats } from '../../../../shared/lke/structure';
import {
  compareVersions,
  getTemplate,
  newestTemplate,
  templateOf,
  templates,
} from '../../../../shared/lke/templates/index';
import { optionValues, type Question } from '../../../../shared/lke/types';
import { AppFailure } from '../../../../shared/result';
import { shippedTemplate } from './fixtures';

function allQuestions(): Question[] {
  const template = shippedTemplate();
  return template.components.flatMap((component) =>
    component.kind === 'PENGUNGKIT'
      ? component.halves.flatMap((half) =>
          half.areas.flatMap((area) => area.subAreas.flatMap((subArea) => subArea.questions)),
        )
      : [],
  );
}

describe('shipped template registry', () => {
  it('validates the shipped template once and returns the same frozen object', () => {
    const first = getTemplate('lke-zi-90-2021-5-2024');
    const second = getTemplate('lke-zi-90-2021-5-2024');
    expect(first.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value).toBe(first.value);
    expect(Object.isFrozen(first.value)).toBe(true);
    expect(first.value.version).toBe('2024.1');
  });

  it('refuses an unknown id with an Indonesian message', () => {
    const result = getTemplate('lke-tidak-ada');
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Templat LKE "lke-tidak-ada" tidak dikenal.' },
    });
  });

  it('offers the newest template', () => {
    const newest = newestTemplate();
    expect(newest.ok && newest.value.id).toBe('lke-zi-90-2021-5-2024');
    // Rules that follow the year: the original PermenPANRB 90/2021 LKE ships beside the amended one.
    expect(Object.keys(templates)).toEqual(['lke-zi-90-2021', 'lke-zi-90-2021-5-2024']);
  });

  it.each([
    ['2024.1', '2024.1', 0],
    ['2024.1', '2024.10', -1],
    ['2025.1', '2024.9', 1],
    ['2024', '2024.0', 0],
  ])('compareVersions(%s, %s) has sign %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('templateOf', () => {
  it('returns the validated template a worksheet names', () => {
    const shipped = getTemplate('lke-zi-90-2021-5-2024');
    expect(shipped.ok).toBe(true);
    if (!shipped.ok) return;
    expect(templateOf({ templateId: 'lke-zi-90-2021-5-2024' })).toBe(shipped.value);
  });

  it('stops with CONFLICT and an Indonesian message when this build does not ship the template', () => {
    let thrown: unknown;
    try {
      templateOf({ templateId: 'lke-dari-versi-baru' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppFailure);
    expect(thrown).toMatchObject({
      code: 'CONFLICT',
      message: 'Templat LKE "lke-dari-versi-baru" tidak tersedia di aplikasi ini.',
    });
  });
});

describe('shipped template content (PermenPANRB 90/2021 Lampiran III, amended by 5/2024)', () => {
  it('counts 127 questions the way PortalRB does (entered items, computed % excluded)', () => {
    expect(templateStats(shippedTemplate())).toEqual({
      enteredItems: 127,
      computedItems: 8,
      countItems: 22,
      scoredQuestions: 110,
      indicators: 3,
      subAreas: 43,
      areas: 12,
    });
  });

  it('carries PortalRB ids 1–127 exactly once', () => {
    const template = shippedTemplate();
    const ids = [
      ...allQuestions().map((question) => question.portalRbId),
      ...template.components.flatMap((component) =>
        component.kind === 'HASIL'
          ? component.subComponents.flatMap((sub) => sub.indicators.map((indicator) => indicator.portalRbId))
          : [],
      ),
    ].filter((id): id is number => id !== undefined);
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 127 }, (_, index) => index + 1));
  });

  it('has the same six areas with the same weights in Pemenuhan and Reform (DOMAIN §2)', () => {
    const template = shippedTemplate();
    const pengungkit = template.components.find((component) => component.kind === 'PENGUNGKIT');
    expect(pengungkit?.kind).toBe('PENGUNGKIT');
    if (pengungkit?.kind !== 'PENGUNGKIT') return;
    const expected = [
      ['Manajemen Perubahan', 4],
      ['Penataan Tatalaksana', 3.5],
      ['Penataan Sistem Manajemen SDM Aparatur', 5],
      ['Penguatan Akuntabilitas', 5],
      ['Penguatan Pengawasan', 7.5],
      ['Peningkatan Kualitas Pelayanan Publik', 5],
    ];
    expect(pengungkit.halves.map((half) => [half.name, half.weight])).toEqual([
      ['Pemenuhan', 30],
      ['Reform', 30],
    ]);
    for (const half of pengungkit.halves) {
      expect(half.areas.map((area) => [area.name, area.weight])).toEqual(expected);
    }
  });

  it('splits Pengawasan Reform iii into LHKPN and non-LHKPN sub-areas of weight 1 each', () => {
    const template = shippedTemplate();
    const pengungkit = template.components[0];
    if (pengungkit?.kind !== 'PENGUNGKIT') throw new Error('Pengungkit first');
    const pengawasan = pengungkit.halves[1]?.areas[4];
    expect(pengawasan?.subAreas.map((subArea) => [subArea.code, subArea.weight, subArea.group?.code])).toEqual([
      ['A.II.5.i', 2.5, undefined],
      ['A.II.5.ii', 3, undefined],
      ['A.II.5.iii.a', 1, 'A.II.5.iii'],
      ['A.II.5.iii.b', 1, 'A.II.5.iii'],
    ]);
  });

  it('stores option values as the workbook does (0.67 / 0.33, never 2/3)', () => {
    for (const question of allQuestions()) {
      if (question.answerType === 'PERSEN' || question.answerType === 'JUMLAH' || question.answerType === 'INDEKS') continue;
      const expected: Readonly<Record<string, number>> = optionValues[question.answerType];
      expect(Object.fromEntries(question.options.map((option) => [option.key, option.value]))).toEqual(expected);
    }
  });

  it.each([
    ['A.II.1.i.a', { kind: 'ratio', numerator: ['A.II.1.i.a.2'], denominator: ['A.II.1.i.a.1'] }],
    ['A.II.1.i.b', { kind: 'ratio', numerator: ['A.II.1.i.b.2'], denominator: ['A.II.1.i.b.1'] }],
    ['A.II.3.iii.a', { kind: 'disiplin', lastYear: 'A.II.3.iii.a.1', thisYear: 'A.II.3.iii.a.2' }],
    ['A.II.4.i.a', { kind: 'ratio', numerator: ['A.II.4.i.a.2'], denominator: ['A.II.4.i.a.1'] }],
    ['A.II.5.ii.a', { kind: 'ratio', numerator: ['A.II.5.ii.a.3'], denominator: ['A.II.5.ii.a.1'] }],
    [
      'A.II.5.iii.a.a',
      { kind: 'ratio', numerator: ['A.II.5.iii.a.a.4'], denominator: ['A.II.5.iii.a.a.1', 'A.II.5.iii.a.a.2', 'A.II.5.iii.a.a.3'] },
    ],
    [
      'A.II.5.iii.b.a',
      { kind: 'ratio', numerator: ['A.II.5.iii.b.a.4'], denominator: ['A.II.5.iii.b.a.1', 'A.II.5.iii.b.a.2', 'A.II.5.iii.b.a.3'] },
    ],
    ['A.II.6.i.b', { kind: 'ratio', numerator: ['A.II.6.i.b.2'], denominator: ['A.II.6.i.b.1'] }],
  ])('computed item %s uses the workbook formula', (code, formula) => {
    const question = allQuestions().find((entry) => entry.code === code);
    expect(question?.answerType).toBe('PERSEN');
    if (question?.answerType === 'PERSEN') expect(question.formula).toEqual(formula);
  });

  it('describes the Hasil indicators with their weights and roles', () => {
    const template = shippedTemplate();
    const hasil = template.components.find((component) => component.kind === 'HASIL');
    if (hasil?.kind !== 'HASIL') throw new Error('Hasil missing');
    expect(
      hasil.subComponents.map((sub) => [
        sub.code,
        sub.weight,
        sub.role,
        sub.indicators.map((indicator) => [indicator.code, indicator.role, indicator.answerType, indicator.weight]),
      ]),
    ).toEqual([
      [
        'B.I',
        22.5,
        'BIROKRASI_BERSIH',
        [
          ['B.I.a', 'IPAK', 'INDEKS', 17.5],
          ['B.I.b', 'CAPAIAN_KINERJA', 'ABCDE', 5],
        ],
      ],
      ['B.II', 17.5, 'PELAYANAN_PRIMA', [['B.II.a', 'IPKP', 'INDEKS', 17.5]]],
    ]);
  });
});
