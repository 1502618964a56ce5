import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../../shared/lke/answers';
import { scoreWorksheet, type WorksheetScore } from '../../../../shared/lke/scoring';
import { proposalStatus, type InstansiYearRecord, type UnitChecklist } from '../../../../shared/lke/proposal';
import { thresholdSetSchema, thresholdSets, thresholdsFor, type PredicateThresholds } from '../../../../shared/lke/thresholds';
import { verdict, type Verdict } from '../../../../shared/lke/verdict';
import { shippedTemplate, shippedThresholds, uniformAnswers } from './fixtures';

const best = scoreWorksheet(shippedTemplate(), uniformAnswers(shippedTemplate(), 'best'));

/** A copy of the all-best score with one node's value replaced (verdict reads values and weights). */
function withValue(set: (score: WorksheetScore, value: number) => void, value: number): WorksheetScore {
  const copy = structuredClone(best);
  set(copy, value);
  return copy;
}

function area(score: WorksheetScore, code: string) {
  const found = score.pengungkit.halves.flatMap((half) => half.areas).find((entry) => entry.code === code);
  if (!found) throw new Error(`no area ${code}`);
  return found;
}

type Setter = (score: WorksheetScore, value: number) => void;
const areaSetter =
  (code: string): Setter =>
  (score, value) => {
    area(score, code).value = value;
  };

// [criterion id, setter, WBK minimum, WBBM minimum] — DOMAIN §3
const criteria: Array<[string, Setter, number, number]> = [
  ['total', (s, v) => (s.value = v), 75, 85],
  ['pengungkit', (s, v) => (s.pengungkit.value = v), 40, 48],
  ['area:A.I.1', areaSetter('A.I.1'), 2.4, 3], //   4 × 60 % / 75 %
  ['area:A.I.2', areaSetter('A.I.2'), 2.1, 2.625], // 3,5 × …
  ['area:A.I.3', areaSetter('A.I.3'), 3, 3.75],
  ['area:A.I.4', areaSetter('A.I.4'), 3, 3.75],
  ['area:A.I.5', areaSetter('A.I.5'), 4.5, 5.625], // 7,5 × …
  ['area:A.I.6', areaSetter('A.I.6'), 3, 3.75],
  ['area:A.II.1', areaSetter('A.II.1'), 2.4, 3],
  ['area:A.II.2', areaSetter('A.II.2'), 2.1, 2.625],
  ['area:A.II.3', areaSetter('A.II.3'), 3, 3.75],
  ['area:A.II.4', areaSetter('A.II.4'), 3, 3.75],
  ['area:A.II.5', areaSetter('A.II.5'), 4.5, 5.625],
  ['area:A.II.6', areaSetter('A.II.6'), 3, 3.75],
  ['ipak', (s, v) => (s.hasil.ipak.value = v), 15.75, 15.75],
  ['capaianKinerja', (s, v) => (s.hasil.capaianKinerja.value = v), 2.5, 3.75],
  ['birokrasiBersih', (s, v) => (s.hasil.birokrasiBersih.value = v), 18.25, 19.5],
  ['ipkp', (s, v) => (s.hasil.ipkp.value = v), 14, 15.75],
];

const rows = criteria.flatMap(([id, set, wbk, wbbm]) => [
  ['WBK', id, set, wbk] as const,
  ['WBBM', id, set, wbbm] as const,
]);

function thresholdsOf(predicate: 'WBK' | 'WBBM'): PredicateThresholds {
  return predicate === 'WBK' ? shippedThresholds().wbk : shippedThresholds().wbbm;
}

describe('verdict lists every criterion (DOMAIN §3)', () => {
  it('has 18 criteria in order: total, Pengungkit, 12 areas, IPAK, capaian, birokrasi bersih, IPKP', () => {
    const result = verdict(best, shippedThresholds().wbk);
    expect(result.criteria.map((entry) => entry.id)).toEqual(criteria.map(([id]) => id));
    expect(result.criteria.map((entry) => entry.label)).toEqual([
      'Nilai total',
      'Total komponen Pengungkit',
      'Pemenuhan – Manajemen Perubahan',
      'Pemenuhan – Penataan Tatalaksana',
      'Pemenuhan – Penataan Sistem Manajemen SDM Aparatur',
      'Pemenuhan – Penguatan Akuntabilitas',
      'Pemenuhan – Penguatan Pengawasan',
      'Pemenuhan – Peningkatan Kualitas Pelayanan Publik',
      'Reform – Manajemen Perubahan',
      'Reform – Penataan Tatalaksana',
      'Reform – Penataan Sistem Manajemen SDM Aparatur',
      'Reform – Penguatan Akuntabilitas',
      'Reform – Penguatan Pengawasan',
      'Reform – Peningkatan Kualitas Pelayanan Publik',
      'Nilai IPAK',
      'Capaian Kinerja',
      'Birokrasi yang Bersih dan Akuntabel',
      'Nilai IPKP',
    ]);
    expect(result).toMatchObject({ predicate: 'WBK', label: 'Menuju WBK', passed: true, complete: true, failing: [] });
  });

  it.each(rows)('%s %s passes exactly at its minimum %d', (predicate, id, set, minimum) => {
    const result = verdict(withValue(set, minimum), thresholdsOf(predicate));
    const entry = result.criteria.find((candidate) => candidate.id === id);
    expect(entry).toMatchObject({ passed: true, shortfall: 0 });
    expect(entry?.minimum).toBeCloseTo(minimum, 12);
    expect(result.passed).toBe(true);
  });

  it.each(rows)('%s %s fails just below its minimum %d, with the shortfall', (predicate, id, set, minimum) => {
    const result = verdict(withValue(set, minimum - 0.001), thresholdsOf(predicate));
    expect(result.passed).toBe(false);
    expect(result.failing.map((entry) => entry.id)).toEqual([id]);
    expect(result.failing[0]?.shortfall).toBeCloseTo(0.001, 9);
  });

  it('lists every failing criterion at once on an empty worksheet', () => {
    const empty = scoreWorksheet(shippedTemplate(), {});
    const result = verdict(empty, shippedThresholds().wbbm);
    expect(result.failing).toHaveLength(18);
    expect(result.complete).toBe(false);
    expect(result.failing[0]).toMatchObject({ id: 'total', value: 0, minimum: 85, shortfall: 85, passed: false });
  });

  it('gives area criteria their percentage', () => {
    const entry = verdict(best, shippedThresholds().wbbm).criteria.find((candidate) => candidate.id === 'area:A.II.5');
    expect(entry).toMatchObject({ kind: 'AREA', nodeCode: 'A.II.5', weight: 7.5, minimumPercent: 75 });
  });
});

describe('Hasil boundaries from real answers', () => {
  function hasil(ipak: number, capaian: 'A' | 'B' | 'C' | 'D' | 'E', ipkp: number): WorksheetScore {
    const answers: Record<string, Answer> = {
      ...uniformAnswers(shippedTemplate(), 'best'),
      'B.I.a': { type: 'INDEKS', value: ipak },
      'B.I.b': { type: 'ABCDE', value: capaian },
      'B.II.a': { type: 'INDEKS', value: ipkp },
    };
    return scoreWorksheet(shippedTemplate(), answers);
  }
  const failingIds = (score: WorksheetScore, predicate: 'WBK' | 'WBBM'): string[] =>
    verdict(score, thresholdsOf(predicate)).failing.map((entry) => entry.id);

  it.each([
    // IPAK 3,60 = 15,75 passes; 3,59 = 15,70625 fails (and drags birokrasi bersih with capaian C)
    ['WBK', 3.6, 'C', 3.2, []],
    ['WBK', 3.59, 'A', 3.2, ['ipak']],
    ['WBK', 3.59, 'C', 3.2, ['ipak', 'birokrasiBersih']],
    // capaian C = 2,5 passes WBK, D = 1,25 fails
    ['WBK', 4, 'D', 4, ['capaianKinerja']],
    // birokrasi bersih WBK: 15,75 + 2,5 = 18,25 passes exactly
    ['WBK', 3.6, 'C', 4, []],
    // IPKP 3,20 = 14 passes WBK; 3,19 fails
    ['WBK', 4, 'A', 3.19, ['ipkp']],
    // WBBM: capaian B = 3,75 passes, C fails; birokrasi 15,75 + 3,75 = 19,5 passes exactly
    ['WBBM', 3.6, 'B', 3.6, []],
    ['WBBM', 4, 'C', 4, ['capaianKinerja']],
    ['WBBM', 3.6, 'C', 4, ['capaianKinerja', 'birokrasiBersih']],
    // IPKP 3,60 = 15,75 passes WBBM; 3,59 fails; 3,20 fails too
    ['WBBM', 4, 'A', 3.59, ['ipkp']],
    ['WBBM', 4, 'A', 3.2, ['ipkp']],
  ] as const)('%s with IPAK %d, capaian %s, IPKP %d fails %j', (predicate, ipak, capaian, ipkp, failing) => {
    expect(failingIds(hasil(ipak, capaian, ipkp), predicate)).toEqual(failing);
  });
});

describe('threshold data', () => {
  it('is valid data for every template', () => {
    for (const set of Object.values(thresholdSets)) {
      expect(thresholdSetSchema.safeParse(set).success).toBe(true);
    }
  });

  it('refuses an unknown template', () => {
    expect(thresholdsFor('lke-lama')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Ambang batas predikat untuk templat "lke-lama" belum tersedia.' },
    });
  });
});

describe('proposalStatus (PermenPANRB 5/2024)', () => {
  const goodInstansi: InstansiYearRecord = { year: 2025, opiniBpk: 'WTP', sakip: 'BB', indeksRb: 'B', maturitasSpip: 3.2 };
  const goodUnit: UnitChecklist = {
    tindakLanjutTemuan: 100,
    kepatuhanLhkpn: 100,
    kepatuhanLhkasn: 100,
    tanggalPencanangan: '2024-05-20',
    sakipUnit: 'BB',
  };
  const passing = (predicate: 'WBK' | 'WBBM'): Verdict => verdict(best, thresholdsOf(predicate));
  const failing = (predicate: 'WBK' | 'WBBM'): Verdict =>
    verdict(withValue((s, v) => (s.value = v), 70), thresholdsOf(predicate));

  type Case = {
    name: string;
    predicate?: 'WBK' | 'WBBM';
    verdict?: (predicate: 'WBK' | 'WBBM') => Verdict;
    instansi?: Partial<InstansiYearRecord> | null;
    unit?: Partial<UnitChecklist>;
    afirmasi?: boolean;
    tanggalUsulan?: string;
    status: 'layak diusulkan' | 'layak melalui afirmasi' | 'belum layak';
    reasons?: string[];
  };

  const cases: Case[] = [
    { name: 'everything met', status: 'layak diusulkan', reasons: [] },
    { name: 'everything met, afirmasi unit', afirmasi: true, status: 'layak diusulkan', reasons: [] },
    {
      name: 'LHKPN below 100 %',
      unit: { kepatuhanLhkpn: 95 },
      status: 'belum layak',
      reasons: ['Kepatuhan LHKPN 95% (syarat 100%).'],
    },
    {
      name: 'LHKPN below 100 %, afirmasi unit',
      unit: { kepatuhanLhkpn: 95 },
      afirmasi: true,
      status: 'layak melalui afirmasi',
      reasons: ['Kepatuhan LHKPN 95% (syarat 100%).'],
    },
    {
      name: 'several unit gaps, afirmasi unit',
      unit: { tindakLanjutTemuan: 87.5, kepatuhanLhkasn: null, sakipUnit: 'CC' },
      afirmasi: true,
      status: 'layak melalui afirmasi',
      reasons: [
        'Tindak lanjut temuan 87,5% (syarat 100%).',
        'Kepatuhan LHKASN belum diisi (syarat 100%).',
        'Predikat SAKIP unit CC (syarat minimal B).',
      ],
    },
    {
      name: 'ZI built less than a year before the proposal',
      unit: { tanggalPencanangan: '2024-06-23' },
      status: 'belum layak',
      reasons: ['ZI dicanangkan 2024-06-23, diusulkan 2025-05-31 (syarat minimal 1 tahun).'],
    },
    { name: 'ZI built exactly one year before', unit: { tanggalPencanangan: '2024-05-31' }, status: 'layak diusulkan' },
    {
      name: 'ZI pencanangan unknown, afirmasi unit',
      unit: { tanggalPencanangan: null },
      afirmasi: true,
      status: 'layak melalui afirmasi',
      reasons: ['Tanggal pencanangan ZI belum diisi (syarat ZI dibangun minimal 1 tahun).'],
    },
    {
      name: 'score criteria failing, even for an afirmasi unit',
      verdict: failing,
      afirmasi: true,
      status: 'belum layak',
      reasons: ['Nilai total 70,00 di bawah batas 75,00 (kurang 5,00).'],
    },
    {
      name: 'opini BPK WDP, even for an afirmasi unit',
      instansi: { opiniBpk: 'WDP' },
      afirmasi: true,
      status: 'belum layak',
      reasons: ['Opini BPK WDP (syarat minimal WTP).'],
    },
    {
      name: 'instansi data missing',
      instansi: null,
      afirmasi: true,
      status: 'belum layak',
      reasons: ['Data instansi (opini BPK, SAKIP, Indeks RB, maturitas SPIP) untuk tahun ini belum diisi.'],
    },
    {
      name: 'SPIP level below 3',
      instansi: { maturitasSpip: 2.9 },
      status: 'belum layak',
      reasons: ['Maturitas SPIP level 2,9 (syarat minimal level 3).'],
    },
    { name: 'SPIP level exactly 3', instansi: { maturitasSpip: 3 }, status: 'layak diusulkan' },
    { name: 'WBK: SAKIP B and Indeks RB CC suffice', instansi: { sakip: 'B', indeksRb: 'CC' }, unit: { sakipUnit: 'B' }, status: 'layak diusulkan' },
    {
      name: 'WBBM: SAKIP B and Indeks RB CC do not',
      predicate: 'WBBM',
      instansi: { sakip: 'B', indeksRb: 'CC' },
      status: 'belum layak',
      reasons: ['Predikat SAKIP instansi B (syarat minimal BB).', 'Indeks RB CC (syarat minimal B).'],
    },
    {
      name: 'WBBM: unit SAKIP B, afirmasi unit',
      predicate: 'WBBM',
      unit: { sakipUnit: 'B' },
      afirmasi: true,
      status: 'layak melalui afirmasi',
      reasons: ['Predikat SAKIP unit B (syarat minimal BB).'],
    },
    {
      name: 'an invalid proposal date',
      tanggalUsulan: '31-05-2025',
      status: 'belum layak',
      reasons: ['Tanggal usulan "31-05-2025" tidak valid (format TTTT-BB-HH).'],
    },
  ];

  it.each(cases)('$name → $status', (entry) => {
    const predicate = entry.predicate ?? 'WBK';
    const result = proposalStatus({
      verdict: (entry.verdict ?? passing)(predicate),
      thresholds: thresholdsOf(predicate),
      instansi: entry.instansi === null ? null : { ...goodInstansi, ...entry.instansi },
      unit: { ...goodUnit, ...entry.unit },
      afirmasi: entry.afirmasi ?? false,
      tanggalUsulan: entry.tanggalUsulan ?? '2025-05-31',
    });
    expect(result.status).toBe(entry.status);
    expect(result.predicate).toBe(predicate);
    if (entry.reasons) expect(result.reasons).toEqual(entry.reasons);
  });

  it('flags an incomplete worksheet as not yet proposable', () => {
    const incomplete: Verdict = { ...passing('WBK'), complete: false };
    const result = proposalStatus({
      verdict: incomplete,
      thresholds: shippedThresholds().wbk,
      instansi: goodInstansi,
      unit: goodUnit,
      afirmasi: true,
      tanggalUsulan: '2025-05-31',
    });
    expect(result.status).toBe('belum layak');
    expect(result.reasons).toEqual(['Masih ada butir LKE yang belum diisi; nilai bersifat sementara.']);
  });

  it('reports every check with its scope', () => {
    const result = proposalStatus({
      verdict: passing('WBK'),
      thresholds: shippedThresholds().wbk,
      instansi: goodInstansi,
      unit: goodUnit,
      afirmasi: false,
      tanggalUsulan: '2025-05-31',
    });
    const scopes = result.checks.reduce<Record<string, number>>((acc, check) => {
      acc[check.scope] = (acc[check.scope] ?? 0) + 1;
      return acc;
    }, {});
    expect(scopes).toEqual({ NILAI: 19, INSTANSI: 4, UNIT: 5 });
    expect(result.checks.every((check) => check.passed)).toBe(true);
  });
});
