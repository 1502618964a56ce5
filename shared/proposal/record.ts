import { z } from 'zod';
import { checkNomorInduk, normalizeNip } from '../format/nip';
import { formatTanggal, toCalendarDate } from '../format/date';
import { idSchema } from '../masterdata/schemas';
import { safeText, yearSchema } from '../schemas/common';
import { defaultTanggalUsulan } from '../worksheets/summary';
import { proposalCategories, type ProposalCandidate } from './eligibility';

/**
 * The proposal package of a year as stored (`proposal/<year>`): the units chosen, the fields of the
 * Surat Pengajuan Evaluasi and the SPTJM (DOMAIN §6), the deadline, and when the letters were last
 * printed and the data last exported (for the dashboard's "what is still missing").
 */

/** Most units one proposal lists. */
export const MAX_PROPOSED_UNITS = 200;

const text = (label: string, max: number) =>
  safeText({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`);

/** ISO date or '' (not known yet: the letter prints a dotted blank, never today's date). */
const optionalDate = (label: string) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .refine((value) => value === '' || toCalendarDate(value) !== undefined, `${label} harus tanggal yang valid (TTTT-BB-HH).`);

/** A NIP or '' (a Penjabat Bupati is a civil servant and signs with a NIP; an elected Bupati has none). */
const optionalNip = z
  .string({ error: 'NIP harus berupa teks.' })
  .trim()
  .max(40, 'NIP terlalu panjang.')
  .transform((value) => normalizeNip(value))
  .superRefine((value, ctx) => {
    if (value === '') return;
    const check = checkNomorInduk('PNS', value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: `NIP penanda tangan: ${check.message}` });
  });

/** The signer of both letters: the pimpinan instansi (the Bupati, or a Pj. Bupati). */
export const proposalSignerSchema = z.object({
  nama: text('Nama penanda tangan', 150),
  /** "Bupati Serang", "Pj. Bupati Serang". */
  jabatan: text('Jabatan penanda tangan', 150),
  nip: optionalNip,
});

/** The letter fields (both letters share the signer, place and date). */
export const proposalLetterSchema = z.object({
  nomorSurat: text('Nomor surat', 100),
  tanggalSurat: optionalDate('Tanggal surat'),
  sifat: text('Sifat surat', 50),
  lampiran: text('Lampiran', 80),
  perihal: text('Perihal', 250),
  /** Place on the date line ("Serang"). */
  tempat: text('Tempat', 60),
  /** The Pemerintah Kabupaten's address: kop and the SPTJM's "alamat instansi". */
  alamatInstansi: text('Alamat instansi', 300),
  penandatangan: proposalSignerSchema,
  /** Deadline of the proposal; '' = 31 Mei (DOMAIN §1). */
  batasWaktu: optionalDate('Batas waktu pengusulan'),
});
export type ProposalLetter = z.output<typeof proposalLetterSchema>;
export type ProposalLetterInput = z.input<typeof proposalLetterSchema>;

/** One chosen unit and the category it is proposed for. */
export const proposedUnitSchema = z.object({
  unitId: idSchema,
  kategori: z.enum(proposalCategories, { error: 'Kategori harus WBK atau WBBM.' }),
});
export type ProposedUnit = z.infer<typeof proposedUnitSchema>;

export const proposalYearInputSchema = z.object({ year: yearSchema });

/** `proposal:save`. */
export const proposalSaveInputSchema = z.object({
  year: yearSchema,
  units: z
    .array(proposedUnitSchema)
    .max(MAX_PROPOSED_UNITS, `Paling banyak ${MAX_PROPOSED_UNITS} unit kerja.`)
    .refine((units) => new Set(units.map((unit) => unit.unitId)).size === units.length, 'Satu unit kerja dipilih lebih dari sekali.'),
  letter: proposalLetterSchema,
});
export type ProposalSaveInput = z.input<typeof proposalSaveInputSchema>;

/** When each part of the package was last made (ISO timestamps), null = not yet. */
export const proposalProgressSchema = z.object({
  surat: z.string().nullable(),
  sptjm: z.string().nullable(),
  json: z.string().nullable(),
  excel: z.string().nullable(),
});
export type ProposalProgress = z.infer<typeof proposalProgressSchema>;

/** The stored record of a year. */
export const storedProposalSchema = z.object({
  units: z.array(proposedUnitSchema),
  letter: proposalLetterSchema,
  savedAt: z.string(),
  savedBy: z.string(),
  progress: proposalProgressSchema,
});
export type StoredProposal = z.output<typeof storedProposalSchema>;

export function emptyProgress(): ProposalProgress {
  return { surat: null, sptjm: null, json: null, excel: null };
}

/** The fields the form offers before the first save. */
export function defaultProposalLetter(input: { year: number; kota: string; pemerintahDaerah: string }): ProposalLetter {
  const daerah = input.pemerintahDaerah.replace(/^pemerintah\s+/i, '').trim();
  return {
    nomorSurat: '',
    tanggalSurat: '',
    sifat: 'Penting',
    lampiran: '1 (satu) berkas',
    perihal: `Pengajuan Evaluasi Pembangunan Zona Integritas menuju WBK/WBBM Tahun ${input.year}`,
    tempat: input.kota,
    alamatInstansi: '',
    penandatangan: { nama: '', jabatan: daerah === '' ? 'Bupati' : `Bupati ${daerah.replace(/^kabupaten\s+/i, '')}`, nip: '' },
    batasWaktu: '',
  };
}

/** The deadline: the date set for the year, else 31 Mei (DOMAIN §1; the same date proposals are measured on). */
export function proposalDeadline(year: number, letter: Pick<ProposalLetter, 'batasWaktu'>): string {
  return letter.batasWaktu === '' ? defaultTanggalUsulan(year) : letter.batasWaktu;
}

/** `proposal:get`. */
export interface ProposalView {
  year: number;
  /** ISO date. */
  deadline: string;
  /** Whole days from today to the deadline (negative once passed). */
  daysLeft: number;
  candidates: ProposalCandidate[];
  /** The stored choice (units no longer eligible are kept and named in `missing`). */
  units: ProposedUnit[];
  letter: ProposalLetter;
  saved: boolean;
  savedAt: string | null;
  savedBy: string | null;
  progress: ProposalProgress;
  /** What is still missing before the deadline, in Bahasa Indonesia; empty when the package is complete. */
  missing: string[];
}

/** A file handed to the renderer for download (the PortalRB JSON or the manual-submission workbook). */
export interface ProposalFile {
  fileName: string;
  mimeType: 'application/json' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  size: number;
  dataBase64: string;
}

/** Whole days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  const day = (iso: string): number => {
    const date = toCalendarDate(iso);
    return date === undefined ? 0 : Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
  };
  return Math.round(day(b) - day(a));
}

/** The chosen units that are not (or no longer) eligible for their category, by name. */
export function ineligibleChoices(units: readonly ProposedUnit[], candidates: readonly ProposalCandidate[]): string[] {
  const byUnit = new Map(candidates.map((candidate) => [candidate.unitId, candidate]));
  return units
    .filter((unit) => !(byUnit.get(unit.unitId)?.categories.includes(unit.kategori) ?? false))
    .map((unit) => byUnit.get(unit.unitId)?.nama ?? unit.unitId);
}

/** What is still missing, in the order the work is done. */
export function missingParts(input: {
  year: number;
  candidates: readonly ProposalCandidate[];
  units: readonly ProposedUnit[];
  letter: ProposalLetter;
  progress: ProposalProgress;
}): string[] {
  const missing: string[] = [];
  const { candidates, units, letter, progress } = input;
  if (candidates.length === 0) missing.push(`Belum ada lembar kerja LKE Tahun ${input.year}.`);
  const notEligible = candidates.filter((candidate) => !candidate.eligible);
  if (notEligible.length > 0) {
    missing.push(`${notEligible.length} unit belum layak diusulkan: ${notEligible.map((candidate) => candidate.nama).join(', ')}.`);
  }
  if (units.length === 0) missing.push('Belum ada unit kerja yang dipilih untuk diusulkan.');
  const stale = ineligibleChoices(units, candidates);
  if (stale.length > 0) missing.push(`Unit yang dipilih tetapi tidak lagi layak untuk kategorinya: ${stale.join(', ')}.`);
  if (letter.nomorSurat === '' || letter.tanggalSurat === '') missing.push('Nomor dan tanggal Surat Pengajuan Evaluasi belum diisi.');
  if (letter.penandatangan.nama === '') missing.push('Nama Bupati penanda tangan belum diisi.');
  if (progress.surat === null) missing.push('Surat Pengajuan Evaluasi belum dicetak.');
  if (progress.sptjm === null) missing.push('SPTJM belum dicetak.');
  if (progress.json === null) missing.push('Data PortalRB (JSON) belum diekspor.');
  if (progress.excel === null) missing.push('Excel pengusulan belum diekspor.');
  return missing;
}

/** "31 Mei 2022". */
export function deadlineText(iso: string): string {
  return toCalendarDate(iso) ? formatTanggal(iso) : iso;
}

