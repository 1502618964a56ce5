import { formatTanggal, toCalendarDate } from '../format/date';
import { formatAngka } from '../format/number';
import {
  itemsByCode,
  legalBasisOn,
  regulationCitation,
  roundRuleDate,
  verdict,
  type AreaScore,
  type PredicateThresholds,
  type ProposalStatus,
  type Template,
  type ThresholdSet,
  type WorksheetScore,
} from '../lke';
import type { PaperSize } from '../format/paper';
import { answerText, sameAnswer } from '../worksheets/changes';
import { layerStarted, scoreLayers, type LayerScores } from '../worksheets/summary';
import type { Worksheet } from '../worksheets/schemas';
import type { WorksheetProposal } from '../worksheets/views';
import type { ReportMeta } from './meta';
import type { LheAreaBar, LheItemNote, LheModel, LheResultRow, LheVerdict, ReportInstitution } from './model';

/**
 * Builds the Laporan Hasil Evaluasi of one worksheet from stored records: the
 * results table down to the areas and Hasil indicators, both verdicts with every failing
 * criterion, the area chart, the item notes, and recommendations (entered, or suggested from the
 * weakest areas and items). Pure; every number is the engine's (scoreWorksheet, verdict).
 */

/**
 * Legal basis printed in every LHE; the ZI regulations in force on the report date follow
 * (legalBasisOn: 2022 → PermenPANRB 90/2021 only, 2025 → 90/2021 and 5/2024).
 */
export const DASAR_HUKUM_TETAP = [
  'Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme',
  'Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah',
] as const;

const PREDICATE_LABEL = {
  WBK: 'Wilayah Bebas dari Korupsi',
  WBBM: 'Wilayah Birokrasi Bersih dan Melayani',
} as const;

const PROPOSAL_TEXT: Readonly<Record<string, string>> = {
  'layak diusulkan': 'layak diusulkan',
  'layak melalui afirmasi': 'layak diusulkan melalui jalur afirmasi',
  'belum layak': 'belum layak diusulkan',
};

/** What an instansi record holds; all of it is missing when the year has no record. */
const INSTANSI_ITEMS = ['Opini BPK', 'Predikat SAKIP instansi', 'Indeks RB', 'Maturitas SPIP'] as const;

/** proposalStatus words every unknown value "… belum diisi" (a data-entry message, never printed). */
const NOT_ENTERED = /belum diisi/;

/** Every ISO date of a text in words ("2022-06-23" → "23 Juni 2022"). */
export function datesInWords(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => (toCalendarDate(iso) ? formatTanggal(iso) : iso));
}

/** A check's finding as a clause: no trailing full stop, dates in words. */
const clause = (detail: string): string => datesInWords(detail.trim().replace(/\.+$/, ''));

/**
 * The proposal status as prose for the reader of the report: the status in a sentence, what is not
 * met (score criteria and, where the round's rules require them, the instansi and unit
 * prerequisites) and, apart, the requirements whose data is not available yet. A report is read by
 * people outside the app, so the app's data-entry messages ("… belum diisi") never appear in it.
 */
export function proposalProse(status: ProposalStatus, unitName: string): { text: string; missing: string[] } {
  const missing: string[] = [];
  const unmet: string[] = [];
  for (const check of status.checks) {
    if (check.passed) continue;
    if (check.id === 'lke:lengkap') {
      unmet.push('lembar kerja belum terisi lengkap sehingga nilai masih bersifat sementara');
    } else if (check.id === 'instansi:data') {
      missing.push(...INSTANSI_ITEMS);
    } else if (NOT_ENTERED.test(check.detail)) {
      missing.push(check.label);
    } else if (check.informasi !== true) {
      unmet.push(clause(check.detail));
    }
  }
  const sentences = [`${unitName.trim() || 'Unit kerja'} ${PROPOSAL_TEXT[status.status] ?? status.status} untuk memperoleh predikat ${status.predicate}.`];
  if (unmet.length > 0) sentences.push(`Hal yang belum terpenuhi: ${unmet.join('; ')}.`);
  if (status.rules.mode === 'informasi') {
    sentences.push(
      // A round before the amendment cites only the law of its time (never the later regulation).
      'Pada tahun evaluasi ini, persyaratan pengusulan tingkat instansi dan unit kerja dicantumkan sebagai informasi dan tidak menentukan kelayakan usulan.',
    );
  }
  return { text: sentences.join(' '), missing };
}

/** The twelve areas of a scored layer: Pemenuhan's six, then Reform's six. */
export function areasOf(score: WorksheetScore): { area: AreaScore; half: 'Pemenuhan' | 'Reform' }[] {
  return [
    ...score.pengungkit.pemenuhan.areas.map((area) => ({ area, half: 'Pemenuhan' as const })),
    ...score.pengungkit.reform.areas.map((area) => ({ area, half: 'Reform' as const })),
  ];
}

/** The results table rows (see LheResultRow). */
export function resultRows(scores: LayerScores): LheResultRow[] {
  const tpiStarted = layerStarted(scores.tpi);
  const tpnStarted = layerStarted(scores.tpn);
  const rows: LheResultRow[] = [];
  // The three trees have the same shape (one template): walk the unit tree, look up the others by position.
  const pick = (node: (score: WorksheetScore) => { value: number }) => ({
    unit: node(scores.unit).value,
    tpi: tpiStarted ? node(scores.tpi).value : null,
    tpn: tpnStarted ? node(scores.tpn).value : null,
  });
  const unit = scores.unit;
  const p = unit.pengungkit;
  rows.push({ kind: 'component', code: p.code, name: `Komponen Pengungkit`, depth: 0, weight: p.weight, ...pick((s) => s.pengungkit) });
  for (const halfKey of ['pemenuhan', 'reform'] as const) {
    const half = p[halfKey];
    rows.push({ kind: 'half', code: half.code, name: half.name, depth: 1, weight: half.weight, ...pick((s) => s.pengungkit[halfKey]) });
    half.areas.forEach((area, index) => {
      rows.push({
        kind: 'area',
        code: area.code,
        name: area.name,
        depth: 2,
        weight: area.weight,
        ...pick((s) => s.pengungkit[halfKey].areas[index] ?? { value: 0 }),
      });
    });
  }
  const h = unit.hasil;
  rows.push({ kind: 'component', code: h.code, name: 'Komponen Hasil', depth: 0, weight: h.weight, ...pick((s) => s.hasil) });
  h.subComponents.forEach((sub, subIndex) => {
    rows.push({ kind: 'hasilPart', code: sub.code, name: sub.name, depth: 1, weight: sub.weight, ...pick((s) => s.hasil.subComponents[subIndex] ?? { value: 0 }) });
    sub.indicators.forEach((indicator, index) => {
      rows.push({
        kind: 'hasilPart',
        code: indicator.code,
        name: indicator.shortName,
        depth: 2,
        weight: indicator.weight,
        ...pick((s) => s.hasil.subComponents[subIndex]?.indicators[index] ?? { value: 0 }),
      });
    });
  });
  rows.push({ kind: 'total', code: '', name: 'Nilai Total', depth: 0, weight: unit.weight, ...pick((s) => s) });
  return rows;
}

/** Area percentages on the Unit and TPI layers, Pemenuhan's six then Reform's six. */
export function areaBars(scores: LayerScores): LheAreaBar[] {
  const tpiStarted = layerStarted(scores.tpi);
  const tpiAreas = areasOf(scores.tpi);
  return areasOf(scores.unit).map(({ area, half }, index) => ({
    code: area.code,
    name: area.name,
    half,
    unitPercent: area.percent,
    tpiPercent: tpiStarted ? (tpiAreas[index]?.area.percent ?? 0) : null,
  }));
}

function verdictOf(score: WorksheetScore, thresholds: PredicateThresholds, proposal: ProposalStatus, unitName: string): LheVerdict {
  const result = verdict(score, thresholds);
  const predicate = result.predicate;
  const failing = result.failing.map((criterion) => ({
    label: criterion.label,
    value: criterion.value,
    minimum: criterion.minimum,
    weight: criterion.weight,
    minimumPercent: criterion.minimumPercent ?? null,
  }));
  const sentence = result.passed
    ? `Memenuhi seluruh kriteria nilai ${predicate}.`
    : `Belum memenuhi ${failing.length} kriteria nilai ${predicate}.`;
  const prose = proposalProse(proposal, unitName);
  return {
    predicate,
    label: PREDICATE_LABEL[predicate],
    passed: result.passed,
    complete: result.complete,
    failing,
    proposal: prose.text,
    proposalMissing: prose.missing,
    sentence,
  };
}

/** Items with a note on either layer, or whose Unit and TPI answers differ, in template order. */
export function itemNotes(worksheet: Pick<Worksheet, 'items'>, template: Template): LheItemNote[] {
  const notes: LheItemNote[] = [];
  for (const location of itemsByCode(template).values()) {
    const item = worksheet.items[location.item.code];
    if (item === undefined) continue;
    const tpiNote = item.tpi.note.trim();
    const unitNote = item.unit.note.trim();
    const differs = item.tpi.answer !== null && !sameAnswer(item.unit.answer, item.tpi.answer);
    if (tpiNote === '' && unitNote === '' && !differs) continue;
    notes.push({
      code: location.item.code,
      question: location.item.text,
      unitAnswer: answerText(item.unit.answer),
      tpiAnswer: answerText(item.tpi.answer),
      note: tpiNote !== '' ? tpiNote : unitNote,
    });
  }
  return notes;
}

/** Longest item text quoted whole in a suggestion; a longer item is named by its code alone. */
const MAX_QUOTED_ITEM = 120;

/**
 * An item named in a suggestion: its code, with its text in quotes when short enough. A
 * recommendation is a whole sentence: an item text is quoted whole or not at all, never cut.
 */
function itemReference(code: string, text: string | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim().replace(/[.;:]+$/, '');
  return clean !== '' && clean.length <= MAX_QUOTED_ITEM ? `${code} ("${clean}")` : code;
}

/**
 * Recommendations drawn from the weakest items of a scored layer: the (up to) four areas with the
 * lowest percentage below 100, each naming its two lowest-valued items, then every Hasil
 * indicator below 75% of its weight.
 */
export function suggestRecommendations(score: WorksheetScore, template: Template): string[] {
  const texts = new Map<string, string>();
  for (const location of itemsByCode(template).values()) texts.set(location.item.code, location.item.text);
  const suggestions: string[] = [];
  const weakest = areasOf(score)
    .filter(({ area }) => area.percent < 100 - 1e-9)
    .sort((a, b) => a.area.percent - b.area.percent)
    .slice(0, 4);
  for (const { area, half } of weakest) {
    const items = area.subAreas
      .flatMap((sub) => sub.items)
      .filter((item) => item.scored && (item.value ?? 0) < 1 - 1e-9)
      .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
      .slice(0, 2)
      .map((item) => itemReference(item.code, texts.get(item.code)));
    const detail = items.length > 0 ? `, terutama pada butir ${items.join(' dan ')}` : '';
    suggestions.push(`Memperkuat area ${area.name} (${half}) yang capaiannya ${formatAngka(area.percent)}% dari bobot${detail}.`);
  }
  for (const indicator of [score.hasil.ipak, score.hasil.capaianKinerja, score.hasil.ipkp]) {
    if (indicator.percent < 75) {
      suggestions.push(
        `Meningkatkan ${indicator.shortName} yang baru mencapai ${formatAngka(indicator.percent)}% dari bobotnya, dengan menindaklanjuti hasil survei dan pengukuran kinerja.`,
      );
    }
  }
  return suggestions;
}

export interface LheInput {
  worksheet: Worksheet;
  template: Template;
  thresholds: ThresholdSet;
  /** From the worksheet summary: the proposal status (score, instansi and unit prerequisites). */
  proposal: WorksheetProposal;
  institution: ReportInstitution;
  paper: PaperSize;
  unit: LheModel['unit'];
  meta: ReportMeta;
  scores?: LayerScores;
  /** The pencanangan: the covering declaration's date, else the one entered on the worksheet. */
  pencanangan?: LheModel['pencanangan'];
}

/** The whole LHE model of one worksheet. */
export function buildLheModel(input: LheInput): LheModel {
  const { worksheet, template, thresholds, proposal, meta } = input;
  const scores = input.scores ?? scoreLayers(worksheet, template);
  const layer = proposal.layer;
  const score = scores[layer];
  const suggestions = suggestRecommendations(score, template);
  const recommendationsSuggested = meta.rekomendasi.length === 0;
  const areaNames = areasOf(scores.unit).map(({ area }) => area.name);
  // Documents cite the law in force on their date; an undated report, that of its round's year.
  const lawDate = meta.tanggalSurat !== '' ? meta.tanggalSurat : roundRuleDate(worksheet.year);
  return {
    paper: input.paper,
    institution: input.institution,
    unit: input.unit,
    year: worksheet.year,
    templateTitle: template.title,
    meta,
    // A letter without a date prints a dotted blank to be filled by hand, never the print date.
    reportDate: meta.tanggalSurat,
    draft: worksheet.status !== 'FINAL',
    pencanangan: input.pencanangan ?? null,
    assessedLayer: layer,
    showTpn: layerStarted(scores.tpn),
    rows: resultRows(scores),
    chart: areaBars(scores),
    verdicts: [verdictOf(score, thresholds.wbk, proposal.wbk, input.unit.nama), verdictOf(score, thresholds.wbbm, proposal.wbbm, input.unit.nama)],
    notes: itemNotes(worksheet, template),
    recommendations: recommendationsSuggested ? suggestions : [...meta.rekomendasi],
    recommendationsSuggested,
    dasarHukum: [...DASAR_HUKUM_TETAP, ...legalBasisOn(lawDate)],
    tujuan: `Evaluasi bertujuan menilai kemajuan pembangunan Zona Integritas pada ${input.unit.nama} Tahun ${worksheet.year} berdasarkan komponen pengungkit dan komponen hasil, menetapkan kelayakan unit kerja untuk diusulkan memperoleh predikat WBK/WBBM, serta memberikan rekomendasi perbaikan.`,
    ruangLingkup: `Evaluasi mencakup enam area perubahan pada komponen pengungkit, baik pemenuhan maupun reform (${[...new Set(areaNames)].join(', ')}), serta komponen hasil (Indeks Persepsi Anti Korupsi, capaian kinerja, dan Indeks Persepsi Kualitas Pelayanan).`,
    metodologi: `Evaluasi dilakukan atas penilaian mandiri unit kerja melalui reviu dokumen bukti dukung, wawancara, dan observasi lapangan oleh Tim Penilai Internal, menggunakan ${template.title} sesuai ${regulationCitation(lawDate)}. Nilai dihitung dengan rumus resmi lembar kerja dan dibulatkan dua angka desimal pada saat dicetak.`,
  };
}

/** A stored declaration as the LHE needs it. */
export interface CoveringDeclaration {
  title: string;
  /** ISO date of the pencanangan. */
  date: string;
  unitIds: readonly string[];
}

/**
 * The pencanangan of a unit: the stored declaration (piagam) that covers it — the latest one on or
 * before `asOf`, else the earliest — or, only when none covers the unit, the date entered by hand
 * on the worksheet; null when neither exists.
 */
export function coveringPencanangan(
  declarations: readonly CoveringDeclaration[],
  unitId: string,
  manual: string | null,
  asOf: string,
): NonNullable<LheModel['pencanangan']> | null {
  const covering = declarations.filter((declaration) => declaration.unitIds.includes(unitId)).sort((a, b) => a.date.localeCompare(b.date));
  const chosen = covering.filter((declaration) => declaration.date <= asOf).at(-1) ?? covering[0];
  if (chosen !== undefined) return { date: chosen.date, source: 'piagam', title: chosen.title };
  return manual === null ? null : { date: manual, source: 'manual', title: '' };
}
