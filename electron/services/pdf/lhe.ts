import type { CanvasElement, Column, Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { BODY_PT, DENSE_TABLE_PT, NIP_LABEL, documentFontOf } from '../../../shared/documents/page';
import { keepTitlesTogether } from '../../../shared/format/name';
import { formatAngka } from '../../../shared/format/number';
import { formatNip } from '../../../shared/format/nip';
import { formatTanggal, toCalendarDate } from '../../../shared/format/date';
import { PAPER_SIZES } from '../../../shared/format/paper';
import { nipLine } from '../../../shared/pakta/identity';
import { BLANK, DOTTED_LINE, orBlank, orLine } from '../../../shared/reports/meta';
import type { LheAreaBar, LheFailingCriterion, LheModel, LheResultRow, LheVerdict } from '../../../shared/reports/model';
import { renderPagedReport, thinGrid, type DocDefinition, type PagedPdf, type ReportDocOptions, type ReportPdfOptions } from './engine';
import { headingKeepHeight, keepHeadingsWithNext } from './keepTogether';
import { kopSurat } from './kop';
import { pageBox } from './layout';

/**
 * Laporan Hasil Evaluasi (LHE) Pembangunan Zona Integritas of one worksheet:
 *
 * 1. the cover letter from the Inspektur to the unit (kop surat, date line, Nomor/Sifat/Lampiran/
 *    Perihal, addressee, body, signature): a document of its own ahead of the report, its pages
 *    unnumbered on the first and "- 2 -" after, so the report's page 1 is its own first page;
 * 2. the report: title, sections A–K (assignment, team, legal basis, aims, scope, method, the
 *    results table, the verdicts with every failing criterion, a vector bar chart of the areas,
 *    the recommendations, the closing with the team's and the Inspektur's signatures);
 * 3. the appendix of item notes, a table whose header repeats on every page.
 *
 * A value to fill in by hand (a date, a number, a name, a NIP) prints as a dotted line of about
 * 40 mm, never today's date; other missing text prints "……"; absent answers and scores print "—".
 * A worksheet that is not Final prints a diagonal "KONSEP" on every page and its verdicts
 * "sementara". Building the definition is pure: the model in, a plain pdfmake object out (the logo
 * is the only thing encoded, as a data URL).
 */

/** A rendered LHE: the PDF and its number of pages. */
export type LhePdf = PagedPdf;

/** Printed for an absent score or answer. */
const NONE = '—';
const GREY = '#555555';
const RULE = '#444444';
const HEADER_FILL = '#E6E6E6';
const COMPONENT_FILL = '#F3F3F3';
const TOTAL_FILL = '#E1E1E1';
const UNIT_COLOR = '#2F6DB5';
const TPI_COLOR = '#E08A1E';
const GRID_COLOR = '#C4C4C4';

type Margin = [number, number, number, number];

/**
 * Line height of the body (12 pt, the page standard's) and of the dense tables (11 pt): tables
 * never shrink their type to fit; their columns are balanced so labels wrap inside the cells.
 */
const BODY_LINE_HEIGHT = 1.2;
const TABLE_LINE_HEIGHT = 1.15;
/** Indent of a section's text under its heading ("A. Dasar Penugasan"). */
const SECTION_INDENT = 14;
/** Space above and below a section heading. */
const HEADING_MARGIN: [number, number] = [10, 4];

/** Indent of each level of the results table's rows. */
const DEPTH_INDENT = 8;

/** Style of the footers' nodes, which never count as what follows a heading. */
const FOOTER_STYLE = 'lheFooter';

/** "72,35". */
const angka = (value: number): string => formatAngka(value, 2);
/** A score or "—" when the layer has no answer. */
const score = (value: number | null): string => (value === null ? NONE : angka(value));
/** "62,50%". */
const persen = (value: number): string => `${angka(value)}%`;
/** 75 → "75", 62.5 → "62,50". */
const plainNumber = (value: number): string => (Number.isInteger(value) ? String(value) : angka(value));

/** "28 November 2026", or the dotted line to fill in by hand for '' or an invalid date (never today). */
function tanggal(iso: string): string {
  return iso.trim() !== '' && toCalendarDate(iso) ? formatTanggal(iso) : DOTTED_LINE;
}

/**
 * Size of the diagonal "KONSEP" of a draft: large enough to see across the page, small enough to
 * stay inside the margins of A4 and F4 (pdfmake would otherwise stretch it from corner to corner).
 */
const WATERMARK_PT = 96;

/** Most characters of a unit's name in the footer: one line of 7.5 pt beside the page number. */
const FOOTER_NAME_MAX = 70;

/**
 * The unit's name for the footer when it has no singkatan: whole when short, else cut at a space
 * with "…" — the footer is one line inside the bottom band, and the full name is on the title.
 */
function footerName(nama: string): string {
  const name = nama.trim().replace(/\s+/g, ' ');
  if (name.length <= FOOTER_NAME_MAX) return name;
  const cut = name.lastIndexOf(' ', FOOTER_NAME_MAX - 1);
  return `${name.slice(0, cut > 0 ? cut : FOOTER_NAME_MAX - 1).replace(/[,;:]$/, '')}…`;
}

/** "NIP. 19850312 201001 1 002", or "NIP. ……" with the dotted line (one label: "NIP."). */
function nipText(nip: string): string {
  return nip.trim() === '' ? `${NIP_LABEL} ${DOTTED_LINE}` : nipLine(nip);
}

/** Grouped NIP for a table cell, or the dotted line. */
function nipCell(nip: string): string {
  return nip.trim() === '' ? DOTTED_LINE : formatNip(nip.trim());
}

/** A word joined by "/" or "-" ("WBK/WBBM", "SP4N-Lapor!"), short enough to never need a break. */
const JOINED_WORD = /\S[/-]\S/;
const MAX_JOINED_LENGTH = 40;

/**
 * Text runs of a justified paragraph. pdfmake may break a line after "/" or "-" and, when
 * justifying, widens the gap at every such break opportunity ("WBK/ WBBM"); joined words therefore
 * go in as unbreakable runs.
 */
function justifiedRuns(value: string): string | ({ text: string; noWrap: true } | string)[] {
  if (!JOINED_WORD.test(value)) return value;
  const runs: ({ text: string; noWrap: true } | string)[] = [];
  let plain = '';
  for (const token of value.split(/(?<=\s)(?=\S)/)) {
    if (JOINED_WORD.test(token) && token.trim().length <= MAX_JOINED_LENGTH) {
      if (plain !== '') runs.push(plain);
      plain = '';
      runs.push({ text: token, noWrap: true });
    } else {
      plain += token;
    }
  }
  if (plain !== '') runs.push(plain);
  return runs;
}

/** A justified paragraph. */
function justified(value: string, margin: Margin = [0, 0, 0, 0]): Content {
  return { text: justifiedRuns(value), alignment: 'justify', margin };
}

/** Paragraphs of a free text (blank lines or line breaks separate them); "……" when empty. */
function paragraphs(value: string, margin: Margin = [0, 0, 0, 4]): Content[] {
  const parts = value
    .split(/\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return [{ text: BLANK, margin }];
  return parts.map((part) => justified(part, margin));
}

/** Widest a full stop is, as a share of the type size (Arimo, Roboto, TeX Gyre Bonum are narrower). */
const DOT_EM = 0.3;

/** Two numbered dotted lines across a column `width` points wide, to be filled in by hand. */
function handFilledList(width: number): Content {
  // The list marker takes about 18 pt; the dots are sized for 12 pt, the largest body size.
  const line = '.'.repeat(Math.max(10, Math.floor((width - 18) / (12 * DOT_EM))));
  return { ol: [line, line].map((text): Content => ({ text, margin: [0, 6, 0, 2] })) };
}

/** A numbered list, or two dotted lines to fill in by hand when empty. */
function numbered(items: readonly string[], width: number): Content {
  const filled = items.map((item) => item.trim()).filter((item) => item !== '');
  if (filled.length === 0) return handFilledList(width);
  // An item never splits across pages (an item is at most a few lines).
  return { ol: filled.map((item): Content => ({ stack: [justified(item, [0, 0, 0, 2])], unbreakable: true })) };
}

const layerLabel = (layer: LheModel['assessedLayer']): string => (layer === 'tpi' ? 'TPI (Tim Penilai Internal)' : 'Penilaian Mandiri unit kerja');

/** Lines of a signature: caption, space for the wet signature, name, pangkat, NIP. */
function signatureBlock(caption: string[], person: { nama: string; nip: string; pangkatGolongan?: string }): Content {
  const pangkat = person.pangkatGolongan?.trim() ?? '';
  return {
    stack: [
      ...caption.map((line) => ({ text: line })),
      { text: ' ', margin: [0, 0, 0, 44] as Margin },
      { text: keepTitlesTogether(orLine(person.nama)), bold: true, decoration: 'underline' },
      ...(pangkat !== '' ? [{ text: pangkat }] : []),
      { text: nipText(person.nip) },
    ],
    alignment: 'center',
  };
}

/** Width of the letter's labels ("Lampiran" at 12 pt in either family). */
const LETTER_LABEL_WIDTH = 60;
/** Where the letter's values start (label, its 2 pt padding, the colon's column): the body aligns with them. */
const LETTER_INDENT = LETTER_LABEL_WIDTH + 12;

/** A label table ("Nomor : …"). */
function labelTable(rows: [string, string][], labelWidth: number): Content {
  return {
    table: {
      widths: [labelWidth, 8, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label }, { text: ':' }, { text: value }]),
    },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 2, paddingTop: () => 0, paddingBottom: () => 1 },
  };
}

/** A bordered grid layout with thin dark rules and compact padding. */
const gridLayout: CustomTableLayout = thinGrid(RULE, 4);

function sectionHeading(letter: string, title: string, headline: boolean): Content {
  return { text: `${letter}. ${title}`, bold: true, margin: [0, HEADING_MARGIN[0], 0, HEADING_MARGIN[1]], ...(headline ? { headlineLevel: 1 } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Cover letter

/** A paragraph of the cover letter: justified, its first line indented. */
const letterParagraph = (text: string): Content => ({ text: justifiedRuns(text), alignment: 'justify', margin: [0, 0, 0, 8], leadingIndent: 28 });

function coverLetter(model: LheModel, yearText: string, width: number): Content[] {
  const { meta, institution, unit } = model;
  const kota = orLine(institution.kota);
  const unitName = orBlank(unit.nama);
  const body = [
    `Dalam rangka pelaksanaan evaluasi Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM) Tahun ${yearText}, bersama ini kami sampaikan Laporan Hasil Evaluasi atas ${unitName} sebagaimana terlampir.`,
    'Laporan tersebut memuat hasil penilaian atas komponen pengungkit dan komponen hasil, simpulan predikat, serta rekomendasi perbaikan yang perlu ditindaklanjuti dalam rangka pembangunan Zona Integritas pada unit kerja Saudara.',
    'Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.',
  ];
  return [
    { text: `${kota}, ${tanggal(model.reportDate)}`, alignment: 'right', margin: [0, 14, 0, 10] },
    {
      columns: [
        { width: '*', stack: [labelTable([['Nomor', orLine(meta.nomorSurat)], ['Sifat', orLine(meta.sifat)], ['Lampiran', orLine(meta.lampiran)], ['Perihal', orLine(meta.perihal)]], LETTER_LABEL_WIDTH)] },
        // The addressee's column leaves the subject line room for about 35 characters at 12 pt.
        { width: Math.min(176, width * 0.38), stack: [{ text: 'Kepada' }, { text: `Yth. ${orLine(meta.kepada)}` }, { text: orLine(meta.tempatTujuan) }], margin: [16, 0, 0, 0] },
      ],
      columnGap: 0,
    },
    { stack: body.slice(0, -1).map(letterParagraph), margin: [LETTER_INDENT, 20, 0, 0] },
    // The closing paragraph stays with the signature block.
    {
      stack: [
        { stack: body.slice(-1).map(letterParagraph), margin: [LETTER_INDENT, 0, 0, 0] },
        {
          columns: [
            { width: '*', text: '' },
            { width: 230, stack: [signatureBlock(['Inspektur,'], institution.inspektur)] },
          ],
          margin: [0, 16, 0, 0],
        },
      ],
      unbreakable: true,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Report sections

function teamTable(model: LheModel): Content {
  const { meta } = model;
  const members: [string, string, string][] = [
    [meta.pengendaliTeknis.nama, meta.pengendaliTeknis.nip, 'Pengendali Teknis'],
    [meta.ketuaTim.nama, meta.ketuaTim.nip, 'Ketua Tim'],
    ...meta.anggota.map((member): [string, string, string] => [member.nama, member.nip, 'Anggota Tim']),
  ];
  const header: TableCell[] = ['No', 'Nama', 'NIP', 'Peran'].map((text) => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL }));
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      // The NIP and the role never wrap, so their columns take their full width; the name the rest.
      widths: [20, '*', 'auto', 'auto'],
      body: [
        header,
        ...members.map(([nama, nip, peran], index): TableCell[] => [
          { text: String(index + 1), alignment: 'center' },
          { text: keepTitlesTogether(orLine(nama)) },
          { text: nipCell(nip), noWrap: true },
          { text: peran, noWrap: true },
        ]),
      ],
    },
    layout: gridLayout,
    fontSize: DENSE_TABLE_PT,
    lineHeight: TABLE_LINE_HEIGHT,
  };
}

function rowName(row: LheResultRow): string {
  const name = orBlank(row.name);
  const code = row.code.trim();
  if (code === '') return name;
  return code.includes('.') ? `${code} ${name}` : `${code}. ${name}`;
}

function resultsTable(model: LheModel): Content {
  const headers = ['Komponen', 'Bobot', 'Penilaian Mandiri', 'TPI', ...(model.showTpn ? ['TPN'] : [])];
  const header: TableCell[] = headers.map((text) => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL }));
  const body: TableCell[][] = [header];
  for (const row of model.rows) {
    const bold = row.kind === 'component' || row.kind === 'half' || row.kind === 'total';
    const fillColor = row.kind === 'total' ? TOTAL_FILL : row.kind === 'component' ? COMPONENT_FILL : undefined;
    const cell = (text: string, extra: Partial<{ alignment: 'right' | 'left'; margin: Margin }> = {}): TableCell => ({
      text,
      bold,
      ...(fillColor ? { fillColor } : {}),
      ...extra,
    });
    body.push([
      cell(rowName(row), { margin: [row.depth * DEPTH_INDENT, 0, 0, 0] }),
      cell(angka(row.weight), { alignment: 'right' }),
      cell(angka(row.unit), { alignment: 'right' }),
      cell(score(row.tpi), { alignment: 'right' }),
      ...(model.showTpn ? [cell(score(row.tpn), { alignment: 'right' })] : []),
    ]);
  }
  if (model.rows.length === 0) body.push([{ text: BLANK, colSpan: headers.length }, ...headers.slice(1).map(() => ({}))]);
  return {
    // Widths of the cells' text (the padding comes on top): a bold "100,00" fits 42 pt at 11 pt in
    // both families, "Penilaian Mandiri" wraps after "Penilaian", so the component names keep one
    // line wherever they can.
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', 42, 54, 42, ...(model.showTpn ? [42] : [])], body },
    layout: gridLayout,
    fontSize: DENSE_TABLE_PT,
    lineHeight: TABLE_LINE_HEIGHT,
  };
}

function criterionText(criterion: LheFailingCriterion): string {
  const basis =
    criterion.minimumPercent === null
      ? `bobot ${angka(criterion.weight)}`
      : `minimal ${plainNumber(criterion.minimumPercent)}% dari bobot ${angka(criterion.weight)}`;
  return `${orBlank(criterion.label)}: nilai ${angka(criterion.value)} dari minimum ${angka(criterion.minimum)} (${basis})`;
}

/**
 * Requirements whose data is not available yet: a small table, "data belum tersedia" on each row,
 * kept on one page with its lead line. A list equal to the first verdict's is referred to, not repeated.
 */
function missingTable(missing: readonly string[], sameAsFirst: boolean): Content[] {
  if (missing.length === 0) return [];
  if (sameAsFirst) return [{ text: 'Data persyaratan yang belum tersedia sama dengan tabel pada angka 1.', margin: [0, 2, 0, 0] }];
  const header: TableCell[] = ['No', 'Persyaratan', 'Keterangan'].map((text) => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL }));
  const lead: Content = { text: 'Data persyaratan berikut belum tersedia dan perlu dilengkapi sebelum pengusulan:', margin: [0, 2, 0, 0] };
  const table: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [20, '*', 'auto'],
      body: [header, ...missing.map((label, index): TableCell[] => [{ text: String(index + 1), alignment: 'center' }, { text: label }, { text: 'data belum tersedia' }])],
    },
    layout: gridLayout,
    fontSize: DENSE_TABLE_PT,
    lineHeight: TABLE_LINE_HEIGHT,
    margin: [0, 3, 0, 2],
  };
  return [{ stack: [lead, table], unbreakable: true }];
}

/** Why a verdict is provisional ("LKE belum final"), or null when it is not. */
function provisionalReason(verdict: LheVerdict, draft: boolean): string | null {
  if (!verdict.complete && draft) return 'LKE belum lengkap dan belum final';
  if (!verdict.complete) return 'LKE belum lengkap';
  return draft ? 'LKE belum final' : null;
}

function verdictBlock(verdict: LheVerdict, index: number, draft: boolean, first: LheVerdict): Content {
  const missing = verdict.proposalMissing ?? [];
  const sameAsFirst = index > 0 && missing.join('\n') === (first.proposalMissing ?? []).join('\n');
  const provisional = provisionalReason(verdict, draft);
  const criteria = verdict.failing.map((criterion): Content => ({ text: criterionText(criterion) }));
  const predicateLine: Content = {
    text: [
      { text: `Predikat ${verdict.predicate} (${orBlank(verdict.label)}): ` },
      { text: verdict.passed ? 'MEMENUHI KRITERIA' : 'BELUM MEMENUHI KRITERIA', bold: true },
      ...(provisional === null ? [] : [{ text: ` (sementara, ${provisional})`, italics: true }]),
    ],
  };
  // The verdict line never ends a page alone: it stays with its sentence and, when criteria
  // fail, with the lead line and the first criterion (the others may go to the next page).
  const head: Content = {
    stack: [
      predicateLine,
      justified(orBlank(verdict.sentence)),
      ...(criteria.length > 0 ? [{ text: 'Kriteria yang belum terpenuhi:', margin: [0, 2, 0, 1] as Margin }, { ul: criteria.slice(0, 1), margin: [8, 0, 0, criteria.length === 1 ? 2 : 0] as Margin }] : []),
    ],
    unbreakable: true,
  };
  return {
    stack: [
      head,
      ...(criteria.length > 1 ? [{ ul: criteria.slice(1), margin: [8, 0, 0, 2] as Margin }] : []),
      { text: [{ text: 'Status usulan: ' }, { text: orBlank(verdict.proposal) }], alignment: 'justify' },
      ...missingTable(verdict.proposalMissing ?? [], sameAsFirst),
    ],
    margin: [0, 0, 0, 6],
  };
}

/**
 * The verdicts as a numbered list. A list, not columns: pdfmake loses an indented block's width
 * on the next page when a `columns` block inside it breaks across the page end, and the text after
 * it then runs into the right margin.
 */
function verdictList(model: LheModel): Content {
  const first = model.verdicts[0];
  if (first === undefined) return { text: '' };
  return { ol: model.verdicts.map((verdict, index) => verdictBlock(verdict, index, model.draft === true, first)) };
}

// ---------------------------------------------------------------------------------------------
// Chart

/**
 * The chart's labels, percentages, axis and legend are set at the dense-table size (11 pt): a row
 * holds an area name of up to two lines and the two percentages one above the other.
 */
const CHART_PT = DENSE_TABLE_PT;
const CHART_ROW = 32;
const CHART_GROUP_ROW = 18;
const BAR = 10;
const TICKS = [0, 25, 50, 75, 100] as const;

function gridLines(chartWidth: number, height: number): CanvasElement[] {
  return TICKS.map((tick) => {
    const x = (chartWidth * tick) / 100;
    return { type: 'line', x1: x, y1: 0, x2: x, y2: height, lineWidth: tick === 0 ? 0.9 : 0.4, lineColor: tick === 0 ? RULE : GRID_COLOR };
  });
}

const clampPercent = (value: number): number => (Number.isFinite(value) ? Math.max(0, Math.min(100, value)) : 0);

function barRow(bar: LheAreaBar, chartWidth: number): TableCell[] {
  const bars: { percent: number; color: string }[] = [
    { percent: bar.unitPercent, color: UNIT_COLOR },
    ...(bar.tpiPercent === null ? [] : [{ percent: bar.tpiPercent, color: TPI_COLOR }]),
  ];
  const top = (CHART_ROW - bars.length * BAR - (bars.length - 1) * 2) / 2;
  const rects: CanvasElement[] = bars.map((item, index) => ({
    type: 'rect',
    x: 0,
    y: top + index * (BAR + 2),
    w: (chartWidth * clampPercent(item.percent)) / 100,
    h: BAR,
    color: item.color,
  }));
  return [
    {
      text: [{ text: `${bar.code} `, color: GREY }, { text: orBlank(bar.name) }],
      fontSize: CHART_PT,
      lineHeight: 1.05,
      alignment: 'right',
      verticalAlignment: 'middle',
    },
    { canvas: [...gridLines(chartWidth, CHART_ROW), ...rects] },
    {
      stack: bars.map((item) => ({ text: persen(clampPercent(item.percent)), color: item.color === UNIT_COLOR ? '#1F4E85' : '#9A5A0C', fontSize: CHART_PT, lineHeight: 1 })),
      verticalAlignment: 'middle',
    },
  ];
}

function legendItem(color: string, label: string): Column[] {
  return [
    { width: 16, canvas: [{ type: 'rect', x: 0, y: 2, w: 12, h: 9, color }] },
    { width: 'auto', text: label, fontSize: CHART_PT, margin: [0, 0, 12, 0] },
  ];
}

function areaChart(model: LheModel, width: number): Content {
  const labelWidth = 190;
  const valueWidth = 48;
  const chartWidth = Math.floor(width - labelWidth - valueWidth - 12);
  const hasTpi = model.chart.some((bar) => bar.tpiPercent !== null);
  const body: TableCell[][] = [];
  let half: string | null = null;
  for (const bar of model.chart) {
    if (bar.half !== half) {
      half = bar.half;
      body.push([
        { text: half, bold: true, fontSize: CHART_PT, alignment: 'right', verticalAlignment: 'middle' },
        { canvas: gridLines(chartWidth, CHART_GROUP_ROW) },
        { text: '' },
      ]);
    }
    body.push(barRow(bar, chartWidth));
  }
  const tickWidth = chartWidth / 4;
  // The axis spans the value column too, so "100%" is centred on its grid line like the others.
  body.push([
    { text: '' },
    {
      colSpan: 2,
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: chartWidth, y2: 0, lineWidth: 0.9, lineColor: RULE }, ...TICKS.map((tick): CanvasElement => ({ type: 'line', x1: (chartWidth * tick) / 100, y1: 0, x2: (chartWidth * tick) / 100, y2: 3, lineWidth: 0.6, lineColor: RULE }))] },
        {
          columns: [
            { width: tickWidth / 2, text: '0%', alignment: 'left' },
            { width: tickWidth, text: '25%', alignment: 'center' },
            { width: tickWidth, text: '50%', alignment: 'center' },
            { width: tickWidth, text: '75%', alignment: 'center' },
            { width: tickWidth, text: '100%', alignment: 'center' },
          ],
          columnGap: 0,
          fontSize: CHART_PT,
          color: GREY,
          margin: [0, 1, 0, 0],
        },
      ],
    },
    {},
  ]);
  const chartTable: ContentTable = {
    table: { widths: [labelWidth, chartWidth, valueWidth], body },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (column) => (column === 2 ? 4 : 0),
      paddingRight: (column) => (column === 0 ? 8 : 0),
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
  return {
    stack: [
      model.chart.length === 0
        ? { text: BLANK }
        : chartTable,
      {
        columns: [
          { width: '*', text: '' },
          ...legendItem(UNIT_COLOR, 'Penilaian Mandiri'),
          ...(hasTpi ? legendItem(TPI_COLOR, 'TPI') : []),
          { width: '*', text: '' },
        ],
        columnGap: 2,
        margin: [0, 8, 0, 0],
      },
    ],
    margin: [0, 4, 0, 0],
  };
}

// ---------------------------------------------------------------------------------------------
// Closing and appendix

function closingSignatures(model: LheModel): Content {
  const { meta, institution } = model;
  return {
    stack: [
      { text: `${orLine(institution.kota)}, ${tanggal(model.reportDate)}`, alignment: 'right', margin: [0, 10, 0, 8] },
      {
        columns: [
          { width: '*', stack: [signatureBlock(['Ketua Tim,'], meta.ketuaTim)] },
          { width: '*', stack: [signatureBlock(['Pengendali Teknis,'], meta.pengendaliTeknis)] },
        ],
        columnGap: 24,
      },
      {
        columns: [{ width: '*', text: '' }, { width: 240, stack: [signatureBlock(['Mengetahui,', 'Inspektur,'], institution.inspektur)] }, { width: '*', text: '' }],
        margin: [0, 18, 0, 0],
      },
    ],
    unbreakable: true,
  };
}

function notesAppendix(model: LheModel, yearText: string): Content[] {
  const heading: Content[] = [
    { text: 'Lampiran: Catatan per Butir', bold: true, fontSize: BODY_PT, pageBreak: 'before' },
    {
      text: `Laporan Hasil Evaluasi Pembangunan Zona Integritas ${orLine(model.unit.nama)} Tahun ${yearText}, Nomor: ${orLine(model.meta.nomorLaporan)}`,
      fontSize: DENSE_TABLE_PT,
      color: GREY,
      margin: [0, 0, 0, 8],
    },
  ];
  if (model.notes.length === 0) return [...heading, { text: 'Tidak ada catatan per butir.' }];
  const head = (text: string, span: { rowSpan?: number; colSpan?: number } = {}): TableCell => ({ text, bold: true, alignment: 'center', fillColor: HEADER_FILL, ...span });
  // "Jawaban" spans the unit's and the TPI's answers, so those columns are as narrow as an answer.
  const header: TableCell[][] = [
    [head('No', { rowSpan: 2 }), head('Kode', { rowSpan: 2 }), head('Pertanyaan', { rowSpan: 2 }), head('Jawaban', { colSpan: 2 }), {}, head('Catatan', { rowSpan: 2 })],
    [{}, {}, {}, head('Unit'), head('TPI'), {}],
  ];
  const answer = (value: string): string => (value.trim() === '' ? NONE : value.trim());
  const body: TableCell[][] = [
    ...header,
    ...model.notes.map((note, index): TableCell[] => [
      { text: String(index + 1), alignment: 'center' },
      { text: orBlank(note.code) },
      { text: orBlank(note.question) },
      { text: answer(note.unitAnswer), alignment: 'center' },
      { text: answer(note.tpiAnswer), alignment: 'center' },
      { text: answer(note.note) },
    ]),
  ];
  return [
    ...heading,
    {
      // Widths of the cells' text: item numbers up to three digits, item codes and answers ("Tidak",
      // "3,68") keep one line at 11 pt in both families; question and note share the rest.
      table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths: [22, 64, '*', 32, 32, '*'], body },
      layout: gridLayout,
      fontSize: DENSE_TABLE_PT,
      lineHeight: TABLE_LINE_HEIGHT,
    },
  ];
}

/**
 * When the unit's ZI was declared: the declaration (piagam) covering the unit, or the date entered
 * on the worksheet; "data belum tersedia" when neither exists.
 */
function pencanangan(model: LheModel, unitName: string): Content[] {
  const declared = model.pencanangan ?? null;
  if (declared === null || !toCalendarDate(declared.date)) {
    return [justified(`Tanggal pencanangan pembangunan Zona Integritas pada ${unitName}: data belum tersedia.`, [0, 0, 0, 6])];
  }
  const source = declared.source === 'piagam' && declared.title.trim() !== '' ? ` (${declared.title.trim()})` : '';
  return [justified(`Pembangunan Zona Integritas pada ${unitName} dicanangkan pada tanggal ${formatTanggal(declared.date)}${source}.`, [0, 0, 0, 6])];
}

// ---------------------------------------------------------------------------------------------
// Document

function buildDefinition(model: LheModel, options: ReportDocOptions, onPageCount?: (pages: number) => void): DocDefinition {
  const page = pageBox(model.paper, options.page);
  const size = PAPER_SIZES[model.paper];
  const width = size.widthPt - page.left - page.right;
  // Width of a section's text, indented under its heading.
  const bodyWidth = width - SECTION_INDENT;
  const { institution, unit, meta } = model;
  const yearText = Number.isInteger(model.year) ? String(model.year) : BLANK;
  const unitName = orBlank(unit.nama);
  const kop = kopSurat(
    {
      pemerintahDaerah: orBlank(institution.pemerintahDaerah),
      namaInspektorat: orBlank(institution.namaInspektorat),
      alamat: institution.alamat.trim(),
      logo: institution.logo,
    },
    width,
  );
  const total = model.rows.find((row) => row.kind === 'total');
  const totalValue = total ? (model.assessedLayer === 'tpi' ? total.tpi : total.unit) : null;

  const sections: [string, Content[]][] = [
    [
      'Dasar Penugasan',
      [
        justified(
          `Evaluasi dilaksanakan berdasarkan Surat Tugas Inspektur Nomor ${orLine(meta.suratTugasNomor)} tanggal ${tanggal(meta.suratTugasTanggal)}, dengan periode evaluasi ${orLine(meta.periodeEvaluasi)}.`,
        ),
      ],
    ],
    ['Tim Evaluasi', [teamTable(model)]],
    ['Dasar Hukum', [numbered(model.dasarHukum, bodyWidth)]],
    ['Tujuan Evaluasi', paragraphs(model.tujuan)],
    ['Ruang Lingkup', paragraphs(model.ruangLingkup)],
    ['Metodologi', paragraphs(model.metodologi)],
    [
      'Hasil Evaluasi',
      [
        justified(`Hasil penilaian atas ${unitName} menggunakan ${orBlank(model.templateTitle)} adalah sebagai berikut (nilai dalam poin).`, [0, 0, 0, 6]),
        resultsTable(model),
        ...(total
          ? [
              {
                text: `Nilai total berdasarkan ${layerLabel(model.assessedLayer)} adalah ${score(totalValue)} dari bobot ${angka(total.weight)}.`,
                margin: [0, 6, 0, 0] as Margin,
              },
            ]
          : []),
      ],
    ],
    [
      'Predikat',
      [
        justified(`Predikat dinilai atas hasil ${layerLabel(model.assessedLayer)} terhadap kriteria nilai minimum WBK dan WBBM.`, [0, 0, 0, 6]),
        ...pencanangan(model, unitName),
        verdictList(model),
      ],
    ],
    [
      'Grafik Capaian per Area',
      [
        justified('Persentase nilai setiap area pengungkit terhadap bobotnya, menurut Penilaian Mandiri dan TPI.'),
        areaChart(model, bodyWidth),
      ],
    ],
    ['Rekomendasi', [numbered(model.recommendations, bodyWidth)]],
    [
      'Penutup',
      [
        justified(
          `Demikian laporan hasil evaluasi ini disusun sebagai bahan tindak lanjut pembangunan Zona Integritas menuju WBK/WBBM pada ${unitName}, untuk dipergunakan sebagaimana mestinya.`,
        ),
        closingSignatures(model),
      ],
    ],
  ];

  const report: Content[] = [
    {
      stack: [
        { text: 'LAPORAN HASIL EVALUASI', bold: true, fontSize: 13 },
        { text: 'PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM', bold: true, fontSize: 13 },
        { text: unitName.toUpperCase(), bold: true, margin: [0, 4, 0, 0] },
        { text: `TAHUN ${yearText}`, bold: true },
        { text: `Nomor: ${orLine(meta.nomorLaporan)}`, margin: [0, 4, 0, 0] },
      ],
      alignment: 'center',
      margin: [0, 6, 0, 8],
    },
    ...sections.flatMap(([title, content], index): Content[] => {
      // The chart stays with its heading; the closing (heading, paragraph, signatures) stays in one
      // piece. Their headings are not headlines: a page break before a node inside an unbreakable
      // block would leave an empty page behind.
      const whole = title === 'Grafik Capaian per Area' || title === 'Penutup';
      const heading = sectionHeading(String.fromCharCode(65 + index), title, !whole);
      const body: Content = { stack: content, margin: [SECTION_INDENT, 0, 0, 0] };
      return whole ? [{ stack: [heading, body], unbreakable: true }] : [heading, body];
    }),
  ];

  const shortName = unit.singkatan.trim() || footerName(unit.nama) || BLANK;
  // Footers are laid out page by page in order, the letter's pages first, so when the report's
  // footers run the letter's page count is known (pdfmake lays the document out again after a
  // page break is added; page 1 starts each layout afresh).
  let letterPages = 0;
  const coverFooter = (currentPage: number): Content => {
    letterPages = currentPage;
    // A letter numbers its pages from the second one on ("- 2 -").
    return currentPage === 1 ? { text: '' } : { text: `- ${currentPage} -`, fontSize: 9, alignment: 'center', style: FOOTER_STYLE, margin: [page.left, 14, page.right, 0] };
  };
  const reportFooter = (currentPage: number, pageCount: number): Content => {
    onPageCount?.(pageCount);
    return {
      columns: [
        { width: '*', text: `LHE ZI ${shortName} ${yearText}`, fontSize: 7.5, color: GREY, style: FOOTER_STYLE },
        { width: 'auto', text: `Halaman ${currentPage - letterPages} dari ${pageCount - letterPages}`, fontSize: 7.5, alignment: 'right', style: FOOTER_STYLE },
      ],
      style: FOOTER_STYLE,
      margin: [page.left, 14, page.right, 0],
    };
  };
  const title = `Laporan Hasil Evaluasi Pembangunan Zona Integritas ${unitName} Tahun ${yearText}`;
  const definition: DocDefinition = {
    pageSize: { width: size.widthPt, height: size.heightPt },
    pageOrientation: 'portrait',
    pageMargins: [page.left, page.top, page.right, page.bottom + 26],
    compress: true,
    info: {
      title,
      author: institution.namaInspektorat.trim() || 'ZI Desk',
      subject: `LHE Zona Integritas ${shortName} ${yearText}; Nomor ${orBlank(meta.nomorLaporan)}`,
      creator: 'ZI Desk',
      producer: 'ZI Desk (pdfmake)',
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
    defaultStyle: { font: documentFontOf(options.page), fontSize: BODY_PT, lineHeight: BODY_LINE_HEIGHT },
    images: kop.images,
    // The cover letter and the report are two documents in one file: each section has its own
    // footer, and the report counts its pages from its own first page.
    content: [
      { section: [...kop.content, ...coverLetter(model, yearText, width)], footer: coverFooter },
      { section: [...report, ...notesAppendix(model, yearText)], footer: reportFooter },
    ],
    ...(model.draft === true ? { watermark: { text: 'KONSEP', color: '#8C8C8C', opacity: 0.22, bold: true, fontSize: WATERMARK_PT } } : {}),
  };
  // A section heading never ends a page without two lines of its text (sizes as the definition sets them).
  const keepHeight = headingKeepHeight(documentFontOf(options.page), BODY_PT, BODY_LINE_HEIGHT, HEADING_MARGIN[0] + HEADING_MARGIN[1]);
  definition.pageBreakBefore = keepHeadingsWithNext({ level: 1, keepHeight, ignore: (node) => node.style === FOOTER_STYLE });
  return definition;
}

/** The pdfmake document definition of an LHE (pure apart from encoding the logo). */
export function lheDocDefinition(model: LheModel, options: ReportDocOptions = {}): DocDefinition {
  return buildDefinition(model, options);
}

/** The LHE as a PDF, with its page count. The logo is checked first (`AppFailure`). */
export function lhePdf(model: LheModel, options: ReportPdfOptions = {}): Promise<LhePdf> {
  return renderPagedReport(model.institution.logo, options, (definitionOptions, onPageCount) => buildDefinition(model, definitionOptions, onPageCount));
}
