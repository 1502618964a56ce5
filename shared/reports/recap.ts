import { formatAngka } from '../format/number';
import type { PaperSize } from '../format/paper';
import { worksheetStatusLabels } from '../worksheets/schemas';
import type { WorksheetSummary } from '../worksheets/views';
import type { AreaBand, RecapModel, RecapUnitRow, RecapYear, ReportInstitution } from './model';
import type { VerdictClass } from './views';

/**
 * The annual recap: one row per unit with its totals on the assessed layer,
 * verdict, change from last year and rank; area percentages for the heat-map; a generated
 * summary and the year-over-year picture. Pure.
 */

/**
 * Heat-map bands of an area percentage, tied to the area criteria of the thresholds (an area
 * must reach 60% of its weight for WBK and 75% for WBBM).
 */
export const AREA_BANDS: readonly AreaBand[] = [
  { from: 0, label: '< 50%', color: '#f4b6b6' },
  { from: 50, label: '50% – < 60%', color: '#f9d9a8' },
  { from: 60, label: '60% – < 75% (memenuhi WBK)', color: '#fff1a8' },
  { from: 75, label: '≥ 75% (memenuhi WBBM)', color: '#bfe3b4' },
];

/** Verdict class on the assessed layer's score criteria. */
export function verdictClass(summary: WorksheetSummary): VerdictClass {
  if (summary.assessment.wbbm.passed) return 'WBBM';
  if (summary.assessment.wbk.passed) return 'WBK';
  return 'BELUM';
}

export const VERDICT_TEXT: Readonly<Record<VerdictClass, string>> = {
  WBBM: 'WBBM',
  WBK: 'WBK',
  BELUM: 'Belum memenuhi',
};

/** Total on the layer the verdicts are given on. */
export function assessedTotal(summary: WorksheetSummary): number {
  return summary.layers[summary.assessment.layer].totals.total;
}

/** A worksheet of the year with its area percentages (Pemenuhan's six, then Reform's six). */
export interface RecapEntry {
  summary: WorksheetSummary;
  areaPercents: number[];
}

/** Rows sorted by rank (highest total first; equal totals share a rank, then by name). */
export function recapRows(current: readonly RecapEntry[], previous: readonly WorksheetSummary[]): RecapUnitRow[] {
  const lastYear = new Map<string, number>();
  for (const summary of previous) lastYear.set(summary.unit.id, assessedTotal(summary));
  const rows = current.map(({ summary, areaPercents }): RecapUnitRow => {
    const layer = summary.assessment.layer;
    const totals = summary.layers[layer].totals;
    const previousTotal = lastYear.get(summary.unit.id) ?? null;
    const assessed = summary.assessment[summary.assessment.wbbm.passed ? 'wbbm' : 'wbk'];
    return {
      worksheetId: summary.id,
      unitId: summary.unit.id,
      unitName: summary.unit.nama,
      singkatan: summary.unit.singkatan,
      layer,
      pemenuhan: totals.pemenuhan,
      reform: totals.reform,
      pengungkit: totals.pengungkit,
      hasil: totals.hasil,
      total: totals.total,
      verdict: VERDICT_TEXT[verdictClass(summary)],
      complete: assessed.complete,
      ...(summary.status === 'FINAL' ? {} : { notFinal: worksheetStatusLabels[summary.status] }),
      previousTotal,
      change: previousTotal === null ? null : totals.total - previousTotal,
      rank: 0,
      areaPercents,
    };
  });
  rows.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'id'));
  rows.forEach((row, index) => {
    const before = rows[index - 1];
    row.rank = before !== undefined && Math.abs(before.total - row.total) < 1e-9 ? before.rank : index + 1;
  });
  return rows;
}

/** Worksheets counted as proposable for each predicate (PermenPANRB 5/2024 status, not only scores). */
function proposable(summary: WorksheetSummary): 'WBBM' | 'WBK' | null {
  if (summary.assessment.wbbm.proposal !== 'belum layak') return 'WBBM';
  if (summary.assessment.wbk.proposal !== 'belum layak') return 'WBK';
  return null;
}

/** The generated summary sentences. */
export function recapSummary(
  year: number,
  rows: readonly RecapUnitRow[],
  summaries: readonly WorksheetSummary[],
  areas: readonly { name: string }[],
): string[] {
  if (rows.length === 0) return [`Belum ada unit kerja yang dievaluasi pada Tahun ${year}.`];
  const sentences: string[] = [];
  const counts = { WBBM: 0, WBK: 0 };
  for (const summary of summaries) {
    const kind = proposable(summary);
    if (kind !== null) counts[kind] += 1;
  }
  const notYet = summaries.length - counts.WBBM - counts.WBK;
  sentences.push(
    `${rows.length} unit kerja dievaluasi pada Tahun ${year}; ${counts.WBK} layak diusulkan WBK, ${counts.WBBM} layak diusulkan WBBM, dan ${notYet} belum layak diusulkan.`,
  );
  const passedWbk = rows.filter((row) => row.verdict === 'WBK' || row.verdict === 'WBBM').length;
  sentences.push(`${passedWbk} dari ${rows.length} unit kerja memenuhi seluruh kriteria nilai WBK.`);
  const average = rows.reduce((sum, row) => sum + row.total, 0) / rows.length;
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  if (top !== undefined && bottom !== undefined) {
    sentences.push(
      rows.length === 1
        ? `Nilai total ${top.unitName} ${formatAngka(top.total)}.`
        : `Nilai rata-rata ${formatAngka(average)}; tertinggi ${top.unitName} (${formatAngka(top.total)}), terendah ${bottom.unitName} (${formatAngka(bottom.total)}).`,
    );
  }
  const compared = rows.filter((row) => row.change !== null);
  if (compared.length > 0) {
    const up = compared.filter((row) => (row.change ?? 0) > 1e-9).length;
    sentences.push(`${up} dari ${compared.length} unit kerja yang juga dievaluasi pada Tahun ${year - 1} mengalami kenaikan nilai.`);
  }
  const provisional = rows.filter((row) => !row.complete).length;
  if (provisional > 0) sentences.push(`${provisional} penilaian masih sementara karena lembar kerjanya belum lengkap.`);
  if (areas.length > 0 && rows.every((row) => row.areaPercents.length === areas.length)) {
    let weakest = 0;
    let weakestAverage = Number.POSITIVE_INFINITY;
    areas.forEach((_, index) => {
      const mean = rows.reduce((sum, row) => sum + (row.areaPercents[index] ?? 0), 0) / rows.length;
      if (mean < weakestAverage - 1e-9) {
        weakestAverage = mean;
        weakest = index;
      }
    });
    const area = areas[weakest];
    if (area !== undefined) sentences.push(`Area dengan rata-rata capaian terendah: ${area.name} (${formatAngka(weakestAverage)}%).`);
  }
  return sentences;
}

export interface RecapInput {
  year: number;
  paper: PaperSize;
  institution: ReportInstitution;
  /** Print date (ISO). */
  date: string;
  areas: RecapModel['areas'];
  current: readonly RecapEntry[];
  /** Worksheets of the year before (for the change column). */
  previous: readonly WorksheetSummary[];
  /** Every worksheet summary of every year up to `year` (for the history). */
  all: readonly WorksheetSummary[];
}

/** The year-over-year picture: each year with worksheets up to `year`, oldest first. */
export function recapHistory(all: readonly WorksheetSummary[], year: number): RecapYear[] {
  const byYear = new Map<number, RecapYear>();
  for (const summary of all) {
    if (summary.year > year) continue;
    let entry = byYear.get(summary.year);
    if (entry === undefined) {
      entry = { year: summary.year, units: [] };
      byYear.set(summary.year, entry);
    }
    entry.units.push({
      unitId: summary.unit.id,
      unitName: summary.unit.nama,
      singkatan: summary.unit.singkatan,
      total: assessedTotal(summary),
      verdict: VERDICT_TEXT[verdictClass(summary)],
    });
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  for (const entry of years) entry.units.sort((a, b) => a.unitName.localeCompare(b.unitName, 'id'));
  return years;
}

/** The whole recap model. */
export function buildRecapModel(input: RecapInput): RecapModel {
  const rows = recapRows(input.current, input.previous);
  return {
    paper: input.paper,
    institution: input.institution,
    year: input.year,
    date: input.date,
    areas: input.areas,
    rows,
    bands: AREA_BANDS,
    summary: recapSummary(input.year, rows, input.current.map((entry) => entry.summary), input.areas),
    history: recapHistory(input.all, input.year),
  };
}

/** The yearly average of the recap's chart and what it covers. */
export interface HistoryAverages {
  /** Per year of the history (oldest first): the average total, or null when no unit counts. */
  averages: (number | null)[];
  /** Per year: how many units the average covers. */
  counts: number[];
  /**
   * True when every average covers the same units (those evaluated in every year), so the line
   * compares like with like; false when no unit was evaluated every year and each year's average
   * covers that year's units (the counts then say how many).
   */
  sameUnits: boolean;
}

/**
 * The average line of the year-over-year chart. Averages of different sets of units do not
 * compare (a 1-unit average against a 3-unit one), so the line averages the units evaluated in
 * every year of the history; only when there is no such unit does each year average its own
 * units, and the chart prints how many units each average covers.
 */
export function historyAverages(history: readonly RecapYear[]): HistoryAverages {
  const [first, ...rest] = history;
  const common = new Set(first?.units.map((unit) => unit.unitId) ?? []);
  for (const entry of rest) {
    const present = new Set(entry.units.map((unit) => unit.unitId));
    for (const unitId of common) if (!present.has(unitId)) common.delete(unitId);
  }
  const sameUnits = history.length > 0 && common.size > 0;
  const counted = history.map((entry) => (sameUnits ? entry.units.filter((unit) => common.has(unit.unitId)) : entry.units));
  return {
    averages: counted.map((units) => (units.length === 0 ? null : units.reduce((sum, unit) => sum + unit.total, 0) / units.length)),
    counts: counted.map((units) => units.length),
    sameUnits,
  };
}
