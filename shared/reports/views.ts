import { z } from 'zod';
import type { CoverageSummary } from '../pledges/views';
import { worksheetIdSchema, yearSchema, type WorksheetStatus } from '../worksheets/schemas';
import { reportMetaSchema, type ReportMeta } from './meta';

/**
 * Channel inputs and views of the reports domain: report metadata of a
 * worksheet, the LHE and recap PDFs, and the yearly dashboard.
 */

export const reportRefInputSchema = z.object({ id: worksheetIdSchema });
export const reportSaveMetaInputSchema = z.object({ id: worksheetIdSchema, meta: reportMetaSchema });
export const reportYearInputSchema = z.object({ year: yearSchema });

/** `reports:getMeta` / `reports:saveMeta`. */
export interface ReportMetaView {
  worksheetId: string;
  unitName: string;
  year: number;
  /** False until the form was saved once; `meta` then holds the suggested defaults. */
  saved: boolean;
  savedAt: string | null;
  savedBy: string | null;
  meta: ReportMeta;
  /** Recommendations drawn from the weakest areas and items of the assessed layer, to copy in. */
  suggestions: string[];
  /** Labels of the fields still empty (they print as "……"). */
  blanks: string[];
}

/** Verdict class of a worksheet on its assessed layer. */
export type VerdictClass = 'WBBM' | 'WBK' | 'BELUM';

/** One worksheet of the dashboard year. */
export interface DashboardRow {
  worksheetId: string;
  unitId: string;
  unitName: string;
  singkatan: string;
  status: WorksheetStatus;
  layer: 'unit' | 'tpi';
  total: number;
  verdict: VerdictClass;
  /** The assessed layer is fully answered (else the verdict is provisional). */
  complete: boolean;
  previousTotal: number | null;
  change: number | null;
  /** Pledge coverage of the unit for the year, percent 0–100 (null when the unit has nobody). */
  pledgePercent: number | null;
}

/** Totals of one unit across the years, for the per-unit chart. */
export interface DashboardTrend {
  unitId: string;
  unitName: string;
  singkatan: string;
  points: { year: number; total: number; verdict: VerdictClass }[];
}

/** `reports:dashboard`. */
export interface DashboardView {
  year: number;
  /** Years that have worksheets, plus `year`, newest first. */
  years: number[];
  /** Active units in the master data. */
  activeUnits: number;
  /** Worksheets of the year. */
  worksheets: number;
  statusCounts: Record<WorksheetStatus, number>;
  verdictCounts: Record<VerdictClass, number>;
  /** Worksheets whose verdict is provisional (assessed layer incomplete). */
  provisional: number;
  /** Average total of the year's worksheets (null when none). */
  averageTotal: number | null;
  /** Pakta Integritas coverage over all active people for the year. */
  pledges: CoverageSummary;
  rows: DashboardRow[];
  /** Units of the year's rows with their totals across every year. */
  trends: DashboardTrend[];
  /** Worksheets that could not be read. */
  problems: { id: string; message: string }[];
}
