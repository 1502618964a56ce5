import { formatAngka } from '../../../../shared/format';
import { VERDICT_TEXT, type DashboardTrend, type DashboardView, type VerdictClass } from '../../../../shared/reports';

/**
 * Pure pieces of "Laporan & Dasbor": the default year, the texts of changes and coverage, and the
 * geometry of the per-unit trend chart (plain SVG, no chart library).
 */

/**
 * The year to show when the address names none. `view` is the dashboard of the current year; when
 * that year has no worksheets the newest year that has some is shown instead (`years` lists the
 * years with worksheets plus the requested one). Returns undefined when `view` already fits.
 *
 * defaultYearAfter({ year: 2025, worksheets: 0, years: [2025, 2022, 2021] }) → 2022
 */
export function defaultYearAfter(view: Pick<DashboardView, 'year' | 'worksheets' | 'years'>): number | undefined {
  if (view.worksheets > 0) return undefined;
  const others = view.years.filter((year) => year !== view.year);
  return others.length === 0 ? undefined : Math.max(...others);
}

/** The years of the selector: the view's years and the requested one, newest first, once each. */
export function yearOptions(years: readonly number[], requested: number | undefined): number[] {
  const all = new Set(years);
  if (requested !== undefined) all.add(requested);
  return [...all].sort((a, b) => b - a);
}

/**
 * A change against last year with its sign: +2,35 / -1,20 / 0,00; "—" without a previous year.
 * The sign follows the printed value, so a change that rounds to zero prints without one.
 */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const text = formatAngka(change);
  return change > 0 && text !== formatAngka(0) ? `+${text}` : text;
}

/** "WBK" / "Belum memenuhi", with "(sementara)" while the assessed layer is incomplete. */
export function verdictText(verdict: VerdictClass, complete: boolean): string {
  return complete ? VERDICT_TEXT[verdict] : `${VERDICT_TEXT[verdict]} (sementara)`;
}

/** A percentage 0–100 as "81,25%", or "—" when there is nothing to measure. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${formatAngka(percent)}%`;
}

/** "12 dari 40 pegawai (30,00%)". */
export function coverageText(signed: number, total: number, percent: number): string {
  return `${formatAngka(signed, 0)} dari ${formatAngka(total, 0)} pegawai (${formatPercent(percent)})`;
}

// ------------------------------------------------------------------ trend chart

/** LKE totals are points out of 100 (PermenPANRB 90/2021): every panel shares this scale. */
export const MAX_TOTAL = 100;

export interface ChartOptions {
  /** Panels per row. */
  columns: number;
  /** Minimum width of one panel (it grows with the number of years). */
  panelWidth: number;
  panelHeight: number;
  /** Horizontal room per year. */
  slotWidth: number;
}

export const DEFAULT_CHART: ChartOptions = { columns: 3, panelWidth: 240, panelHeight: 190, slotWidth: 56 };

/** Space inside a panel for the title (top), the value labels and the year labels (bottom). */
const PAD = { top: 40, bottom: 24, side: 12 };

export interface ChartBar {
  year: number;
  total: number;
  verdict: VerdictClass;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for the value and year labels. */
  centerX: number;
  /** The dashboard's year (drawn stronger). */
  current: boolean;
}

export interface ChartPanel {
  unitId: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Y of the zero line, relative to the panel. */
  baseline: number;
  /** Y of the top of the scale (total 100), relative to the panel. */
  top: number;
  /** Label positions of every year of the chart, present in this unit or not. */
  yearLabels: { year: number; centerX: number }[];
  bars: ChartBar[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Every year that any unit has, oldest first: the same x position in every panel. */
  years: number[];
  panels: ChartPanel[];
}

/**
 * Bar height of a total on a plot `plotHeight` high, clamped to 0–100.
 *
 * scaleTotal(50, 120) → 60; scaleTotal(120, 120) → 120; scaleTotal(-3, 120) → 0
 */
export function scaleTotal(total: number, plotHeight: number): number {
  if (!Number.isFinite(total)) return 0;
  const clamped = Math.min(Math.max(total, 0), MAX_TOTAL);
  return (clamped / MAX_TOTAL) * plotHeight;
}

/**
 * Small multiples: one panel per unit (in the order given), one bar per year, bars of a year at
 * the same x in every panel so the eye can compare across units.
 */
export function layoutTrendChart(trends: readonly DashboardTrend[], year: number, options: ChartOptions = DEFAULT_CHART): ChartLayout {
  if (trends.length === 0) return { width: 0, height: 0, years: [], panels: [] };
  const years = [...new Set(trends.flatMap((trend) => trend.points.map((point) => point.year)))].sort((a, b) => a - b);
  const columns = Math.max(1, Math.min(options.columns, trends.length));
  const width = Math.max(options.panelWidth, PAD.side * 2 + years.length * options.slotWidth);
  const height = options.panelHeight;
  const plotHeight = height - PAD.top - PAD.bottom;
  const baseline = height - PAD.bottom;
  const slot = years.length === 0 ? 0 : (width - PAD.side * 2) / years.length;
  const barWidth = Math.min(slot * 0.6, 36);
  const centerOf = (index: number): number => PAD.side + slot * index + slot / 2;
  const panels = trends.map((trend, index): ChartPanel => {
    const bars = trend.points.map((point): ChartBar => {
      const centerX = centerOf(years.indexOf(point.year));
      const barHeight = scaleTotal(point.total, plotHeight);
      return {
        year: point.year,
        total: point.total,
        verdict: point.verdict,
        x: centerX - barWidth / 2,
        y: baseline - barHeight,
        width: barWidth,
        height: barHeight,
        centerX,
        current: point.year === year,
      };
    });
    return {
      unitId: trend.unitId,
      title: trend.singkatan || trend.unitName,
      x: (index % columns) * width,
      y: Math.floor(index / columns) * height,
      width,
      height,
      baseline,
      top: PAD.top,
      yearLabels: years.map((entry, position) => ({ year: entry, centerX: centerOf(position) })),
      bars,
    };
  });
  const rows = Math.ceil(trends.length / columns);
  return { width: columns * width, height: rows * height, years, panels };
}

/**
 * The chart in one sentence per unit, for its accessible name:
 * "Disdukcapil: 2021 80,12 (WBK), 2022 90,55 (WBBM)".
 */
export function trendSummary(trends: readonly DashboardTrend[]): string {
  const years = [...new Set(trends.flatMap((trend) => trend.points.map((point) => point.year)))].sort((a, b) => a - b);
  const span = years.length === 0 ? '' : years.length === 1 ? ` ${years[0]}` : ` ${years[0]}–${years[years.length - 1]}`;
  const units = trends.map((trend) => {
    const points = trend.points.map((point) => `${point.year} ${formatAngka(point.total)} (${VERDICT_TEXT[point.verdict]})`);
    return `${trend.singkatan || trend.unitName}: ${points.join(', ')}`;
  });
  return `Tren nilai total LKE per unit kerja${span}. ${units.join('; ')}.`;
}
