import { formatTanggal, toCalendarDate } from '../format/date';
import { formatNip } from '../format/nip';
import { PAPER_SIZES, type PaperSize } from '../format/paper';

/**
 * The page standard every generated document follows (common regional Tata Naskah Dinas practice):
 * A4 or F4 paper; margins from the settings (default top 20 mm, left 30 mm for binding, right and
 * bottom 20 mm); a fixed 12 pt body, 11 pt in dense tables and never shrunk to fit; one document
 * family with a real bold — Arimo (Arial metrics, the default) or TeX Gyre Bonum (Bookman style);
 * one "NIP." label; dates in Indonesian words; blanks as dotted lines long enough for a pen.
 * Pure: the PDF engines (electron/services/pdf) and the settings screen read the same numbers.
 */

/** Millimetres to PDF points (1 pt = 1/72 in). */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** The document families; the key is what the settings store. */
export const DOCUMENT_FONTS = ['Arimo', 'Bonum'] as const;
export type DocumentFont = (typeof DOCUMENT_FONTS)[number];
export const DEFAULT_DOCUMENT_FONT: DocumentFont = 'Arimo';
export const DOCUMENT_FONT_LABEL: Record<DocumentFont, string> = {
  Arimo: 'Arimo (setara Arial)',
  Bonum: 'TeX Gyre Bonum (setara Bookman)',
};

/** Page margins in millimetres. */
export interface PageMarginsMm {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export const DEFAULT_MARGINS_MM: Readonly<PageMarginsMm> = { top: 20, left: 30, right: 20, bottom: 20 };

/**
 * Allowed range of each margin, in whole or half millimetres: wide enough for every regional
 * rule in use, narrow enough that a kop and a 12 pt body still fit on A4.
 */
export const MARGIN_RANGE_MM: Readonly<Record<keyof PageMarginsMm, readonly [number, number]>> = {
  top: [10, 40],
  left: [15, 45],
  right: [10, 35],
  bottom: [10, 40],
};

/** Indonesian names of the margins (settings labels and messages). */
export const MARGIN_LABEL: Record<keyof PageMarginsMm, string> = {
  top: 'Margin atas',
  left: 'Margin kiri',
  right: 'Margin kanan',
  bottom: 'Margin bawah',
};

/** Margins and family chosen in the settings; the paper size is kept next to them. */
export interface PageSettings {
  margins: PageMarginsMm;
  font: DocumentFont;
}

export const DEFAULT_PAGE_SETTINGS: Readonly<PageSettings> = { margins: { ...DEFAULT_MARGINS_MM }, font: DEFAULT_DOCUMENT_FONT };

/** The family of a document: the one chosen in the settings, else the standard's default. */
export function documentFontOf(settings: Pick<PageSettings, 'font'> | undefined): DocumentFont {
  return settings?.font ?? DEFAULT_DOCUMENT_FONT;
}

/** Indonesian message when a margin is outside its range, else undefined. */
export function checkMargin(side: keyof PageMarginsMm, value: number): string | undefined {
  const [min, max] = MARGIN_RANGE_MM[side];
  if (!Number.isFinite(value)) return `${MARGIN_LABEL[side]} harus berupa angka (mm).`;
  if (value < min || value > max) return `${MARGIN_LABEL[side]} harus antara ${min} dan ${max} mm.`;
  return undefined;
}

/** Page size and margins in points, as the PDF engines lay out. */
export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The page of `paper` with the margins of `settings` (default: the standard's), in points. */
export function pageGeometry(paper: PaperSize, settings: Pick<PageSettings, 'margins'> = DEFAULT_PAGE_SETTINGS): PageGeometry {
  const size = PAPER_SIZES[paper];
  const { margins } = settings;
  return {
    width: size.widthPt,
    height: size.heightPt,
    left: mmToPt(margins.left),
    right: mmToPt(margins.right),
    top: mmToPt(margins.top),
    bottom: mmToPt(margins.bottom),
  };
}

/** Body type of every document, in points: fixed, never shrunk to fit. */
export const BODY_PT = 12;
/** Type of dense tables (results, recap, signatory grids), in points. */
export const DENSE_TABLE_PT = 11;
/**
 * Type of dense charts, in points: the one exception to the 11 pt floor, for a chart that has to
 * be read as one picture — the recap's heat map (one row per unit, one column per Pengungkit area,
 * cells of bare percentages also told apart by colour), its legends and the labels of a plotted
 * chart. At 11 pt a heat map of twenty units × twelve areas no longer fits one landscape page, and
 * split over two it can no longer be compared at a glance; running text and tables never use it.
 */
export const DENSE_CHART_PT = 8.5;

/** The one label before a NIP in every document. */
export const NIP_LABEL = 'NIP.';

/** "NIP. 19850312 201001 1 004", or "NIP. ……" (a dotted blank) without a NIP. */
export function nipText(nip: string): string {
  return nip.trim() === '' ? `${NIP_LABEL} ${dottedBlank()}` : `${NIP_LABEL} ${formatNip(nip)}`;
}

/** Advance width of "." in both families, as a fraction of the type size (Arimo 0.278, Bonum 0.277). */
const DOT_EM = 0.278;

/**
 * A blank to fill by hand: a run of dots about `lengthMm` long at `sizePt` (default 40 mm at the
 * body size), so a pen has room for a name, a number or a date.
 */
export function dottedBlank(lengthMm = 40, sizePt = BODY_PT): string {
  return '.'.repeat(Math.max(3, Math.round(mmToPt(lengthMm) / (DOT_EM * sizePt))));
}

/** A date in Indonesian words ("23 Juni 2022"), or the dotted blank when there is no valid date. */
export function tanggalDokumen(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || !toCalendarDate(value)) return dottedBlank();
  return formatTanggal(value);
}

/** The page settings stored with the institution (`margin`, `huruf`), as the engines take them. */
export function pageSettingsOf(institution: { margin: PageMarginsMm; huruf: DocumentFont }): PageSettings {
  return { margins: { ...institution.margin }, font: institution.huruf };
}
