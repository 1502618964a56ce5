import { z } from 'zod';
import { checkNomorInduk, normalizeNip } from '../format/nip';

/**
 * Report metadata of a worksheet's Laporan Hasil Evaluasi: the cover letter's
 * numbers, the surat tugas, the evaluation team and the recommendations. Entered in a form and
 * stored next to the worksheet (`reports/<worksheetId>`), editable after the worksheet is Final
 * (the report is written once the evaluation is done). Every text may be left empty: the PDF then
 * prints a dotted blank ("……") for the inspector to fill in by hand.
 */

/** Most team members besides the Pengendali Teknis and the Ketua Tim. */
export const MAX_TEAM_MEMBERS = 12;
/** Most numbered recommendations. */
export const MAX_RECOMMENDATIONS = 30;
/** Longest recommendation. */
export const MAX_RECOMMENDATION_LENGTH = 1500;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    // Control characters would print as boxes or break a line in the PDF.
    .refine((value) => !hasControlCharacter(value), `${label} berisi karakter yang tidak dapat dicetak.`);

/** A control character other than tab, line feed and carriage return (they would print as boxes). */
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

/** ISO date or '' (not yet known). */
const optionalDate = (label: string) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .refine((value) => value === '' || isIsoDate(value), `${label} harus tanggal yang valid (TTTT-BB-HH).`);

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A NIP (PNS or PPPK) or ''. Spaces are removed. */
const optionalNip = (label: string) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(40, `${label} terlalu panjang.`)
    .transform((value) => normalizeNip(value))
    .superRefine((value, ctx) => {
      if (value === '') return;
      const pns = checkNomorInduk('PNS', value);
      if (pns.ok) return;
      const pppk = checkNomorInduk('PPPK', value);
      if (!pppk.ok) ctx.addIssue({ code: 'custom', message: `${label}: ${pns.message}` });
    });

/** One member of the evaluation team. */
export const teamMemberSchema = z.object({
  nama: text('Nama anggota tim', 150),
  nip: optionalNip('NIP anggota tim'),
});
export type TeamMember = z.output<typeof teamMemberSchema>;

/** What the form sends and what is stored (outputs are trimmed, NIPs without spaces). */
export const reportMetaSchema = z.object({
  /** Cover letter. */
  nomorSurat: text('Nomor surat', 100),
  tanggalSurat: optionalDate('Tanggal surat'),
  sifat: text('Sifat surat', 50),
  lampiran: text('Lampiran', 80),
  perihal: text('Perihal', 250),
  /** Addressee, e.g. "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang". */
  kepada: text('Tujuan surat', 250),
  /** Where the letter goes ("di Serang" / "di Tempat"). */
  tempatTujuan: text('Tempat tujuan', 100),
  /** The report itself. */
  nomorLaporan: text('Nomor laporan', 100),
  /** Basis of the assignment. */
  suratTugasNomor: text('Nomor surat tugas', 100),
  suratTugasTanggal: optionalDate('Tanggal surat tugas'),
  /** Evaluation period, free text ("12 s.d. 23 September 2022"). */
  periodeEvaluasi: text('Periode evaluasi', 150),
  pengendaliTeknis: teamMemberSchema,
  ketuaTim: teamMemberSchema,
  anggota: z.array(teamMemberSchema).max(MAX_TEAM_MEMBERS, `Anggota tim paling banyak ${MAX_TEAM_MEMBERS} orang.`),
  /** Numbered recommendations, in order; blank lines are dropped when saved. */
  rekomendasi: z
    .array(text('Rekomendasi', MAX_RECOMMENDATION_LENGTH))
    .max(MAX_RECOMMENDATIONS, `Rekomendasi paling banyak ${MAX_RECOMMENDATIONS} butir.`)
    .transform((items) => items.filter((item) => item !== '')),
});
export type ReportMeta = z.output<typeof reportMetaSchema>;
export type ReportMetaInput = z.input<typeof reportMetaSchema>;

/** Metadata nobody entered yet: every blank prints as "……". */
export function emptyReportMeta(): ReportMeta {
  return {
    nomorSurat: '',
    tanggalSurat: '',
    sifat: '',
    lampiran: '',
    perihal: '',
    kepada: '',
    tempatTujuan: '',
    nomorLaporan: '',
    suratTugasNomor: '',
    suratTugasTanggal: '',
    periodeEvaluasi: '',
    pengendaliTeknis: { nama: '', nip: '' },
    ketuaTim: { nama: '', nip: '' },
    anggota: [],
    rekomendasi: [],
  };
}

/**
 * Sensible first values for a new report, offered by the form (never stored until saved):
 * "Biasa", "1 (satu) berkas", the perihal naming the unit and year, the unit head as addressee.
 */
export function defaultReportMeta(input: { unitName: string; kepalaJabatan: string; year: number; kota: string }): ReportMeta {
  return {
    ...emptyReportMeta(),
    sifat: 'Biasa',
    lampiran: '1 (satu) berkas',
    perihal: `Laporan Hasil Evaluasi Pembangunan Zona Integritas ${input.unitName} Tahun ${input.year}`,
    kepada: input.kepalaJabatan.trim() !== '' ? input.kepalaJabatan.trim() : `Kepala ${input.unitName}`,
    tempatTujuan: input.kota.trim() !== '' ? `di ${input.kota.trim()}` : 'di Tempat',
  };
}

/** The dotted blank printed for a missing value. */
export const BLANK = '……';

/**
 * A blank to be filled in by hand on the printed page (a date, a number, a name): a dotted line
 * of about 40 mm (36 full stops at 10.5–12 pt), long enough for a pen.
 */
export const DOTTED_LINE = '.'.repeat(36);

/** `value`, or the long dotted line to fill in by hand when empty. */
export function orLine(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? DOTTED_LINE : value.trim();
}

/** `value` or the dotted blank when empty (never "undefined" or "NaN"). */
export function orBlank(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? BLANK : value.trim();
}
