import { z } from 'zod';
import { fail, ok, type Result } from '../result';

/**
 * Predicate thresholds and proposal prerequisites, kept as versioned data per template (DOMAIN §3:
 * sources differ on some values, so they must be editable data, never constants in code). The
 * verdict on a score is in verdict.ts, the proposal prerequisites in proposal.ts.
 */

/** The two predicates a unit can be proposed for. */
export const predicates = ['WBK', 'WBBM'] as const;
export type Predicate = (typeof predicates)[number];

/** Opini BPK on the instansi's financial statements, best first. */
export const opiniBpkLevels = ['WTP', 'WDP', 'TW', 'TMP'] as const;
export type OpiniBpk = (typeof opiniBpkLevels)[number];

/** Letter grades used by SAKIP and Indeks RB, best first. */
export const predikatLevels = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type Predikat = (typeof predikatLevels)[number];

export const opiniBpkSchema = z.enum(opiniBpkLevels);
export const predikatSchema = z.enum(predikatLevels);

/** Minimum scores for one predicate (points unless noted). */
export const predicateThresholdsSchema = z.object({
  predicate: z.enum(predicates),
  /** 'Menuju WBK' / 'Menuju WBBM' */
  label: z.string().min(1),
  total: z.number().nonnegative(),
  pengungkit: z.number().nonnegative(),
  /** Minimum of every Pengungkit area, in Pemenuhan and in Reform, as a percentage of its weight. */
  areaPercent: z.number().min(0).max(100),
  ipak: z.number().nonnegative(),
  capaianKinerja: z.number().nonnegative(),
  birokrasiBersih: z.number().nonnegative(),
  ipkp: z.number().nonnegative(),
  /** Proposal prerequisites of PermenPANRB 5/2024 for this predicate. */
  proposal: z.object({
    opiniBpk: opiniBpkSchema,
    sakipInstansi: predikatSchema,
    /** Indeks RB of a Pemda. */
    indeksRb: predikatSchema,
    /** Maturitas SPIP level (1–5). */
    maturitasSpip: z.number().min(0).max(5),
    /** Tindak lanjut temuan audit, percent. */
    tindakLanjutTemuan: z.number().min(0).max(100),
    kepatuhanLhkpn: z.number().min(0).max(100),
    kepatuhanLhkasn: z.number().min(0).max(100),
    /** Years since the pencanangan of the ZI. */
    ziDibangunTahun: z.number().int().nonnegative(),
    sakipUnit: predikatSchema,
  }),
});
export type PredicateThresholds = z.infer<typeof predicateThresholdsSchema>;
export type ProposalRequirements = PredicateThresholds['proposal'];

/** The thresholds that go with one template version. */
export const thresholdSetSchema = z.object({
  templateId: z.string().min(1),
  templateVersion: z.string().min(1),
  basis: z.string().min(1),
  wbk: predicateThresholdsSchema,
  wbbm: predicateThresholdsSchema,
  /** Where sources disagree and which value was chosen. */
  notes: z.array(z.string()),
});
export type ThresholdSet = z.infer<typeof thresholdSetSchema>;

/**
 * Thresholds per template id. For PermenPANRB 90/2021 as amended by 5/2024 (DOMAIN §3, [M]):
 * WBK total 75, Pengungkit 40, every area 60 %, IPAK 15,75, capaian kinerja 2,5, birokrasi bersih
 * 18,25, IPKP 14; WBBM 85, 48, 75 %, 15,75, 3,75, 19,5, 15,75.
 */
const thresholds90Tahun2021Perubahan5Tahun2024: ThresholdSet = {
  templateId: 'lke-zi-90-2021-5-2024',
  templateVersion: '2024.1',
  basis:
    'PermenPANRB 90/2021 Lampiran II sebagaimana diubah PermenPANRB 5/2024 (syarat nilai dan syarat pengusulan)',
  wbk: {
    predicate: 'WBK',
    label: 'Menuju WBK',
    total: 75,
    pengungkit: 40,
    areaPercent: 60,
    ipak: 15.75,
    capaianKinerja: 2.5,
    birokrasiBersih: 18.25,
    ipkp: 14,
    proposal: {
      opiniBpk: 'WTP',
      sakipInstansi: 'B',
      indeksRb: 'CC',
      maturitasSpip: 3,
      tindakLanjutTemuan: 100,
      kepatuhanLhkpn: 100,
      kepatuhanLhkasn: 100,
      ziDibangunTahun: 1,
      sakipUnit: 'B',
    },
  },
  wbbm: {
    predicate: 'WBBM',
    label: 'Menuju WBBM',
    total: 85,
    pengungkit: 48,
    areaPercent: 75,
    ipak: 15.75,
    capaianKinerja: 3.75,
    birokrasiBersih: 19.5,
    ipkp: 15.75,
    proposal: {
      opiniBpk: 'WTP',
      sakipInstansi: 'BB',
      indeksRb: 'B',
      maturitasSpip: 3,
      tindakLanjutTemuan: 100,
      kepatuhanLhkpn: 100,
      kepatuhanLhkasn: 100,
      ziDibangunTahun: 1,
      sakipUnit: 'BB',
    },
  },
  notes: [
    'Capaian kinerja minimum WBBM: sumber berbeda (2,5 atau 3,75); dipakai 3,75.',
    'Birokrasi bersih dan akuntabel minimum WBBM: sumber berbeda (18,25 atau 19,5); dipakai 19,5 (= 15,75 + 3,75).',
    'IPAK 15,75 setara indeks 3,60; IPKP 14,00 setara indeks 3,20 dan 15,75 setara indeks 3,60 (indeks ÷ 4 × 17,5).',
  ],
};

/**
 * Thresholds per template id. The score minimums are the same under the original PermenPANRB
 * 90/2021; its proposal prerequisites are shown as information only (prerequisiteRules.ts decides
 * by the round's year which table is enforced, so the `proposal` values here are the 5/2024 ones).
 */
export const thresholdSets: Readonly<Record<string, ThresholdSet>> = {
  'lke-zi-90-2021-5-2024': thresholds90Tahun2021Perubahan5Tahun2024,
  'lke-zi-90-2021': {
    ...thresholds90Tahun2021Perubahan5Tahun2024,
    templateId: 'lke-zi-90-2021',
    templateVersion: '2021.1',
    basis: 'PermenPANRB 90/2021 Lampiran II (syarat nilai); syarat pengusulan mengikuti peraturan yang berlaku pada tahun evaluasi',
  },
};

/** The threshold set of a template, or NOT_FOUND. */
export function thresholdsFor(templateId: string): Result<ThresholdSet> {
  const set = Object.hasOwn(thresholdSets, templateId) ? thresholdSets[templateId] : undefined;
  return set === undefined
    ? fail('NOT_FOUND', `Ambang batas predikat untuk templat "${templateId}" belum tersedia.`)
    : ok(set);
}
