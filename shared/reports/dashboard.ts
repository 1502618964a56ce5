import type { CoverageSummary } from '../pledges/views';
import { worksheetStatuses, type WorksheetStatus } from '../worksheets/schemas';
import type { WorksheetProblem, WorksheetSummary } from '../worksheets/views';
import { assessedTotal, verdictClass } from './recap';
import type { DashboardRow, DashboardTrend, DashboardView, VerdictClass } from './views';

/**
 * The yearly dashboard: worksheet status and verdict counts, pledge coverage,
 * one row per worksheet of the year and each unit's totals across years. Pure.
 */

export interface DashboardInput {
  year: number;
  /** Every worksheet summary of every year. */
  all: readonly WorksheetSummary[];
  problems: readonly WorksheetProblem[];
  activeUnits: number;
  /** Pledge coverage of all active people for the year. */
  pledges: CoverageSummary;
  /** Pledge coverage percent per unit id (units without people absent). */
  pledgePercentByUnit: ReadonlyMap<string, number>;
}

export function buildDashboard(input: DashboardInput): DashboardView {
  const { year } = input;
  const current = input.all.filter((summary) => summary.year === year);
  const previous = new Map<string, number>();
  for (const summary of input.all) if (summary.year === year - 1) previous.set(summary.unit.id, assessedTotal(summary));
  const statusCounts = Object.fromEntries(worksheetStatuses.map((status) => [status, 0])) as Record<WorksheetStatus, number>;
  const verdictCounts: Record<VerdictClass, number> = { WBBM: 0, WBK: 0, BELUM: 0 };
  let provisional = 0;
  const rows: DashboardRow[] = current.map((summary) => {
    statusCounts[summary.status] += 1;
    const verdict = verdictClass(summary);
    verdictCounts[verdict] += 1;
    const complete = summary.assessment.wbk.complete;
    if (!complete) provisional += 1;
    const total = assessedTotal(summary);
    const previousTotal = previous.get(summary.unit.id) ?? null;
    return {
      worksheetId: summary.id,
      unitId: summary.unit.id,
      unitName: summary.unit.nama,
      singkatan: summary.unit.singkatan,
      status: summary.status,
      layer: summary.assessment.layer,
      total,
      verdict,
      complete,
      previousTotal,
      change: previousTotal === null ? null : total - previousTotal,
      pledgePercent: input.pledgePercentByUnit.get(summary.unit.id) ?? null,
    };
  });
  rows.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'id'));
  const trends: DashboardTrend[] = rows.map((row) => ({
    unitId: row.unitId,
    unitName: row.unitName,
    singkatan: row.singkatan,
    points: input.all
      .filter((summary) => summary.unit.id === row.unitId)
      .map((summary) => ({ year: summary.year, total: assessedTotal(summary), verdict: verdictClass(summary) }))
      .sort((a, b) => a.year - b.year),
  }));
  const years = [...new Set([year, ...input.all.map((summary) => summary.year)])].sort((a, b) => b - a);
  return {
    year,
    years,
    activeUnits: input.activeUnits,
    worksheets: current.length,
    statusCounts,
    verdictCounts,
    provisional,
    averageTotal: rows.length === 0 ? null : rows.reduce((sum, row) => sum + row.total, 0) / rows.length,
    pledges: input.pledges,
    rows,
    trends,
    problems: input.problems.map((problem) => ({ ...problem })),
  };
}
