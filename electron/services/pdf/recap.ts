import type { CanvasElement, Content, ContentTable, CustomTableLayout, DynamicContent, Node, NodeQueries, TableCell } from 'pdfmake/interfaces';
import { BODY_PT, DENSE_CHART_PT, DENSE_TABLE_PT, NIP_LABEL, documentFontOf, type DocumentFont } from '../../../shared/documents/page';
import { toCalendarDate, formatTanggal } from '../../../shared/format/date';
import { keepTitlesTogether } from '../../../shared/format/name';
import { formatNip } from '../../../shared/format/nip';
import { formatAngka } from '../../../shared/format/number';
import { PAPER_SIZES } from '../../../shared/format/paper';
import { BLANK, orBlank } from '../../../shared/reports/meta';
import type { AreaBand, RecapModel, RecapUnitRow, RecapYear } from '../../../shared/reports/model';
import { historyAverages } from '../../../shared/reports/recap';
import { kopFor } from '../../../shared/documents/kop';
import { headingKeepHeight, roomBelow } from './keepTogether';
import { renderPagedReport, thinGrid, type DocDefinition, type PagedPdf, type ReportDocOptions, type ReportPdfOptions } from './engine';
import { kopContext, pageBox, printedKop } from './layout';
import { kopContent, type KopContent } from './kop';

/**
 * Rekapitulasi Hasil Evaluasi Pembangunan Zona Integritas: the annual recap of
 * every evaluated unit, printed landscape on A4 or F4. Kop surat and title; the summary
 * sentences; the main table (one row per unit in rank order); the area heat-map (unit × the 12
 * Pemenuhan/Reform areas, coloured by `model.bands`); the year-over-year picture (a line per year
 * and, from two years on, a small vector chart); the date line and the Inspektur's signature
 * block; "Halaman X dari Y" on every page.
 *
 * Conventions: every number goes through `formatAngka(x, 2)` (decimal comma); the change from
 * last year prints with an explicit sign, "+" for a rise and the ASCII hyphen-minus "-" for a fall
 * (the same character `formatAngka` and the .xlsx export use, so the text stays searchable and
 * pastes into a spreadsheet), "0,00" for no change and "—" when the unit had no worksheet last
 * year. Empty strings print as the dotted blank "……"; nothing prints "undefined", "null" or "NaN".
 *
 * The definition stays lean for 70+ units: plain text cells with a fill colour, one canvas for
 * the kop rule and one for the chart; no images or SVG per cell.
 */

const GREY = '#555555';
const RULE = '#8a8a8a';
const HEAD_FILL = '#e4e9f0';
const STRIPE_FILL = '#f6f7f9';
/** pdfmake's line-height factor of the whole recap. */
const LINE_HEIGHT = 1.15;
/**
 * The main table and its notes at the dense-table size; the heat map, its legends and the history
 * chart's labels at the dense-chart size (the page standard's exception for charts, with its reason).
 */
const TABLE_FONT = DENSE_TABLE_PT;
const HEAT_FONT = DENSE_CHART_PT;
/** Series colours of the chart (the average line is drawn in black). */
const SERIES_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'] as const;
/** Most units drawn in the chart besides the average. */
const MAX_CHART_UNITS = SERIES_COLORS.length;

/**
 * The band of `value`: the one with the highest `from` that is ≤ `value` (bands need not be
 * sorted). Undefined when `value` is not a finite number or lies below every band.
 */
export function bandFor(value: number, bands: readonly AreaBand[]): AreaBand | undefined {
  if (!Number.isFinite(value)) return undefined;
  let best: AreaBand | undefined;
  for (const band of bands) {
    if (band.from <= value && (best === undefined || band.from > best.from)) best = band;
  }
  return best;
}

/** `formatAngka(value, 2)`, or "–" for a missing/non-finite value (formatAngka's own blank). */
function angka(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatAngka(value, 2);
}

/** "+3,25", "-1,50", "0,00"; "—" when there was no worksheet last year. */
export function formatChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return '—';
  const text = formatAngka(change, 2);
  return change > 0 && text !== formatAngka(0, 2) ? `+${text}` : text;
}

/** "28 November 2026", or the dotted blank when the date is not a valid ISO date. */
function tanggal(iso: string): string {
  return toCalendarDate(iso) ? formatTanggal(iso) : BLANK;
}

/** " (Draf)" after a unit whose worksheet is not Final, else ''. */
function notFinalMark(row: Pick<RecapUnitRow, 'notFinal'>): string {
  const status = row.notFinal?.trim() ?? '';
  return status === '' ? '' : ` (${status})`;
}

/** The printed predicate: "WBK", "Belum memenuhi (sementara)". */
function predicate(row: RecapUnitRow): string {
  return `${orBlank(row.verdict)}${row.complete ? '' : ' (sementara)'}`;
}

/** Singkatan, else the full name, else the blank. */
function shortName(unit: { singkatan: string; unitName: string; notFinal?: string }): string {
  return `${plainShortName(unit)}${notFinalMark(unit)}`;
}

/** Singkatan, else the full name, else the blank (without a status mark). */
function plainShortName(unit: { singkatan: string; unitName: string }): string {
  return unit.singkatan.trim() !== '' ? unit.singkatan.trim() : orBlank(unit.unitName);
}

/** "Inspektur Kabupaten Serang" from "Pemerintah Kabupaten Serang"; "Inspektur" when unknown. */
function inspekturTitle(pemerintahDaerah: string): string {
  const region = pemerintahDaerah.trim().replace(/^pemerintah\s+/i, '');
  return region === '' ? 'Inspektur' : `Inspektur ${region}`;
}

/** Thin grey grid with a little padding; optional zebra stripes below the header rows. */
function gridLayout(headerRows: number, stripes: boolean): CustomTableLayout {
  return {
    ...thinGrid(RULE, 3),
    fillColor: (rowIndex: number) => (rowIndex < headerRows ? HEAD_FILL : stripes && (rowIndex - headerRows) % 2 === 1 ? STRIPE_FILL : null),
  };
}

/** Section titles are marked with this `headlineLevel` for {@link keepTitlesWithContent}. */
const TITLE_MARGIN: [number, number] = [12, 5];
const TITLE_LEVEL = 1;

/**
 * A section title. It moves to the next page when it would end a page alone: with nothing after
 * it, or, when `tableId` is given, without the first body row of that table (which its header
 * rows stick to through `keepWithHeaderRows`). The first body row is the anchor because pdfmake
 * records the positions of repeated header cells on the last page they repeat on.
 */
function sectionTitle(text: string, tableId?: string): Content {
  return { text, bold: true, fontSize: BODY_PT, margin: [0, TITLE_MARGIN[0], 0, TITLE_MARGIN[1]], headlineLevel: TITLE_LEVEL, ...(tableId ? { id: `title:${tableId}` } : {}) };
}

/** Style of the page footer's nodes; also how {@link keepTitlesWithContent} tells them apart. */
const FOOTER_STYLE = 'recapFooter';

/**
 * pdfmake's `pageBreakBefore`: only the few section titles are examined (the node queries are
 * lazy), so the cost is one more layout pass per title that has to move. The page footer's nodes
 * are listed among the page's nodes too; they don't count. A title keeps two lines of what
 * follows it: it needs `keepHeight` points below its top (itself and two lines in the family).
 */
function keepTitlesWithContent(font: DocumentFont): (node: Node, queries: NodeQueries) => boolean {
  const keepHeight = headingKeepHeight(font, BODY_PT, LINE_HEIGHT, TITLE_MARGIN[0] + TITLE_MARGIN[1]);
  return (node, queries) => {
    if (node.headlineLevel !== TITLE_LEVEL) return false;
    const following = queries.getFollowingNodesOnPage().filter((next) => next.style !== FOOTER_STYLE);
    const tableId = node.id?.startsWith('title:') ? node.id.slice('title:'.length) : undefined;
    if (tableId === undefined) return following.length === 0 || roomBelow(node) < keepHeight;
    if (!following.some((next) => next.id === `first:${tableId}`)) return true;
    return tableId === 'heat' && heatMapFitsOnNextPage(node, following, queries);
  };
}
/** The colour legend's line under the heat-map. */
const HEAT_TAIL_HEIGHT = 16;
/**
 * The heat-map's two header rows, repeated on the next page and so counted once: a lower bound of
 * their height (each row at least one line of its type size and the grid's 3 pt padding above and
 * below), so the estimate still errs on the side of not moving.
 */
const HEAT_REPEATED_HEAD = 2 * (HEAT_FONT + 2 * 3);

/**
 * The heat-map is kept on one page when it fits on one: when it runs over to the next page yet
 * the whole of it (from its title to its last row) is no taller than a page, its title moves to
 * the next page. Measured from the layout itself: what it takes on this page plus what it takes
 * on the next up to its colour legend, less the header rows repeated there (the room left unused
 * at the foot of this page still counts, so the estimate errs on the side of not moving). The
 * legend is the marker because a row that `dontBreakRows` moves to the next page keeps the
 * position it was first laid out at.
 */
function heatMapFitsOnNextPage(title: Node, following: Node[], queries: NodeQueries): boolean {
  if (following.some((next) => next.id === 'end:heat')) return false;
  if (title.startPosition.verticalRatio < 0.02) return false;
  const end = queries.getNodesOnNextPage().find((next) => next.id === 'end:heat');
  if (end === undefined) return false;
  const onNextPage = end.startPosition.verticalRatio * end.startPosition.pageInnerHeight - HEAT_REPEATED_HEAD + HEAT_TAIL_HEIGHT;
  return roomBelow(title) + onNextPage <= title.startPosition.pageInnerHeight;
}

function head(text: string, extra: { rowSpan?: number; colSpan?: number } = {}): TableCell {
  return { text, bold: true, alignment: 'center', ...extra };
}

/** The Inspektorat kop (shared/documents/kop.ts `kopFor('rekap', …)`), with dotted blanks for empty names. */
function recapKop(model: RecapModel, width: number): KopContent {
  const { institution } = model;
  const header = { pemerintahDaerah: orBlank(institution.pemerintahDaerah), namaInspektorat: orBlank(institution.namaInspektorat), alamat: institution.alamat.trim(), logo: institution.logo };
  return kopContent(printedKop(kopFor('rekap', kopContext(header)), header), width);
}

function summarySection(model: RecapModel): Content[] {
  const sentences = model.summary.map((line) => line.trim()).filter((line) => line !== '');
  return [
    sectionTitle('A. Ringkasan'),
    sentences.length > 0 ? { ul: sentences, margin: [4, 0, 0, 0] } : { text: 'Belum ada unit kerja yang dievaluasi pada tahun ini.', italics: true },
  ];
}

function mainTable(model: RecapModel): Content[] {
  const header: TableCell[] = ['No', 'Unit Kerja', 'Pemenuhan', 'Reform', 'Pengungkit', 'Hasil', 'Total', 'Predikat', 'Perubahan', 'Peringkat'].map((label) => head(label));
  const body: TableCell[][] = [header];
  model.rows.forEach((row, index) => {
    body.push([
      { text: String(index + 1), alignment: 'center', ...(index === 0 ? { id: 'first:main' } : {}) },
      row.notFinal ? { text: [orBlank(row.unitName), { text: notFinalMark(row), italics: true }] } : orBlank(row.unitName),
      { text: angka(row.pemenuhan), alignment: 'right' },
      { text: angka(row.reform), alignment: 'right' },
      { text: angka(row.pengungkit), alignment: 'right' },
      { text: angka(row.hasil), alignment: 'right' },
      { text: `${angka(row.total)}${row.layer === 'unit' ? '*' : ''}`, alignment: 'right', bold: true },
      { text: predicate(row), alignment: 'center' },
      { text: formatChange(row.change), alignment: 'right' },
      { text: Number.isFinite(row.rank) ? String(row.rank) : '–', alignment: 'center' },
    ]);
  });
  if (model.rows.length === 0) {
    body.push([
      { text: 'Belum ada unit kerja yang dievaluasi pada tahun ini.', colSpan: 10, italics: true, alignment: 'center', id: 'first:main' },
      ...Array.from({ length: 9 }, () => ''),
    ]);
  }
  const notes: string[] = [
    'Nilai komponen dan total dalam poin (skala 0–100); Perubahan = total tahun ini dikurangi total tahun lalu ("—": tidak ada lembar kerja tahun lalu).',
  ];
  // Footnotes only for marks that appear in the table.
  if (model.rows.some((row) => !row.complete)) notes.push('(sementara): masih ada butir LKE yang belum diisi, sehingga predikat belum final.');
  const statuses = [...new Set(model.rows.map((row) => row.notFinal?.trim() ?? '').filter((status) => status !== ''))];
  if (statuses.length > 0) {
    notes.push(`${statuses.map((status) => `(${status})`).join(', ')}: lembar kerja belum berstatus Final, sehingga nilainya masih dapat berubah.`);
  }
  if (model.rows.some((row) => row.layer === 'unit')) notes.push('*: nilai penilaian mandiri unit kerja (belum dinilai TPI); selainnya nilai TPI.');
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      // The number columns take the width of their one-word header or widest value (never
      // wrapped); "Belum memenuhi" keeps one line; the unit names take the rest and wrap.
      widths: ['auto', '*', 'auto', 'auto', 'auto', 'auto', 'auto', 96, 'auto', 'auto'],
      body,
    },
    layout: gridLayout(1, true),
    fontSize: TABLE_FONT,
  };
  return [
    sectionTitle(`B. Rekapitulasi Nilai Unit Kerja Tahun ${model.year}`, 'main'),
    // The notes come before the table: after it, a table ending at the foot of a page would leave
    // them alone at the top of the next one.
    { stack: notes.map((note) => ({ text: note })), fontSize: TABLE_FONT, color: GREY, margin: [0, 0, 0, 4] },
    table,
  ];
}

function bandLegend(bands: readonly AreaBand[]): Content {
  const sorted = [...bands].sort((a, b) => a.from - b.from);
  // The legend closes the heat-map: its position tells where the heat-map ends (see heatMapFitsOnNextPage).
  const cells: TableCell[] = [{ text: 'Keterangan warna:', bold: true, margin: [0, 0, 4, 0], id: 'end:heat' }];
  const widths: ('auto' | number)[] = ['auto'];
  for (const band of sorted) {
    cells.push({ text: '', fillColor: band.color }, { text: orBlank(band.label), margin: [2, 0, 10, 0] });
    widths.push(14, 'auto');
  }
  return {
    table: { widths, body: [cells] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
    fontSize: HEAT_FONT,
    margin: [0, 4, 0, 0],
  };
}

function areaLegend(areas: RecapModel['areas']): Content {
  const half = (name: 'Pemenuhan' | 'Reform'): Content => ({
    stack: [
      { text: name, bold: true },
      ...areas.filter((area) => area.half === name).map((area) => ({ text: [{ text: `${orBlank(area.code)}  `, bold: true }, orBlank(area.name)] })),
    ],
  });
  return { columns: [half('Pemenuhan'), half('Reform')], columnGap: 16, fontSize: HEAT_FONT, lineHeight: 1.05, margin: [0, 0, 0, 4] };
}

function heatMap(model: RecapModel): Content[] {
  const titleText = 'C. Peta Capaian Area Pengungkit (persentase nilai terhadap bobot area)';
  const { areas } = model;
  if (areas.length === 0 || model.rows.length === 0) {
    // Two lines, so the title keeps two lines of its own section wherever the page ends.
    return [
      sectionTitle(titleText),
      { text: 'Tidak ada data area untuk ditampilkan.', italics: true },
      { text: 'Peta capaian area tersusun setelah lembar kerja unit kerja tahun ini dinilai.', italics: true },
    ];
  }
  const title = sectionTitle(titleText, 'heat');
  // Header row 1: the halves spanning their areas; row 2: the area codes.
  const groupRow: TableCell[] = [head('No', { rowSpan: 2 }), head('Unit Kerja', { rowSpan: 2 })];
  let index = 0;
  while (index < areas.length) {
    const halfName = areas[index]?.half ?? 'Pemenuhan';
    let span = 0;
    while (index + span < areas.length && areas[index + span]?.half === halfName) span += 1;
    groupRow.push(head(halfName, { colSpan: span }), ...Array.from({ length: span - 1 }, () => ''));
    index += span;
  }
  const codeRow: TableCell[] = ['', '', ...areas.map((area) => head(orBlank(area.code)))];
  const body: TableCell[][] = [groupRow, codeRow];
  model.rows.forEach((row, rowIndex) => {
    const cells: TableCell[] = [{ text: String(rowIndex + 1), alignment: 'center', ...(rowIndex === 0 ? { id: 'first:heat' } : {}) }, shortName(row)];
    areas.forEach((_area, areaIndex) => {
      const value = row.areaPercents[areaIndex];
      const band = value === undefined ? undefined : bandFor(value, model.bands);
      cells.push(band ? { text: angka(value), alignment: 'center', fillColor: band.color } : { text: angka(value), alignment: 'center' });
    });
    body.push(cells);
  });
  const areaWidth = Math.min(44, Math.max(34, 520 / Math.max(areas.length, 1)));
  return [
    title,
    areaLegend(areas),
    {
      table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [18, '*', ...areas.map(() => areaWidth)], body },
      layout: gridLayout(2, false),
      fontSize: HEAT_FONT,
      // Cells of one line each: no extra leading, so some twenty units fit one landscape page.
      lineHeight: 1,
    },
    bandLegend(model.bands),
  ];
}

/** "Disdukcapil (78,12; WBK)". */
function historyUnit(unit: RecapYear['units'][number]): string {
  return `${shortName(unit)} (${angka(unit.total)}; ${orBlank(unit.verdict)})`;
}

/**
 * Totals per unit across years as a line chart (y 0–100, one x tick per year) with the yearly
 * average in black, next to a legend. Labels are ordinary text nodes placed over the canvas.
 */
function historyChart(history: readonly RecapYear[], chartWidth: number): Content {
  const years = history.map((entry) => entry.year);
  // Units to draw: highest total in the latest year they appear in, latest year first.
  const latest = new Map<string, { label: string; year: number; total: number }>();
  for (const entry of history) {
    for (const unit of entry.units) latest.set(unit.unitId, { label: shortName(unit), year: entry.year, total: unit.total });
  }
  const chosen = [...latest.entries()]
    .sort(([, a], [, b]) => b.year - a.year || b.total - a.total || a.label.localeCompare(b.label, 'id'))
    .slice(0, MAX_CHART_UNITS);
  const axis = 26;
  const right = 14;
  const top = 6;
  const plotHeight = 150;
  const plotWidth = chartWidth - axis - right;
  // Canvas x = 0 is the y axis; the tick labels sit in a column of their own on its left. The
  // first and last years sit inside the plot, so their markers never touch its edges.
  const inset = Math.min(24, plotWidth / 6);
  const xOf = (i: number): number => (years.length === 1 ? plotWidth / 2 : inset + (i * (plotWidth - 2 * inset)) / (years.length - 1));
  const yOf = (value: number): number => top + plotHeight - (Math.max(0, Math.min(100, value)) / 100) * plotHeight;
  const canvas: CanvasElement[] = [];
  const yLabels: Content[] = [];
  const xLabels: Content[] = [];
  for (let tick = 0; tick <= 100; tick += 20) {
    const y = yOf(tick);
    canvas.push({ type: 'line', x1: 0, y1: y, x2: plotWidth, y2: y, lineWidth: tick === 0 ? 0.8 : 0.3, lineColor: tick === 0 ? '#000000' : '#c8c8c8' });
    yLabels.push({ text: String(tick), fontSize: HEAT_FONT, color: GREY, alignment: 'right', relativePosition: { x: 0, y: y - HEAT_FONT * 0.6 } });
  }
  canvas.push({ type: 'line', x1: 0, y1: top, x2: 0, y2: top + plotHeight, lineWidth: 0.8 });
  const average = historyAverages(history);
  years.forEach((year, i) => {
    const x = xOf(i);
    canvas.push({ type: 'line', x1: x, y1: top + plotHeight, x2: x, y2: top + plotHeight + 3, lineWidth: 0.6 });
    // Centred under the tick: a year is about 2.2 em wide, "n = 12" about 2.6 em.
    xLabels.push({ text: String(year), fontSize: HEAT_FONT, relativePosition: { x: x - HEAT_FONT * 1.1, y: top + plotHeight + 5 } });
    // How many units the year's average covers.
    xLabels.push({ text: `n = ${average.counts[i] ?? 0}`, fontSize: HEAT_FONT, color: GREY, relativePosition: { x: x - HEAT_FONT * 1.3, y: top + plotHeight + 6 + HEAT_FONT * 1.2 } });
  });
  // Segments are separate 'line' elements, not polylines: pdfmake copies vectors shallowly when
  // it moves an unbreakable block or lays the document out again (pageBreakBefore), and would
  // shift a polyline's shared point objects twice.
  const series = (points: (number | null)[], color: string, lineWidth: number, dash?: number): void => {
    let previous: { x: number; y: number } | null = null;
    const single = points.filter((value) => value !== null && Number.isFinite(value)).length === 1;
    points.forEach((value, i) => {
      if (value === null || !Number.isFinite(value)) {
        previous = null;
        return;
      }
      const point = { x: xOf(i), y: yOf(value) };
      if (previous) {
        canvas.push({ type: 'line', x1: previous.x, y1: previous.y, x2: point.x, y2: point.y, lineWidth, lineColor: color, lineCap: 'round', ...(dash ? { dash: { length: dash, space: dash / 2 } } : {}) });
      }
      // Markers readable at print size: 6 pt, outlined in white where lines cross them; a unit
      // with a single year (no line to follow) gets a larger ring.
      const radius = single ? 4 : 3;
      canvas.push({ type: 'ellipse', x: point.x, y: point.y, r1: radius, r2: radius, color: single ? '#ffffff' : color, lineColor: single ? color : '#ffffff', lineWidth: single ? 1.6 : 0.7 });
      previous = point;
    });
  };
  // The average first, so the unit lines are drawn over it.
  series(average.averages, '#000000', 1.6, 4);
  const legend: TableCell[][] = [];
  chosen.forEach(([unitId, info], i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length] ?? '#000000';
    series(
      history.map((entry) => entry.units.find((unit) => unit.unitId === unitId)?.total ?? null),
      color,
      1.2,
    );
    legend.push([{ text: '', fillColor: color }, info.label]);
  });
  const common = average.counts[0] ?? 0;
  const averageLabel = average.sameUnits
    ? `Rata-rata ${common} unit kerja yang dievaluasi setiap tahun (garis putus-putus)`
    : 'Rata-rata unit kerja yang dievaluasi pada tahun itu (garis putus-putus; n = jumlah unit)';
  legend.push([{ text: '', fillColor: '#000000' }, { text: averageLabel, bold: true }]);
  const shown = latest.size > chosen.length ? `Grafik memuat ${chosen.length} unit kerja dengan nilai total tertinggi pada tahun terakhir evaluasinya.` : 'Nilai total per unit kerja per tahun.';
  // The average compares the same units year on year; otherwise the counts say what each covers.
  const note = average.sameUnits
    ? `${shown} Rata-rata dihitung atas unit kerja yang sama pada setiap tahun (n = ${common}), sehingga dapat dibandingkan antartahun.`
    : `${shown} Tidak ada unit kerja yang dievaluasi pada setiap tahun; rata-rata tiap tahun mencakup unit yang dievaluasi pada tahun itu (n di bawah tahun).`;
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    stack: [
      { text: 'Grafik nilai total per tahun', bold: true, fontSize: TABLE_FONT, margin: [0, 0, 0, 4] },
      {
        columns: [
          { width: axis - 4, stack: yLabels },
          { width: plotWidth + right, stack: [...xLabels, { canvas }], margin: [4, 0, 0, 24] },
          {
            width: '*',
            margin: [16, 0, 0, 0],
            stack: [
              {
                table: { widths: [14, '*'], body: legend },
                layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 1.5, paddingBottom: () => 1.5 },
                fontSize: HEAT_FONT,
              },
              { text: note, fontSize: HEAT_FONT, color: GREY, margin: [0, 6, 0, 0] },
            ],
          },
        ],
        columnGap: 0,
      },
    ],
  };
}

function historySection(model: RecapModel, width: number): Content[] {
  const title = sectionTitle('D. Perkembangan Antartahun');
  const history = [...model.history].sort((a, b) => a.year - b.year);
  if (history.length === 0) return [title, { text: 'Belum ada data evaluasi tahun-tahun sebelumnya.', italics: true }];
  const lines: Content[] = history.map((entry) => ({
    text: [
      { text: `${entry.year}: `, bold: true },
      entry.units.length > 0 ? entry.units.map(historyUnit).join(', ') : 'tidak ada unit kerja yang dievaluasi',
    ],
    margin: [0, 0, 0, 3],
  }));
  return [
    title,
    { text: 'Unit kerja yang dievaluasi setiap tahun (nilai total; predikat):', margin: [0, 0, 0, 3] },
    ...lines,
    ...(history.length >= 2 ? [historyChart(history, Math.min(440, width * 0.6))] : []),
  ];
}

/**
 * The history section; its last block and the signature stay on one page (never a signature
 * alone), and so does the section title when only one block follows it (never a title alone).
 */
function historyWithSignature(model: RecapModel, width: number): Content[] {
  const history = historySection(model, width);
  const kept = history.splice(history.length <= 2 ? 0 : -1);
  return [...history, { stack: [...kept, signature(model)], unbreakable: true }];
}

function signature(model: RecapModel): Content {
  const { institution } = model;
  const { inspektur } = institution;
  const nip = `${NIP_LABEL} ${inspektur.nip.trim() === '' ? BLANK : formatNip(inspektur.nip.trim())}`;
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 260,
        alignment: 'center',
        stack: [
          { text: `${orBlank(institution.kota)}, ${tanggal(model.date)}` },
          { text: `${inspekturTitle(institution.pemerintahDaerah)},`, margin: [0, 0, 0, 50] },
          { text: keepTitlesTogether(orBlank(inspektur.nama)), bold: true, decoration: 'underline' },
          ...(inspektur.pangkatGolongan.trim() !== '' ? [{ text: inspektur.pangkatGolongan.trim() }] : []),
          { text: nip },
        ],
      },
    ],
  };
}

/** Builds the definition; `onPageCount` sees pdfmake's page count whenever the footers are laid out. */
function buildRecap(model: RecapModel, options: ReportDocOptions, onPageCount?: (pages: number) => void): DocDefinition {
  const size = PAPER_SIZES[model.paper];
  const page = pageBox(model.paper, options.page);
  // Landscape: width and height swapped.
  const pageWidth = size.heightPt;
  const pageHeight = size.widthPt;
  const width = pageWidth - page.left - page.right;
  const bottomMargin = page.bottom + 20;
  const title = `Rekapitulasi Hasil Evaluasi Pembangunan Zona Integritas Tahun ${model.year}`;
  const issuer = model.institution.namaInspektorat.trim();
  const kop = recapKop(model, width);
  const images: Record<string, string> = { ...kop.images };
  const footer: DynamicContent = (currentPage, pageCount) => {
    onPageCount?.(pageCount);
    return {
      margin: [page.left, 10, page.right, 0],
      columns: [
        { text: `${title}${issuer ? ` — ${issuer}` : ''}`, width: '*', style: FOOTER_STYLE },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', style: FOOTER_STYLE },
      ],
      style: FOOTER_STYLE,
    };
  };
  return {
    pageSize: { width: pageWidth, height: pageHeight },
    pageMargins: [page.left, page.top, page.right, bottomMargin],
    compress: true,
    info: {
      title,
      author: issuer || 'ZI Desk',
      subject: `Rekapitulasi hasil evaluasi PZI tahun ${model.year}: ${model.rows.length} unit kerja`,
      creator: 'ZI Desk',
      producer: 'ZI Desk (pdfmake)',
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
    defaultStyle: { font: documentFontOf(options.page), fontSize: BODY_PT, lineHeight: LINE_HEIGHT },
    styles: { [FOOTER_STYLE]: { fontSize: 7.5, color: GREY } },
    images,
    content: [
      ...kop.content,
      {
        stack: [
          { text: title.toUpperCase(), bold: true, fontSize: 13 },
          { text: `${model.rows.length} unit kerja dievaluasi — dicetak pada tanggal ${tanggal(model.date)}`, fontSize: TABLE_FONT, color: GREY, margin: [0, 2, 0, 0] },
        ],
        alignment: 'center',
        margin: [0, 12, 0, 4],
      },
      ...summarySection(model),
      ...mainTable(model),
      ...heatMap(model),
      ...historyWithSignature(model, width),
    ],
    footer,
    pageBreakBefore: keepTitlesWithContent(documentFontOf(options.page)),
  };
}

/** The pdfmake document definition of the annual recap (pure apart from base64-encoding the logo). */
export function recapDocDefinition(model: RecapModel, options: ReportDocOptions = {}): DocDefinition {
  return buildRecap(model, options);
}

/** The annual recap as a PDF, with its page count (the logo is checked first). */
export function recapPdf(model: RecapModel, options: ReportPdfOptions = {}): Promise<PagedPdf> {
  return renderPagedReport(model.institution.logo, options, (definitionOptions, onPageCount) => buildRecap(model, definitionOptions, onPageCount));
}
