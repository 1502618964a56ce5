import { emptyReportMeta } from '../../../../../shared/reports/meta';
import type { LheAreaBar, LheFailingCriterion, LheItemNote, LheModel, LheResultRow, LheVerdict } from '../../../../../shared/reports/model';

/**
 * A hand-built Laporan Hasil Evaluasi model: Inspektorat Daerah Kabupaten Serang evaluates the
 * Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) for 2022 on the TPI layer. Every person
 * and NIP is invented. The area scores below are chosen so the printed numbers are known:
 *
 * - TPI total 74,4974 → "74,50" (misses WBK's 75 by a hair), unit total 81,4555 → "81,46";
 * - Pengungkit TPI 41,40, Hasil TPI 33,0974 → "33,10";
 * - Pemenuhan "Penguatan Pengawasan" on TPI: 4,6875 of 7,5 → "62,50%";
 * - Reform "Manajemen Perubahan" (55%) and "Penataan Sistem Manajemen SDM Aparatur" (57%) fail
 *   WBK's 60 % area minimum.
 */

/** Fictional NIPs (valid-looking: birth date, TMT, sex digit, serial). */
export const NIP = {
  inspektur: '196907071994031008',
  pengendaliTeknis: '197204152000031003',
  ketuaTim: '198503122010011002',
  anggota1: '199001202015032004',
  anggota2: '199208082019021001',
} as const;

/** One Pengungkit area: weight and scores (points) on the unit and TPI layers. */
interface AreaScore {
  code: string;
  name: string;
  weight: number;
  unit: number;
  tpi: number;
}

const AREA_NAMES = [
  'Manajemen Perubahan',
  'Penataan Tatalaksana',
  'Penataan Sistem Manajemen SDM Aparatur',
  'Penguatan Akuntabilitas',
  'Penguatan Pengawasan',
  'Peningkatan Kualitas Pelayanan Publik',
] as const;
const AREA_WEIGHTS = [4, 3.5, 5, 5, 7.5, 5] as const;

function areas(prefix: 'A.I' | 'A.II', scores: readonly (readonly [number, number])[]): AreaScore[] {
  return scores.map(([unit, tpi], index) => ({
    code: `${prefix}.${index + 1}`,
    name: AREA_NAMES[index] ?? '',
    weight: AREA_WEIGHTS[index] ?? 0,
    unit,
    tpi,
  }));
}

/** Pemenuhan: unit 23,55, TPI 21,7375. */
export const PEMENUHAN = areas('A.I', [
  [3.3, 3.1],
  [2.8, 2.625],
  [3.9, 3.5],
  [4.1, 3.875],
  [5.2, 4.6875],
  [4.25, 3.95],
]);
/** Reform: unit 22,6, TPI 19,6625. */
export const REFORM = areas('A.II', [
  [2.9, 2.2],
  [2.6, 2.45],
  [3.4, 2.85],
  [3.8, 3.25],
  [5.9, 5.3125],
  [4.0, 3.6],
]);

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

function resultRows(): LheResultRow[] {
  const row = (kind: LheResultRow['kind'], code: string, name: string, depth: 0 | 1 | 2, weight: number, unit: number, tpi: number | null): LheResultRow => ({
    kind,
    code,
    name,
    depth,
    weight,
    unit,
    tpi,
    tpn: null,
  });
  const half = (code: string, name: string, list: AreaScore[]): LheResultRow[] => [
    row('half', code, name, 1, 30, sum(list.map((a) => a.unit)), sum(list.map((a) => a.tpi))),
    ...list.map((a) => row('area', a.code, a.name, 2, a.weight, a.unit, a.tpi)),
  ];
  const pengungkitUnit = sum([...PEMENUHAN, ...REFORM].map((a) => a.unit));
  const pengungkitTpi = sum([...PEMENUHAN, ...REFORM].map((a) => a.tpi));
  const hasil = {
    ipak: [16.1234, 15.9876],
    kinerja: [3.75, 2.5],
    ipkp: [15.4321, 14.6098],
  } as const;
  const bersihUnit = hasil.ipak[0] + hasil.kinerja[0];
  const bersihTpi = hasil.ipak[1] + hasil.kinerja[1];
  const hasilUnit = bersihUnit + hasil.ipkp[0];
  const hasilTpi = bersihTpi + hasil.ipkp[1];
  return [
    row('component', 'A', 'Pengungkit', 0, 60, pengungkitUnit, pengungkitTpi),
    ...half('A.I', 'Pemenuhan', PEMENUHAN),
    ...half('A.II', 'Reform', REFORM),
    row('component', 'B', 'Hasil', 0, 40, hasilUnit, hasilTpi),
    row('hasilPart', 'B.I', 'Birokrasi yang Bersih dan Akuntabel', 1, 22.5, bersihUnit, bersihTpi),
    row('hasilPart', 'B.I.a', 'Nilai Survei Persepsi Antikorupsi (IPAK)', 2, 17.5, hasil.ipak[0], hasil.ipak[1]),
    row('hasilPart', 'B.I.b', 'Capaian Kinerja Lebih Baik daripada Capaian Kinerja Sebelumnya', 2, 5, hasil.kinerja[0], hasil.kinerja[1]),
    row('hasilPart', 'B.II', 'Pelayanan Publik yang Prima', 1, 17.5, hasil.ipkp[0], hasil.ipkp[1]),
    row('hasilPart', 'B.II.a', 'Nilai Persepsi Kualitas Pelayanan (IPKP)', 2, 17.5, hasil.ipkp[0], hasil.ipkp[1]),
    row('total', '', 'Nilai Total', 0, 100, pengungkitUnit + hasilUnit, pengungkitTpi + hasilTpi),
  ];
}

function chart(): LheAreaBar[] {
  const bar = (half: LheAreaBar['half']) => (area: AreaScore): LheAreaBar => ({
    code: area.code,
    name: area.name,
    half,
    unitPercent: (area.unit / area.weight) * 100,
    tpiPercent: (area.tpi / area.weight) * 100,
  });
  return [...PEMENUHAN.map(bar('Pemenuhan')), ...REFORM.map(bar('Reform'))];
}

/** Area criteria failing a minimum share of the weight, on the TPI layer. */
function areaFailures(percent: number): LheFailingCriterion[] {
  const failing: LheFailingCriterion[] = [];
  for (const [half, list] of [['Pemenuhan', PEMENUHAN], ['Reform', REFORM]] as const) {
    for (const area of list) {
      const minimum = (area.weight * percent) / 100;
      if (area.tpi < minimum) failing.push({ label: `${half} – ${area.name}`, value: area.tpi, minimum, weight: area.weight, minimumPercent: percent });
    }
  }
  return failing;
}

function verdicts(rows: LheResultRow[]): [LheVerdict, LheVerdict] {
  const find = (code: string, kind: LheResultRow['kind'] = 'hasilPart'): number => rows.find((r) => r.code === code && r.kind === kind)?.tpi ?? 0;
  const total = rows.find((r) => r.kind === 'total')?.tpi ?? 0;
  const wbkFailing: LheFailingCriterion[] = [{ label: 'Nilai total', value: total, minimum: 75, weight: 100, minimumPercent: null }, ...areaFailures(60)];
  const wbbmFailing: LheFailingCriterion[] = [
    { label: 'Nilai total', value: total, minimum: 85, weight: 100, minimumPercent: null },
    { label: 'Komponen Pengungkit', value: find('A', 'component'), minimum: 48, weight: 60, minimumPercent: null },
    ...areaFailures(75),
    { label: 'Capaian kinerja', value: find('B.I.b'), minimum: 3.75, weight: 5, minimumPercent: null },
    { label: 'Birokrasi yang bersih dan akuntabel', value: find('B.I'), minimum: 19.5, weight: 22.5, minimumPercent: null },
    { label: 'Nilai persepsi kualitas pelayanan (IPKP)', value: find('B.II.a'), minimum: 15.75, weight: 17.5, minimumPercent: null },
  ];
  return [
    {
      predicate: 'WBK',
      label: 'Wilayah Bebas dari Korupsi',
      passed: false,
      complete: true,
      failing: wbkFailing,
      proposal: 'Belum layak diusulkan: nilai belum memenuhi kriteria WBK.',
      sentence: `Belum memenuhi kriteria nilai WBK: ${wbkFailing.length} kriteria belum terpenuhi.`,
    },
    {
      predicate: 'WBBM',
      label: 'Wilayah Birokrasi Bersih dan Melayani',
      passed: false,
      complete: true,
      failing: wbbmFailing,
      proposal: 'Belum layak diusulkan: predikat WBK belum diperoleh.',
      sentence: `Belum memenuhi kriteria nilai WBBM: ${wbbmFailing.length} kriteria belum terpenuhi.`,
    },
  ];
}

/** Twenty item notes (the TPI's catatan, or answers that differ). */
export const SAMPLE_NOTES: LheItemNote[] = [
  { code: 'A.I.1.i.a', question: 'Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas', unitAnswer: 'Ya', tpiAnswer: 'Ya', note: 'SK Tim ZI Nomor 800/12/Disdukcapil/2022 sudah ditandatangani Kepala Dinas.' },
  { code: 'A.I.1.i.b', question: 'Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas', unitAnswer: 'A', tpiAnswer: 'B', note: 'Belum ada notulen seleksi anggota tim; hanya penunjukan langsung.' },
  { code: 'A.I.1.ii.a', question: 'Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM', unitAnswer: 'Ya', tpiAnswer: 'Ya', note: '' },
  { code: 'A.I.1.ii.b', question: 'Dalam dokumen pembangunan terdapat target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM', unitAnswer: 'A', tpiAnswer: 'C', note: 'Target prioritas belum terukur dan belum dikaitkan dengan indikator kinerja.' },
  { code: 'A.I.1.iii.b', question: 'Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas', unitAnswer: 'B', tpiAnswer: 'C', note: 'Monev baru dilaksanakan satu kali pada triwulan III.' },
  { code: 'A.I.2.i.a', question: 'SOP mengacu pada peta proses bisnis instansi', unitAnswer: 'A', tpiAnswer: 'B', note: 'Sebagian SOP pelayanan KTP-el belum diperbarui sesuai peta proses bisnis 2021.' },
  { code: 'A.I.2.ii.d', question: 'Telah dilakukan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja', unitAnswer: 'B', tpiAnswer: 'B', note: 'Perlu laporan monev tertulis.' },
  { code: 'A.I.3.ii.a', question: 'Dalam melakukan pengembangan karier pegawai, telah dilakukan mutasi pegawai antar jabatan', unitAnswer: 'Ya', tpiAnswer: 'Tidak', note: 'Tidak ditemukan SK mutasi antarjabatan pada tahun berjalan.' },
  { code: 'A.I.3.iii.d', question: 'Pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya', unitAnswer: 'B', tpiAnswer: 'C', note: 'Baru 46% pegawai mengikuti pengembangan kompetensi.' },
  { code: 'A.I.4.ii.a', question: 'Dokumen perencanaan kinerja sudah ada', unitAnswer: 'Ya', tpiAnswer: 'Ya', note: '' },
  { code: 'A.I.4.ii.g', question: 'Terdapat sistem informasi/mekanisme informasi kinerja', unitAnswer: 'Ya', tpiAnswer: 'Tidak', note: 'Aplikasi e-Kinerja belum dimanfaatkan untuk pelaporan bulanan.' },
  { code: 'A.I.5.ii.c', question: 'Telah dilakukan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi', unitAnswer: 'A', tpiAnswer: 'C', note: 'Rencana tindak pengendalian belum dilaksanakan; register risiko belum dimutakhirkan.' },
  { code: 'A.I.5.iv.a', question: 'Whistle-Blowing System telah diterapkan', unitAnswer: 'B', tpiAnswer: 'C', note: 'Kanal WBS tersedia tetapi belum disosialisasikan kepada pengguna layanan.' },
  { code: 'A.I.5.v.d', question: 'Telah dilakukan evaluasi atas Penanganan Benturan Kepentingan', unitAnswer: 'B', tpiAnswer: 'C', note: '' },
  { code: 'A.I.6.iii.a', question: 'Terdapat media pengaduan dan konsultasi pelayanan yang terintegrasi dengan SP4N-Lapor!', unitAnswer: 'A', tpiAnswer: 'B', note: 'Belum ada tautan SP4N-Lapor! pada situs web dinas.' },
  { code: 'A.I.6.v.a', question: 'Telah menerapkan teknologi informasi dalam memberikan pelayanan', unitAnswer: 'A', tpiAnswer: 'A', note: 'Layanan daring akta kelahiran berjalan baik.' },
  { code: 'A.II.1.i.b', question: 'Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen', unitAnswer: '60', tpiAnswer: '35', note: 'Hanya 2 dari 6 inovasi agen perubahan yang dilembagakan dalam SOP.' },
  { code: 'A.II.3.ii.a', question: 'Hasil assessment telah dijadikan pertimbangan untuk mutasi dan pengembangan karier pegawai', unitAnswer: 'B', tpiAnswer: 'C', note: 'Hasil asesmen belum dipakai dalam keputusan mutasi.' },
  { code: 'A.II.5.ii.a.1', question: 'Jumlah pengaduan masyarakat yang harus ditindaklanjuti', unitAnswer: '48', tpiAnswer: '52', note: 'Selisih 4 pengaduan yang masuk melalui media sosial.' },
  { code: 'B.I.a', question: 'Nilai Survei Persepsi Antikorupsi (Survei Eksternal)', unitAnswer: '3,68', tpiAnswer: '3,65', note: 'Nilai mengikuti hasil survei eksternal.' },
];

/** `count` item notes, cycling through {@link SAMPLE_NOTES} with distinct codes. */
export function manyNotes(count: number): LheItemNote[] {
  return Array.from({ length: count }, (_, index) => {
    const base = SAMPLE_NOTES[index % SAMPLE_NOTES.length] ?? SAMPLE_NOTES[0];
    if (!base) throw new Error('no sample notes');
    return { ...base, code: `${base.code}.${Math.floor(index / SAMPLE_NOTES.length) + 1}`, note: base.note === '' ? '' : `${base.note} (catatan ${index + 1})` };
  });
}

/** The full model; override anything (shallowly). */
export function sampleLheModel(overrides: Partial<LheModel> = {}): LheModel {
  const rows = resultRows();
  return {
    paper: 'A4',
    institution: {
      pemerintahDaerah: 'Pemerintah Kabupaten Serang',
      namaInspektorat: 'Inspektorat Daerah',
      alamat: 'Jalan Veteran Nomor 1, Kota Serang, Banten 42111 – Telepon (0254) 000000 – Pos-el inspektorat@contoh.go.id',
      kota: 'Serang',
      logo: null,
      inspektur: { nama: 'Drs. Bayu Fiktif Prasetyo, M.M.', nip: NIP.inspektur, pangkatGolongan: 'Pembina Utama Muda (IV/c)' },
    },
    unit: {
      nama: 'Dinas Kependudukan dan Pencatatan Sipil',
      singkatan: 'Disdukcapil',
      kepalaNama: 'Drs. Hendra Wijaya Fiktif, M.Si.',
      kepalaJabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang',
    },
    year: 2022,
    templateTitle: 'Lembar Kerja Evaluasi Zona Integritas (PermenPANRB 90/2021 jo. 5/2024)',
    meta: {
      nomorSurat: '700/412/Insp/2022',
      tanggalSurat: '2022-11-28',
      sifat: 'Biasa',
      lampiran: '1 (satu) berkas',
      perihal: 'Laporan Hasil Evaluasi Pembangunan Zona Integritas Dinas Kependudukan dan Pencatatan Sipil Tahun 2022',
      kepada: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang',
      tempatTujuan: 'di Serang',
      nomorLaporan: 'LHE-ZI/07/Insp/2022',
      suratTugasNomor: '094/318/Insp/2022',
      suratTugasTanggal: '2022-09-09',
      periodeEvaluasi: '12 s.d. 23 September 2022',
      pengendaliTeknis: { nama: 'Ir. Siti Nurhaliza Contoh, M.T.', nip: NIP.pengendaliTeknis },
      ketuaTim: { nama: 'Rudi Hidayat Rekaan, S.E., M.Ak.', nip: NIP.ketuaTim },
      anggota: [
        { nama: 'Dewi Wulandari Samaran, S.H.', nip: NIP.anggota1 },
        { nama: 'Andi Saputra Khayal, S.Kom.', nip: NIP.anggota2 },
      ],
      rekomendasi: [],
    },
    reportDate: '2022-11-28',
    assessedLayer: 'tpi',
    showTpn: false,
    rows,
    chart: chart(),
    verdicts: verdicts(rows),
    notes: SAMPLE_NOTES,
    recommendations: [
      'Memutakhirkan register risiko dan melaksanakan rencana tindak pengendalian atas risiko layanan administrasi kependudukan.',
      'Menyosialisasikan Whistle-Blowing System dan kanal SP4N-Lapor! kepada pengguna layanan.',
      'Melembagakan inovasi agen perubahan ke dalam SOP dan memantau pelaksanaannya setiap triwulan.',
      'Menjadikan hasil asesmen kompetensi sebagai dasar mutasi dan pengembangan karier pegawai.',
    ],
    recommendationsSuggested: false,
    dasarHukum: [
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;',
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024 tentang Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021;',
      'Surat Tugas Inspektur Kabupaten Serang tentang Evaluasi Pembangunan Zona Integritas Tahun 2022.',
    ],
    tujuan: 'Evaluasi bertujuan menilai kemajuan pembangunan Zona Integritas pada unit kerja, memberikan simpulan atas kelayakan pengusulan predikat WBK/WBBM, dan menyampaikan rekomendasi perbaikan.',
    ruangLingkup: 'Evaluasi meliputi komponen pengungkit (pemenuhan dan reform pada enam area perubahan) serta komponen hasil (birokrasi yang bersih dan akuntabel, dan pelayanan publik yang prima) pada tahun 2022.',
    metodologi: 'Evaluasi dilakukan melalui penilaian mandiri oleh unit kerja, reviu dokumen, wawancara, dan observasi lapangan oleh Tim Penilai Internal dengan menggunakan Lembar Kerja Evaluasi.',
    ...overrides,
  };
}

/** A recommendation of one to three lines, always a whole sentence. */
function recommendation(index: number): string {
  const detail = ' dengan melibatkan seluruh pejabat struktural dan agen perubahan, serta melaporkan kemajuannya kepada Inspektur setiap triwulan';
  return `Menindaklanjuti temuan evaluasi nomor ${index + 1} pada area perubahan terkait${detail.repeat(1 + (index % 3))}.`;
}

/** A long name with many titles; `suffix` tells people apart before the degree titles. */
const longName = (suffix = ''): string => `Prof. Dr. Ir. Raden Mas Bambang Sukmawijaya Adiningrat Kusumanegara Fiktif${suffix}, S.H., S.E., M.Si., M.Kn., M.Ak.`;
const LONG_NAME = longName();
const LONG_UNIT = `Dinas Kependudukan, Pencatatan Sipil, Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana serta Pelayanan Terpadu Satu Pintu Kabupaten Serang (Unit Rekaan Uji Tata Letak)`;

/**
 * The LHE's stress corpus (keep-together tests and the shared layout corpus): one and twenty
 * recommendations, all report metadata missing, a Draf worksheet with missing proposal data, long
 * names and titles with twelve team members, and the sample pushed down line by line so headings
 * meet the page end at different places.
 */
export function lheStressCases(): [string, LheModel][] {
  const base = sampleLheModel();
  const [wbk, wbbm] = base.verdicts;
  const missing = ['Opini BPK', 'Predikat SAKIP instansi', 'Indeks RB', 'Maturitas SPIP', 'Tindak lanjut temuan', 'Kepatuhan LHKPN', 'Kepatuhan LHKASN', 'Lama pembangunan ZI', 'Predikat SAKIP unit'];
  const list: [string, LheModel][] = [
    ['satu rekomendasi', sampleLheModel({ recommendations: [recommendation(0)] })],
    ['dua puluh rekomendasi', sampleLheModel({ recommendations: Array.from({ length: 20 }, (_, index) => recommendation(index)) })],
    [
      'metadata kosong',
      sampleLheModel({ meta: emptyReportMeta(), reportDate: '', institution: { ...base.institution, kota: '', inspektur: { nama: '', nip: '', pangkatGolongan: '' } }, recommendations: [] }),
    ],
    [
      'draf',
      sampleLheModel({
        draft: true,
        verdicts: [
          { ...wbk, complete: false, proposalMissing: missing },
          { ...wbbm, complete: false, proposalMissing: missing.slice(0, 4) },
        ],
      }),
    ],
    [
      'nama panjang',
      sampleLheModel({
        unit: { ...base.unit, nama: LONG_UNIT, singkatan: '' },
        institution: { ...base.institution, inspektur: { ...base.institution.inspektur, nama: LONG_NAME } },
        meta: {
          ...base.meta,
          ketuaTim: { nama: LONG_NAME, nip: base.meta.ketuaTim.nip },
          pengendaliTeknis: { nama: longName(' Kedua'), nip: base.meta.pengendaliTeknis.nip },
          anggota: Array.from({ length: 12 }, (_, index) => ({ nama: longName(` ${index + 1}`), nip: '' })),
        },
      }),
    ],
  ];
  // The same report pushed down line by line, so headings meet the page end at different places.
  for (let extra = 1; extra <= 6; extra += 1) {
    list.push([
      `digeser ${extra} baris`,
      sampleLheModel({ dasarHukum: [...base.dasarHukum, ...Array.from({ length: extra }, (_, index) => `Dokumen rujukan tambahan nomor ${index + 1} tentang pelaksanaan evaluasi.`)] }),
    ]);
  }
  return list;
}
