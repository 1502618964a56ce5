import { describe, expect, it } from 'vitest';
import type { DashboardTrend } from '../../../../../shared/reports';
import {
  coverageText,
  defaultYearAfter,
  formatChange,
  formatPercent,
  layoutTrendChart,
  scaleTotal,
  trendSummary,
  verdictText,
  yearOptions,
} from '../../../../../renderer/src/features/dashboard/model';

describe('defaultYearAfter', () => {
  const rows: Array<[string, { year: number; worksheets: number; years: number[] }, number | undefined]> = [
    ['the year has worksheets', { year: 2025, worksheets: 2, years: [2025, 2022] }, undefined],
    ['empty year, older years exist', { year: 2025, worksheets: 0, years: [2025, 2022, 2021] }, 2022],
    ['empty year, order not trusted', { year: 2025, worksheets: 0, years: [2021, 2025, 2023] }, 2023],
    ['empty year, a newer year exists', { year: 2025, worksheets: 0, years: [2026, 2025] }, 2026],
    ['nothing anywhere', { year: 2025, worksheets: 0, years: [2025] }, undefined],
  ];
  it.each(rows)('%s', (_name, view, expected) => {
    expect(defaultYearAfter(view)).toBe(expected);
  });
});

describe('yearOptions', () => {
  it('adds the requested year once, newest first', () => {
    expect(yearOptions([2022, 2021], 2024)).toEqual([2024, 2022, 2021]);
    expect(yearOptions([2022, 2021], 2021)).toEqual([2022, 2021]);
    expect(yearOptions([], undefined)).toEqual([]);
  });
});

describe('formatChange', () => {
  const rows: Array<[number | null, string]> = [
    [null, '—'],
    [2.345, '+2,35'],
    [-1.2, '-1,20'],
    [0, '0,00'],
    [0.004, '0,00'],
    [-0.004, '0,00'],
    [1234.5, '+1.234,50'],
  ];
  it.each(rows)('%s → %s', (change, expected) => {
    expect(formatChange(change)).toBe(expected);
  });
});

describe('texts', () => {
  it('marks provisional verdicts', () => {
    expect(verdictText('WBK', true)).toBe('WBK');
    expect(verdictText('BELUM', true)).toBe('Belum memenuhi');
    expect(verdictText('WBBM', false)).toBe('WBBM (sementara)');
  });
  it('formats percentages and coverage', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(81.256)).toBe('81,26%');
    expect(coverageText(12, 40, 30)).toBe('12 dari 40 pegawai (30,00%)');
    expect(coverageText(1250, 2000, 62.5)).toBe('1.250 dari 2.000 pegawai (62,50%)');
  });
});

describe('scaleTotal', () => {
  const rows: Array<[number, number, number]> = [
    [0, 120, 0],
    [50, 120, 60],
    [100, 120, 120],
    [75.5, 200, 151],
    [120, 120, 120],
    [-3, 120, 0],
    [Number.NaN, 120, 0],
  ];
  it.each(rows)('total %s on %s px → %s', (total, plot, expected) => {
    expect(scaleTotal(total, plot)).toBeCloseTo(expected, 9);
  });
});

const trends: DashboardTrend[] = [
  {
    unitId: 'a',
    unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
    singkatan: 'Disdukcapil',
    points: [
      { year: 2021, total: 70, verdict: 'BELUM' },
      { year: 2022, total: 90.456, verdict: 'WBBM' },
    ],
  },
  { unitId: 'b', unitName: 'Badan Pendapatan Daerah', singkatan: '', points: [{ year: 2022, total: 50, verdict: 'BELUM' }] },
];

describe('layoutTrendChart', () => {
  const options = { columns: 3, panelWidth: 200, panelHeight: 164, slotWidth: 50 };
  const layout = layoutTrendChart(trends, 2022, options);

  it('places one panel per unit side by side', () => {
    expect(layout.years).toEqual([2021, 2022]);
    expect(layout.panels.map((panel) => [panel.x, panel.y])).toEqual([
      [0, 0],
      [200, 0],
    ]);
    expect(layout.width).toBe(400);
    expect(layout.height).toBe(164);
  });

  it('puts a year at the same x in every panel, missing years leave a gap', () => {
    const [first, second] = layout.panels;
    const x2022 = first?.bars.find((bar) => bar.year === 2022)?.centerX;
    expect(second?.bars.map((bar) => bar.centerX)).toEqual([x2022]);
    expect(second?.yearLabels.map((label) => label.year)).toEqual([2021, 2022]);
  });

  it('scales bars on 0–100 from the baseline and marks the current year', () => {
    const panel = layout.panels[0];
    if (!panel) throw new Error('no panel');
    const plot = panel.baseline - panel.top;
    const [old, current] = panel.bars;
    expect(old?.height).toBeCloseTo(plot * 0.7, 9);
    expect((old?.y ?? 0) + (old?.height ?? 0)).toBeCloseTo(panel.baseline, 9);
    expect(old?.current).toBe(false);
    expect(current?.current).toBe(true);
  });

  it('titles a panel by abbreviation, else by name', () => {
    expect(layout.panels.map((panel) => panel.title)).toEqual(['Disdukcapil', 'Badan Pendapatan Daerah']);
  });

  it('wraps into rows and widens panels for many years', () => {
    const many: DashboardTrend[] = Array.from({ length: 4 }, (_, index) => ({
      unitId: `u${index}`,
      unitName: `Unit ${index}`,
      singkatan: '',
      points: Array.from({ length: 8 }, (__, offset) => ({ year: 2015 + offset, total: 60, verdict: 'BELUM' as const })),
    }));
    const wide = layoutTrendChart(many, 2022, options);
    const width = wide.panels[0]?.width ?? 0;
    expect(width).toBeGreaterThanOrEqual(8 * 50);
    expect(wide.panels[3]).toMatchObject({ x: 0, y: 164 });
    expect(wide.height).toBe(2 * 164);
  });

  it('is empty without units', () => {
    expect(layoutTrendChart([], 2022, options)).toEqual({ width: 0, height: 0, years: [], panels: [] });
  });
});

describe('trendSummary', () => {
  it('names every unit with its years, totals and verdicts', () => {
    expect(trendSummary(trends)).toBe(
      'Tren nilai total LKE per unit kerja 2021–2022. Disdukcapil: 2021 70,00 (Belum memenuhi), 2022 90,46 (WBBM); Badan Pendapatan Daerah: 2022 50,00 (Belum memenuhi).',
    );
  });
});
