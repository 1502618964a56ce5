import type { AreaBand, RecapModel, RecapUnitRow, RecapYear } from '../../../../../shared/reports/model';

/**
 * Fixtures of the annual recap PDF: a fictional Inspektorat of Kabupaten Serang with three units
 * evaluated in 2022 (one of them also in 2021), and a generated recap of any number of units.
 * Every person here is invented.
 */

const AREA_NAMES = [
  'Manajemen Perubahan',
  'Penataan Tatalaksana',
  'Penataan Sistem Manajemen SDM Aparatur',
  'Penguatan Akuntabilitas',
  'Penguatan Pengawasan',
  'Peningkatan Kualitas Pelayanan Publik',
] as const;

/** The 12 areas: Pemenuhan A.I.1–6 then Reform A.II.1–6. */
export const RECAP_AREAS: RecapModel['areas'] = [
  ...AREA_NAMES.map((name, i) => ({ code: `A.I.${i + 1}`, name, half: 'Pemenuhan' as const })),
  ...AREA_NAMES.map((name, i) => ({ code: `A.II.${i + 1}`, name, half: 'Reform' as const })),
];

export const RECAP_BANDS: readonly AreaBand[] = [
  { from: 0, label: '< 40%', color: '#f4b6b6' },
  { from: 40, label: '40–60%', color: '#f9d9a8' },
  { from: 60, label: '60–75%', color: '#fff1a8' },
  { from: 75, label: '≥ 75%', color: '#bfe3b4' },
];

export const INSPEKTUR_NIP = '197005182005031005';
export const INSPEKTUR_NIP_SPACED = '19700518 200503 1 005';

function row(fields: Omit<RecapUnitRow, 'worksheetId' | 'layer'> & Partial<Pick<RecapUnitRow, 'layer'>>): RecapUnitRow {
  return { worksheetId: `ws-2022-${fields.unitId}`, layer: 'tpi', ...fields };
}

/** The three units of 2022, in rank order. */
function sampleRows(): RecapUnitRow[] {
  return [
    row({
      unitId: 'disdukcapil',
      unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
      singkatan: 'Disdukcapil',
      pemenuhan: 26.6375,
      reform: 27.126,
      pengungkit: 53.7635,
      hasil: 27.61,
      total: 81.3735,
      verdict: 'WBK',
      complete: true,
      previousTotal: 78.1234,
      change: 3.2501,
      rank: 1,
      areaPercents: [88.5, 79.2, 74.99, 75, 90.1, 85, 80, 70.5, 66, 81.25, 92, 77.7],
    }),
    row({
      unitId: 'dpmptsp',
      unitName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      singkatan: 'DPMPTSP',
      pemenuhan: 24.1,
      reform: 22.35,
      pengungkit: 46.45,
      hasil: 27.1,
      total: 73.55,
      verdict: 'Belum memenuhi',
      complete: true,
      previousTotal: null,
      change: null,
      rank: 2,
      areaPercents: [72, 61.5, 59.99, 60, 55.25, 68, 58, 49.5, 62.75, 71, 66.6, 57],
    }),
    row({
      unitId: 'bapenda',
      unitName: 'Badan Pendapatan Daerah',
      singkatan: 'Bapenda',
      layer: 'unit',
      pemenuhan: 19.875,
      reform: 18.2,
      pengungkit: 38.075,
      hasil: 24.3,
      total: 62.375,
      verdict: 'Belum memenuhi',
      complete: false,
      previousTotal: null,
      change: null,
      rank: 3,
      areaPercents: [45, 39.99, 40, 52.5, 33.3, 61, 20, 38, 44.4, 50, 47.25, 36],
    }),
  ];
}

function history(rows: readonly RecapUnitRow[]): RecapYear[] {
  return [
    { year: 2021, units: [{ unitId: 'disdukcapil', unitName: 'Dinas Kependudukan dan Pencatatan Sipil', singkatan: 'Disdukcapil', total: 78.1234, verdict: 'WBK' }] },
    { year: 2022, units: rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, singkatan: r.singkatan, total: r.total, verdict: r.verdict })) },
  ];
}

/** The 2022 recap of Kabupaten Serang (three units); override anything. */
export function sampleRecapModel(overrides: Partial<RecapModel> = {}): RecapModel {
  const rows = sampleRows();
  return {
    paper: 'A4',
    institution: {
      pemerintahDaerah: 'Pemerintah Kabupaten Serang',
      namaInspektorat: 'Inspektorat Daerah',
      alamat: 'Jalan Veteran Nomor 1, Kota Serang, Banten 42111 – Telepon (0254) 000000',
      kota: 'Serang',
      logo: null,
      inspektur: { nama: 'Drs. Bambang Fiktif Hartono, M.Si.', nip: INSPEKTUR_NIP, pangkatGolongan: 'Pembina Utama Muda (IV/c)' },
    },
    year: 2022,
    date: '2022-12-15',
    areas: RECAP_AREAS,
    rows,
    bands: RECAP_BANDS,
    summary: [
      '3 unit kerja dievaluasi pada tahun 2022.',
      '1 unit kerja memenuhi kriteria WBK; belum ada yang memenuhi kriteria WBBM.',
      'Rata-rata nilai total 72,43; tertinggi Disdukcapil (81,37).',
    ],
    history: history(rows),
    ...overrides,
  };
}

/** A recap of `units` generated units (2022) with a 2021 and a 2020 history for some of them. */
export function bigRecapModel(units = 70): RecapModel {
  const base = sampleRecapModel();
  const rows: RecapUnitRow[] = Array.from({ length: units }, (_, i) => {
    const total = 92 - (i * 45) / Math.max(units, 1) - (i % 3) * 0.013;
    const pemenuhan = total * 0.3;
    const reform = total * 0.3;
    const hasil = total - pemenuhan - reform;
    const hadLastYear = i % 2 === 0;
    const previousTotal = hadLastYear ? total - 4 + (i % 7) : null;
    return {
      worksheetId: `ws-2022-${i + 1}`,
      unitId: `unit-${i + 1}`,
      unitName: `Unit Kerja Contoh Nomor ${i + 1} Kabupaten Serang`,
      singkatan: `UK-${i + 1}`,
      layer: i % 5 === 4 ? 'unit' : 'tpi',
      pemenuhan,
      reform,
      pengungkit: pemenuhan + reform,
      hasil,
      total,
      verdict: total >= 85 ? 'WBBM' : total >= 75 ? 'WBK' : 'Belum memenuhi',
      complete: i % 9 !== 8,
      previousTotal,
      change: previousTotal === null ? null : total - previousTotal,
      rank: i + 1,
      areaPercents: RECAP_AREAS.map((_area, a) => (100 - i - a * 3 + 200) % 101),
    };
  });
  const yearOf = (year: number, shift: number, every: number): RecapYear => ({
    year,
    units: rows
      .filter((_r, i) => i % every === 0)
      .map((r) => ({ unitId: r.unitId, unitName: r.unitName, singkatan: r.singkatan, total: r.previousTotal ?? r.total - shift, verdict: 'WBK' })),
  });
  return {
    ...base,
    rows,
    summary: [`${units} unit kerja dievaluasi pada tahun 2022.`],
    history: [
      yearOf(2020, 8, 4),
      yearOf(2021, 4, 2),
      { year: 2022, units: rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, singkatan: r.singkatan, total: r.total, verdict: r.verdict })) },
    ],
  };
}

const LONG_UNIT = 'Dinas Kependudukan, Pencatatan Sipil, Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Serang (Unit Rekaan Uji Tata Letak)';
const LONG_NAME = 'Prof. Dr. Ir. Raden Mas Bambang Sukmawijaya Adiningrat Kusumanegara Fiktif, S.H., S.E., M.Si., M.Kn., M.Ak.';

/**
 * The recap's stress corpus (the shared layout corpus): the three units of Kabupaten Serang, a
 * heat map of 21 units (one page), 70 units, Draf worksheets, long unit and Inspektur names, all
 * institution data missing, and a year without units.
 */
export function recapStressCases(): [string, RecapModel][] {
  const base = sampleRecapModel();
  const big = bigRecapModel(21);
  return [
    ['tiga unit kerja Kabupaten Serang', base],
    ['21 unit kerja', big],
    ['70 unit kerja', bigRecapModel(70)],
    ['lembar kerja Draf', { ...big, rows: big.rows.map((row, index) => (index % 4 === 1 ? { ...row, notFinal: 'Draf' } : row)) }],
    [
      'nama panjang',
      {
        ...base,
        rows: base.rows.map((row, index) => (index === 0 ? { ...row, unitName: LONG_UNIT, singkatan: '' } : row)),
        institution: { ...base.institution, inspektur: { ...base.institution.inspektur, nama: LONG_NAME } },
      },
    ],
    [
      'metadata kosong',
      {
        ...base,
        date: '',
        institution: { pemerintahDaerah: '', namaInspektorat: '', alamat: '', kota: '', logo: null, inspektur: { nama: '', nip: '', pangkatGolongan: '' } },
        summary: [],
        history: [],
      },
    ],
    ['tanpa unit kerja', sampleRecapModel({ rows: [], summary: [], history: [] })],
  ];
}
