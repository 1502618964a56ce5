import type { Workbook, Worksheet as Sheet } from 'exceljs';
import { formatTanggal } from '../../../shared/format';
import {
  scoreWorksheet,
  type ChoiceQuestion,
  type Indicator,
  type IndicatorScore,
  type ItemScore,
  type Question,
  type ScoreNode,
  type Template,
  type WorksheetScore,
} from '../../../shared/lke';
import { AppFailure } from '../../../shared/result';
import { layerAnswers, type Worksheet } from '../../../shared/worksheets';
import { loadExcelJs } from '../files/xlsx';
import { COLUMNS, FORMAT_TAG, HEADER_ROW, LKE_SHEET, META_SHEET, answerTypeText } from './layout';

/**
 * A worksheet as an .xlsx laid out like the official LKE, with live formulas so the file scores
 * itself (Unit and TPI layers) and the engine's results cached in every formula cell, so viewers
 * that do not recalculate show the same numbers as the app.
 */

export interface WorksheetExportInput {
  worksheet: Worksheet;
  template: Template;
  instansi: string;
  unitName: string;
  now: Date;
}

type HeadingLevel = 'component' | 'half' | 'area' | 'subArea' | 'hasilSub' | 'total';

interface HeadingEntry {
  kind: 'heading';
  level: HeadingLevel;
  row: number;
  code: string;
  name: string;
  weight: number;
  /** Rows summed (or averaged, for a sub-area: its scored items). */
  childRows: number[];
  unit: number;
  tpi: number;
}
interface QuestionEntry {
  kind: 'question';
  row: number;
  item: Question;
  unit: ItemScore | undefined;
  tpi: ItemScore | undefined;
}
interface IndicatorEntry {
  kind: 'indicator';
  row: number;
  item: Indicator;
  unit: IndicatorScore | undefined;
  tpi: IndicatorScore | undefined;
}
type Entry = HeadingEntry | QuestionEntry | IndicatorEntry;

/** Lays the template out as rows (first data row after the header row), with the scores of both layers. */
export function layoutRows(template: Template, unit: WorksheetScore, tpi: WorksheetScore): Entry[] {
  const entries: Entry[] = [];
  let row = HEADER_ROW;
  const next = (): number => (row += 1);
  const heading = (level: HeadingLevel, node: { code: string; name: string; weight: number }, u: ScoreNode | undefined, t: ScoreNode | undefined): HeadingEntry => {
    const entry: HeadingEntry = {
      kind: 'heading',
      level,
      row: next(),
      code: node.code,
      name: node.name,
      weight: node.weight,
      childRows: [],
      unit: u?.value ?? 0,
      tpi: t?.value ?? 0,
    };
    entries.push(entry);
    return entry;
  };
  const componentRows: number[] = [];
  template.components.forEach((component, ci) => {
    const uc = unit.components[ci];
    const tc = tpi.components[ci];
    const ce = heading('component', component, uc, tc);
    componentRows.push(ce.row);
    if (component.kind === 'PENGUNGKIT') {
      const uHalves = uc?.kind === 'PENGUNGKIT' ? uc.halves : [];
      const tHalves = tc?.kind === 'PENGUNGKIT' ? tc.halves : [];
      component.halves.forEach((half, hi) => {
        const he = heading('half', half, uHalves[hi], tHalves[hi]);
        ce.childRows.push(he.row);
        half.areas.forEach((area, ai) => {
          const ua = uHalves[hi]?.areas[ai];
          const ta = tHalves[hi]?.areas[ai];
          const ae = heading('area', area, ua, ta);
          he.childRows.push(ae.row);
          area.subAreas.forEach((subArea, si) => {
            const us = ua?.subAreas[si];
            const ts = ta?.subAreas[si];
            const name = subArea.group ? `${subArea.group.name} — ${subArea.name}` : subArea.name;
            const se = heading('subArea', { ...subArea, name }, us, ts);
            ae.childRows.push(se.row);
            subArea.questions.forEach((item, qi) => {
              const qe: QuestionEntry = { kind: 'question', row: next(), item, unit: us?.items[qi], tpi: ts?.items[qi] };
              entries.push(qe);
              if (item.answerType !== 'JUMLAH') se.childRows.push(qe.row);
            });
          });
        });
      });
    } else {
      const uSubs = uc?.kind === 'HASIL' ? uc.subComponents : [];
      const tSubs = tc?.kind === 'HASIL' ? tc.subComponents : [];
      component.subComponents.forEach((sub, si) => {
        const se = heading('hasilSub', sub, uSubs[si], tSubs[si]);
        ce.childRows.push(se.row);
        sub.indicators.forEach((item, ii) => {
          const ie: IndicatorEntry = { kind: 'indicator', row: next(), item, unit: uSubs[si]?.indicators[ii], tpi: tSubs[si]?.indicators[ii] };
          entries.push(ie);
          se.childRows.push(ie.row);
        });
      });
    }
  });
  const total = heading('total', { code: 'TOTAL', name: 'Total Nilai (Pengungkit + Hasil)', weight: unit.weight }, unit, tpi);
  total.childRows.push(...componentRows);
  return entries;
}

/** Excel literal of a number ('.' decimal mark inside formulas). */
function num(value: number): string {
  return String(value);
}

function choiceExpression(item: Pick<ChoiceQuestion, 'options'>, cell: string, fallback: string): string {
  let expression = fallback;
  for (let index = item.options.length - 1; index >= 0; index -= 1) {
    const option = item.options[index];
    if (option === undefined) continue;
    expression = `IF(${cell}="${option.key.replace(/"/g, '""')}",${num(option.value)},${expression})`;
  }
  return expression;
}

/** The value formula of a Pengungkit item reading its answer from column `col`. */
export function questionFormula(item: Question, col: string, row: number, rowOf: (code: string) => number | undefined): string {
  const cell = `${col}${row}`;
  const ref = (code: string): string => {
    const at = rowOf(code);
    if (at === undefined) throw new AppFailure('INTERNAL', `Butir masukan ${code} tidak ada di templat.`);
    return `${col}${at}`;
  };
  switch (item.answerType) {
    case 'YA_TIDAK':
    case 'ABC':
    case 'ABCD':
    case 'ABCDE':
      return `IF(${cell}="","",${choiceExpression(item, cell, '""')})`;
    case 'JUMLAH':
      return `IF(${cell}="","",${cell})`;
    case 'INDEKS':
      return `IF(${cell}="","",${cell}/${num(item.indexMax)})`;
    case 'PERSEN': {
      const formula = item.formula;
      if (formula.kind === 'ratio') {
        const numerator = formula.numerator.map(ref).join(',');
        const denominator = formula.denominator.map(ref).join(',');
        const all = [...formula.numerator, ...formula.denominator];
        return (
          `IF(COUNT(${all.map(ref).join(',')})<${all.length},"",` +
          `IF(SUM(${denominator})=0,0,MIN(1,SUM(${numerator})/SUM(${denominator}))))`
        );
      }
      const last = ref(formula.lastYear);
      const current = ref(formula.thisYear);
      return `IF(COUNT(${last},${current})<2,"",IF(${last}=0,IF(${current}=0,1,0),MAX(0,(${last}-${current})/${last})))`;
    }
  }
}

/** The points formula of a Hasil indicator (IPAK/IPKP: index ÷ 4 × weight; capaian: value × weight). */
export function indicatorFormula(item: Indicator, col: string, row: number): string {
  const cell = `${col}${row}`;
  if (item.answerType === 'INDEKS') return `IF(${cell}="",0,${cell}/${num(item.indexMax)}*${num(item.weight)})`;
  return `IF(${cell}="",0,${choiceExpression(item, cell, '0')}*${num(item.weight)})`;
}

/** The formula of a heading: AVERAGE of answered items × weight for a sub-area, SUM otherwise. */
export function headingFormula(entry: HeadingEntry, col: string): string {
  const cells = entry.childRows.map((row) => `${col}${row}`).join(',');
  if (entry.level === 'subArea') return `IF(COUNT(${cells})=0,0,AVERAGE(${cells})*${num(entry.weight)})`;
  return `SUM(${cells})`;
}

function answerCellValue(worksheet: Worksheet, code: string, layer: 'unit' | 'tpi'): string | number | null {
  const answer = worksheet.items[code]?.[layer].answer ?? null;
  return answer === null ? null : answer.value;
}

function evidenceText(worksheet: Worksheet, code: string): string {
  const evidence = worksheet.items[code]?.evidence ?? [];
  return evidence.map((entry) => (entry.kind === 'file' ? entry.name : entry.text)).join('; ');
}

const LEVEL_FILL: Record<HeadingLevel, string> = {
  component: 'FFB4C6E7',
  half: 'FFD9E1F2',
  area: 'FFE2EFDA',
  subArea: 'FFF2F2F2',
  hasilSub: 'FFE2EFDA',
  total: 'FFFFE699',
};

function writeHeaderBlock(sheet: Sheet, input: WorksheetExportInput): void {
  const { worksheet, template } = input;
  const lines: [string, string][] = [
    ['Instansi', input.instansi],
    ['Unit Kerja', input.unitName],
    ['Tahun', String(worksheet.year)],
    ['Templat', `${template.id} versi ${template.version}`],
    ['Dibuat', formatTanggal(input.now)],
  ];
  sheet.getCell('A1').value = template.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  lines.forEach(([label, value], index) => {
    sheet.getCell(`A${index + 2}`).value = label;
    sheet.getCell(`A${index + 2}`).font = { bold: true };
    sheet.getCell(`B${index + 2}`).value = value;
  });
}

/** Builds the workbook (exceljs loaded on first use or preloaded after start, see files/xlsx.ts). */
export async function buildWorksheetWorkbook(input: WorksheetExportInput): Promise<Workbook> {
  const Excel = await loadExcelJs();
  const { worksheet, template } = input;
  const unitScore = scoreWorksheet(template, layerAnswers(worksheet, 'unit'));
  const tpiScore = scoreWorksheet(template, layerAnswers(worksheet, 'tpi'));
  const entries = layoutRows(template, unitScore, tpiScore);
  const rows = new Map<string, number>();
  for (const entry of entries) if (entry.kind !== 'heading') rows.set(entry.item.code, entry.row);
  const rowOf = (code: string): number | undefined => rows.get(code);

  const workbook = new Excel.Workbook();
  workbook.creator = 'ZI Desk';
  workbook.created = input.now;
  // Excel recalculates on open; the cached results serve viewers that do not.
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(LKE_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  writeHeaderBlock(sheet, input);
  const widths: Record<keyof typeof COLUMNS, number> = {
    code: 16, text: 60, criteria: 50, answerType: 14, weight: 8, unitAnswer: 12, unitValue: 10,
    tpiAnswer: 12, tpiValue: 10, unitNote: 40, tpiNote: 40, evidence: 40,
  };
  const header = sheet.getRow(HEADER_ROW);
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, (typeof COLUMNS)[keyof typeof COLUMNS]][]) {
    header.getCell(column.n).value = column.header;
    sheet.getColumn(column.n).width = widths[key];
  }
  header.font = { bold: true };
  for (const column of [COLUMNS.unitValue.n, COLUMNS.tpiValue.n, COLUMNS.weight.n]) sheet.getColumn(column).numFmt = '0.00';

  for (const entry of entries) {
    const row = sheet.getRow(entry.row);
    const set = (column: { n: number }, value: ExcelValue): void => {
      row.getCell(column.n).value = value;
    };
    if (entry.kind === 'heading') {
      set(COLUMNS.code, entry.code);
      set(COLUMNS.text, entry.name);
      set(COLUMNS.weight, entry.weight);
      set(COLUMNS.unitValue, { formula: headingFormula(entry, COLUMNS.unitValue.letter), result: entry.unit });
      set(COLUMNS.tpiValue, { formula: headingFormula(entry, COLUMNS.tpiValue.letter), result: entry.tpi });
      row.font = { bold: true };
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[entry.level] } };
      continue;
    }
    const code = entry.item.code;
    set(COLUMNS.code, code);
    set(COLUMNS.text, entry.item.text);
    set(COLUMNS.criteria, entry.item.criteria);
    set(COLUMNS.answerType, answerTypeText(entry.item));
    if (entry.item.answerType !== 'PERSEN') {
      set(COLUMNS.unitAnswer, answerCellValue(worksheet, code, 'unit'));
      set(COLUMNS.tpiAnswer, answerCellValue(worksheet, code, 'tpi'));
    }
    if (entry.kind === 'question') {
      set(COLUMNS.unitValue, {
        formula: questionFormula(entry.item, COLUMNS.unitAnswer.letter, entry.row, rowOf),
        result: entry.unit?.value ?? '',
      });
      set(COLUMNS.tpiValue, {
        formula: questionFormula(entry.item, COLUMNS.tpiAnswer.letter, entry.row, rowOf),
        result: entry.tpi?.value ?? '',
      });
    } else {
      set(COLUMNS.weight, entry.item.weight);
      set(COLUMNS.unitValue, { formula: indicatorFormula(entry.item, COLUMNS.unitAnswer.letter, entry.row), result: entry.unit?.value ?? 0 });
      set(COLUMNS.tpiValue, { formula: indicatorFormula(entry.item, COLUMNS.tpiAnswer.letter, entry.row), result: entry.tpi?.value ?? 0 });
    }
    set(COLUMNS.unitNote, worksheet.items[code]?.unit.note ?? '');
    set(COLUMNS.tpiNote, worksheet.items[code]?.tpi.note ?? '');
    set(COLUMNS.evidence, evidenceText(worksheet, code));
    row.alignment = { vertical: 'top', wrapText: true };
  }

  const meta = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  const metaRows: [string, string][] = [
    ['format', FORMAT_TAG],
    ['templateId', template.id],
    ['templateVersion', template.version],
    ['worksheetId', worksheet.id],
    ['generatedAt', input.now.toISOString()],
  ];
  metaRows.forEach(([key, value], index) => {
    meta.getCell(`A${index + 1}`).value = key;
    meta.getCell(`B${index + 1}`).value = value;
  });
  return workbook;
}

type ExcelValue = string | number | null | { formula: string; result: number | string };

/** The .xlsx bytes of a worksheet. */
export async function exportWorksheetXlsx(input: WorksheetExportInput): Promise<Uint8Array> {
  const workbook = await buildWorksheetWorkbook(input);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
