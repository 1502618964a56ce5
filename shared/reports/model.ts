import type { PaperSize } from '../format/paper';
import type { ReportMeta } from './meta';

/**
 * What the report PDFs print: plain data built from stored records by
 * `buildLheModel` / `buildRecapModel` (pure, shared/reports), rendered by the PDF service
 * (electron/services/pdf/lhe.ts, recap.ts). Numbers are full precision; the renderer formats them
 * with `formatAngka` (decimal comma, two decimals) so the PDF matches the engine to the cent.
 */

/** Institution lines of the kop surat and the signature block. */
export interface ReportInstitution {
  pemerintahDaerah: string;
  namaInspektorat: string;
  alamat: string;
  /** Place of the date line ("Serang"); '' prints as "……". */
  kota: string;
  /** Logo bytes (PNG/JPEG) or null. */
  logo: Uint8Array | null;
  inspektur: {
    nama: string;
    /** Digits only; '' prints as "NIP ……". */
    nip: string;
    /** "Pembina Utama Muda (IV/c)" or ''. */
    pangkatGolongan: string;
  };
}

/** Row kinds of the results table, from the top of the tree down. */
export type LheRowKind = 'component' | 'half' | 'area' | 'hasilPart' | 'total';

/**
 * One row of the results table (Komponen | Bobot | Penilaian Mandiri | TPI [| TPN]): Pengungkit,
 * Pemenuhan with its six areas, Reform with its six areas, Hasil with its sub-components and
 * indicators, then the total. Values are points (not percent).
 */
export interface LheResultRow {
  kind: LheRowKind;
  /** Template code ('A', 'A.I', 'A.I.1', 'B.I.a'…; '' for the total). */
  code: string;
  /** Printed name ("Manajemen Perubahan", "Nilai Total"). */
  name: string;
  /** Nesting for indentation: 0 component/total, 1 half/hasil sub-component, 2 area/indicator. */
  depth: 0 | 1 | 2;
  weight: number;
  unit: number;
  /** null when the TPI layer has no answer at all. */
  tpi: number | null;
  /** null when the TPN layer has no answer at all (then the TPN column is not printed). */
  tpn: number | null;
}

/** One bar pair of the chart: an area's percentage of its weight on the Unit and TPI layers. */
export interface LheAreaBar {
  code: string;
  name: string;
  half: 'Pemenuhan' | 'Reform';
  /** 0–100. */
  unitPercent: number;
  /** 0–100, null when the TPI layer has no answer. */
  tpiPercent: number | null;
}

/** A failing criterion of a verdict. */
export interface LheFailingCriterion {
  label: string;
  value: number;
  minimum: number;
  weight: number;
  /** For area criteria, the required share in percent (60 or 75). */
  minimumPercent: number | null;
}

/** The verdict for one predicate on the assessed layer. */
export interface LheVerdict {
  predicate: 'WBK' | 'WBBM';
  /** "Wilayah Bebas dari Korupsi" / "Wilayah Birokrasi Bersih dan Melayani". */
  label: string;
  passed: boolean;
  /** The layer is fully answered (else the verdict is "sementara"). */
  complete: boolean;
  /** Every failing criterion, in verdict order (empty when passed). */
  failing: LheFailingCriterion[];
  /**
   * The proposal status as prose for the reader ("Dinas … belum layak diusulkan untuk memperoleh
   * predikat WBK. Hal yang belum terpenuhi: …"), never the app's data-entry messages.
   */
  proposal: string;
  /** Requirements whose data is not available yet, printed as "data belum tersedia" in a small table. */
  proposalMissing?: string[];
  /** One sentence for the report, e.g. "Memenuhi seluruh kriteria nilai WBK." */
  sentence: string;
}

/** One row of the item-notes appendix (items where a note was written or the answers differ). */
export interface LheItemNote {
  code: string;
  question: string;
  /** Answers as text ("Ya", "B", "12", "3,62"); '' when empty. */
  unitAnswer: string;
  tpiAnswer: string;
  /** The TPI's catatan (falls back to the unit's note); may be ''. */
  note: string;
}

/** Everything one Laporan Hasil Evaluasi prints. */
export interface LheModel {
  paper: PaperSize;
  institution: ReportInstitution;
  unit: {
    nama: string;
    singkatan: string;
    kepalaNama: string;
    kepalaJabatan: string;
  };
  year: number;
  /** "Lembar Kerja Evaluasi Zona Integritas (PermenPANRB 90/2021 jo. 5/2024)". */
  templateTitle: string;
  meta: ReportMeta;
  /** Date printed on the letter and the report (ISO): meta.tanggalSurat; '' prints a dotted blank, never today. */
  reportDate: string;
  /** The worksheet is not Final: every page carries a "KONSEP" watermark and the verdicts are "sementara". */
  draft?: boolean;
  /**
   * Date of the pencanangan (ISO): from the stored declaration (piagam) that covers the unit, or
   * entered by hand on the worksheet when no declaration does; null when neither exists.
   */
  pencanangan?: { date: string; source: 'piagam' | 'manual'; title: string } | null;
  /** Which layer the verdicts were given on. */
  assessedLayer: 'unit' | 'tpi';
  /** Print the TPN column (the TPN layer has answers). */
  showTpn: boolean;
  rows: LheResultRow[];
  chart: LheAreaBar[];
  verdicts: [LheVerdict, LheVerdict];
  notes: LheItemNote[];
  /** meta.rekomendasi, or the generated suggestions when none were entered. */
  recommendations: string[];
  /** True when `recommendations` are the generated suggestions. */
  recommendationsSuggested: boolean;
  dasarHukum: string[];
  tujuan: string;
  ruangLingkup: string;
  metodologi: string;
}

/** Colour band of an area percentage (heat-map and dashboard). */
export interface AreaBand {
  /** Lower bound, inclusive (percent). */
  from: number;
  label: string;
  /** Fill colour, #rrggbb. */
  color: string;
}

/** One unit of the recap: totals on its assessed layer, area percentages, change and rank. */
export interface RecapUnitRow {
  worksheetId: string;
  unitId: string;
  unitName: string;
  singkatan: string;
  layer: 'unit' | 'tpi';
  pemenuhan: number;
  reform: number;
  pengungkit: number;
  hasil: number;
  total: number;
  /** "WBBM", "WBK" or "Belum memenuhi". */
  verdict: string;
  /** The layer is fully answered (else the verdict is provisional). */
  complete: boolean;
  /** The worksheet's status when it is not Final ("Draf", "Diajukan", "Direviu TPI"): its numbers may still change. */
  notFinal?: string;
  previousTotal: number | null;
  change: number | null;
  /** 1 = highest total; equal totals share a rank. */
  rank: number;
  /** Percent per area (0–100), in the order of `RecapModel.areas`. */
  areaPercents: number[];
}

/** One year of the year-over-year picture. */
export interface RecapYear {
  year: number;
  units: { unitId: string; unitName: string; singkatan: string; total: number; verdict: string }[];
}

/** Everything the annual recap prints. */
export interface RecapModel {
  paper: PaperSize;
  institution: ReportInstitution;
  year: number;
  /** Print date (ISO). */
  date: string;
  /** The 12 areas: Pemenuhan's six then Reform's six. */
  areas: { code: string; name: string; half: 'Pemenuhan' | 'Reform' }[];
  rows: RecapUnitRow[];
  bands: readonly AreaBand[];
  /** Generated summary sentences ("3 unit dievaluasi; 1 layak diusulkan WBK …"). */
  summary: string[];
  /** Every year with worksheets up to `year`, oldest first. */
  history: RecapYear[];
}
