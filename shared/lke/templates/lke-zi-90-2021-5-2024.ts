import type { Template } from '../types';

/**
 * LKE Zona Integritas menuju WBK/WBBM — PermenPANRB 90/2021 Lampiran III as amended by
 * PermenPANRB 5/2024 (the LKE used from the 2024 evaluation onwards).
 *
 * Transcribed from the project's reference reconstruction of the regulation (question texts,
 * criteria and option labels are the Lampiran's own wording as published through PortalRB's
 * "Master Soal LKE ZI"; formulas from the official LKE workbook's column K). Computed percentages
 * are followed by their JUMLAH inputs, in workbook order. Pengawasan Reform iii is split into two
 * sub-areas of weight 1 (LHKPN and non-LHKPN). Verify wording against the official Lampiran
 * before a release; validated by `validateTemplate` when first requested.
 */
export const lkeZi90Tahun2021Perubahan5Tahun2024: Template = {
  id: 'lke-zi-90-2021-5-2024',
  version: '2024.1',
  regulation: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah, sebagaimana telah diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024',
  regulations: ['permenpanrb-90-2021', 'permenpanrb-5-2024'],
  // PermenPANRB 5/2024 took effect on 15 July 2024: rounds 2024 onwards (see roundRuleDate).
  years: { from: 2024, to: null },
  title: 'Lembar Kerja Evaluasi Zona Integritas menuju WBK/WBBM',
  components: [
    {
      kind: 'PENGUNGKIT',
      code: 'A',
      name: 'Pengungkit',
      weight: 60,
      halves: [
        {
          code: 'A.I',
          name: 'Pemenuhan',
          weight: 30,
          role: 'PEMENUHAN',
          areas: [
            {
              code: 'A.I.1',
              name: 'Manajemen Perubahan',
              weight: 4,
              subAreas: [
                {
                  code: 'A.I.1.i',
                  name: 'Penyusunan Tim Kerja',
                  weight: 0.5,
                  questions: [
                    {
                      code: 'A.I.1.i.a',
                      text: 'Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas',
                      criteria: 'Ya, jika Tim telah dibentuk di dalam unit kerja.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 6,
                      portalRbId: 1,
                    },
                    {
                      code: 'A.I.1.i.b',
                      text: 'Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas',
                      criteria: 'a. Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja\nb. Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja\nc. Jika tidak di seleksi.',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja',
                          value: 0.5,
                        },
                        { key: 'C', label: 'Jika tidak di seleksi.', value: 0 },
                      ],
                      excelRow: 7,
                      portalRbId: 2,
                    },
                  ],
                },
                {
                  code: 'A.I.1.ii',
                  name: 'Rencana Pembangunan Zona Integritas',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.1.ii.a',
                      text: 'Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM',
                      criteria: 'Ya, jika memiliki  rencana kerja pembangunan Zona Integritas.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 9,
                      portalRbId: 3,
                    },
                    {
                      code: 'A.I.1.ii.b',
                      text: 'Dalam dokumen pembangunan terdapat target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
                      criteria: 'a. Jika semua target-target prioritas relevan dengan tujuanpembangunan WBK/WBBM\nb. Jika sebagian target-target prioritas relevan dengan tujuan pembangunan WBK/WBBM\nc. Jika tidak ada target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua target-target prioritas relevan dengan tujuanpembangunan WBK/WBBM',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian target-target prioritas relevan dengan tujuan pembangunan WBK/WBBM',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika tidak ada target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM',
                          value: 0,
                        },
                      ],
                      excelRow: 10,
                      portalRbId: 4,
                    },
                    {
                      code: 'A.I.1.ii.c',
                      text: 'Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM',
                      criteria: 'a. Jika telah dilakukan pengelolaan media/aktivitas interaktif yang efektif untuk menginformasikan pembangunan ZI kepada internal dan stakeholder secara berkala\nb. Jika pengelolaan media/aktivitas interaktif dilakukan secara terbatas dan tidak secara berkala\nc. Jika pengelolaan media/aktivitas interaktif belum dilakukan',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika telah dilakukan pengelolaan media/aktivitas interaktif yang efektif untuk menginformasikan pembangunan ZI kepada internal dan stakeholder secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika pengelolaan media/aktivitas interaktif dilakukan secara terbatas dan tidak secara berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika pengelolaan media/aktivitas interaktif belum dilakukan',
                          value: 0,
                        },
                      ],
                      excelRow: 11,
                      portalRbId: 5,
                    },
                  ],
                },
                {
                  code: 'A.I.1.iii',
                  name: 'Pemantauan dan Evaluasi Pembangunan WBK/WBBM',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.1.iii.a',
                      text: 'Seluruh kegiatan pembangunan sudah dilaksanakan sesuai dengan rencana',
                      criteria: 'a. Jika semua kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nb. Jika sebagian besar kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nc. Jika sebagian kecil kegiatan pembangunan telah dilaksanakan sesuai dengan rencana\nd. Jika belum ada kegiatan pembangunan yang dilakukan sesuai dengan rencana',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua kegiatan pembangunan telah dilaksanakan sesuai dengan rencana',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar kegiatan pembangunan telah dilaksanakan sesuai dengan rencana',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil kegiatan pembangunan telah dilaksanakan sesuai dengan rencana',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum ada kegiatan pembangunan yang dilakukan sesuai dengan rencana',
                          value: 0,
                        },
                      ],
                      excelRow: 13,
                      portalRbId: 6,
                    },
                    {
                      code: 'A.I.1.iii.b',
                      text: 'Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas',
                      criteria: 'a. Jika monitoring dan evaluasi melibatkan pimpinan dan dilakukan secara berkala\nb. Jika monitoring dan evaluasi melibatkan pimpinan tetapi tidak secara berkala\nc. Jika monitoring dan evaluasi tidak melibatkan pimpinan dan tidak secara berkala\nd. Jika tidak terdapat monitoring dan evaluasi terhadap pembangunan zona integritas',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika monitoring dan evaluasi melibatkan pimpinan dan dilakukan secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika monitoring dan evaluasi melibatkan pimpinan tetapi tidak secara berkala',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika monitoring dan evaluasi tidak melibatkan pimpinan dan tidak secara berkala',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika tidak terdapat monitoring dan evaluasi terhadap pembangunan zona integritas',
                          value: 0,
                        },
                      ],
                      excelRow: 14,
                      portalRbId: 7,
                    },
                    {
                      code: 'A.I.1.iii.c',
                      text: 'Hasil Monitoring dan Evaluasi telah ditindaklanjuti',
                      criteria: 'a. Jika semua catatan/rekomendasi hasil  monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti\nb. Jika sebagian besar catatan/rekomendasi hasil monitoring danevaluasi tim internal atas persiapan dan pelaksanaan kegiatanUnit WBK/WBBM telah ditindaklanjuti\nc. Jika sebagian kecil catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti\nd. Jika catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM belum ditindaklanjuti',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua catatan/rekomendasi hasil  monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar catatan/rekomendasi hasil monitoring danevaluasi tim internal atas persiapan dan pelaksanaan kegiatanUnit WBK/WBBM telah ditindaklanjuti',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM belum ditindaklanjuti',
                          value: 0,
                        },
                      ],
                      excelRow: 15,
                      portalRbId: 8,
                    },
                  ],
                },
                {
                  code: 'A.I.1.iv',
                  name: 'Perubahan pola pikir dan budaya kerja',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.I.1.iv.a',
                      text: 'Pimpinan berperan sebagai role model dalam pelaksanaan Pembangunan WBK/WBBM',
                      criteria: 'ya, jika pimpinan menjadi contoh pelaksanaan nilai-nilai organisasi.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 17,
                      portalRbId: 9,
                    },
                    {
                      code: 'A.I.1.iv.b',
                      text: 'Sudah ditetapkan agen perubahan',
                      criteria: 'a. Jika agen perubahan telah ditetapkan dan  berkontribusi terhadap perubahan pada unit kerjanya\nb. Jika agen perubahan telah ditetapkan namun belum berkontribusi terhadap perubahan pada unit kerjanya\nc. Jika belum terdapat agen perubahan',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika agen perubahan telah ditetapkan dan  berkontribusi terhadap perubahan pada unit kerjanya',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika agen perubahan telah ditetapkan namun belum berkontribusi terhadap perubahan pada unit kerjanya',
                          value: 0.5,
                        },
                        { key: 'C', label: 'Jika belum terdapat agen perubahan', value: 0 },
                      ],
                      excelRow: 18,
                      portalRbId: 10,
                    },
                    {
                      code: 'A.I.1.iv.c',
                      text: 'Telah dibangun budaya kerja dan pola pikir di lingkungan organisasi',
                      criteria: 'a. Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir dan mampu mengurangi resistensi atas perubahan\nb. Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir tapi masih terdapat resistensi atas perubahan\nc. Jika belum terdapat upaya pembangunan budaya kerja dan pola pikir',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir dan mampu mengurangi resistensi atas perubahan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir tapi masih terdapat resistensi atas perubahan',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika belum terdapat upaya pembangunan budaya kerja dan pola pikir',
                          value: 0,
                        },
                      ],
                      excelRow: 19,
                      portalRbId: 11,
                    },
                    {
                      code: 'A.I.1.iv.d',
                      text: 'Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
                      criteria: 'a. Jika semua anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM dan usulan-usulan dari anggota diakomodasikan dalam keputusan\nb. Jika sebagian besar anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM\nc. Jika sebagian kecil anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM\nd. Jika belum ada anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM dan usulan-usulan dari anggota diakomodasikan dalam keputusan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum ada anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM',
                          value: 0,
                        },
                      ],
                      excelRow: 20,
                      portalRbId: 12,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.I.2',
              name: 'Penataan Tatalaksana',
              weight: 3.5,
              subAreas: [
                {
                  code: 'A.I.2.i',
                  name: 'Prosedur Operasional Tetap (SOP) Kegiatan Utama',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.2.i.a',
                      text: 'SOP mengacu pada peta proses bisnis instansi',
                      criteria: 'a. Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras\nb. Jika semua SOP unit telah mengacu peta proses bisnis\nc. Jika sebagian SOP unit telah mengacu peta proses bisnis\nd. Jika belum terdapat SOP unit yang mengacu peta proses bisnis',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika semua SOP unit telah mengacu peta proses bisnis',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian SOP unit telah mengacu peta proses bisnis',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum terdapat SOP unit yang mengacu peta proses bisnis',
                          value: 0,
                        },
                      ],
                      excelRow: 23,
                      portalRbId: 13,
                    },
                    {
                      code: 'A.I.2.i.b',
                      text: 'Prosedur operasional tetap (SOP) telah diterapkan',
                      criteria: 'a. Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi dan juga melakukan inovasi pada SOP yang diterapkan\nb. Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi\nc. Jika unit telah menerapkan sebagian besar SOP yang ditetapkan organisasi\nd. Jika unit telah menerapkan sebagian kecil SOP yang ditetapkan organisasi\ne. Jika unit belum menerapkan SOP yang telah ditetapkan organisasi',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi dan juga melakukan inovasi pada SOP yang diterapkan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit telah menerapkan sebagian besar SOP yang ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika unit telah menerapkan sebagian kecil SOP yang ditetapkan organisasi',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Jika unit belum menerapkan SOP yang telah ditetapkan organisasi',
                          value: 0,
                        },
                      ],
                      excelRow: 24,
                      portalRbId: 14,
                    },
                    {
                      code: 'A.I.2.i.c',
                      text: 'Prosedur operasional tetap (SOP) telah dievaluasi',
                      criteria: 'a. Jika seluruh SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP\nb. Jika sebagian besar SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP\nc. Jika sebagian besar SOP utama telah dievaluasi tetapi belum ditindaklanjuti\nd. Jika sebagian kecil SOP utama telah dievaluasi\ne. Jika SOP belum pernah dievaluasi',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian besar SOP utama telah dievaluasi tetapi belum ditindaklanjuti',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika sebagian kecil SOP utama telah dievaluasi',
                          value: 0.25,
                        },
                        { key: 'E', label: 'Jika SOP belum pernah dievaluasi', value: 0 },
                      ],
                      excelRow: 25,
                      portalRbId: 15,
                    },
                  ],
                },
                {
                  code: 'A.I.2.ii',
                  name: 'Sistem Pemerintahan Berbasis Elektronik (SPBE)',
                  weight: 2,
                  questions: [
                    {
                      code: 'A.I.2.ii.a',
                      text: 'Sistem pengukuran kinerja unit sudah menggunakan teknologi informasi',
                      criteria: 'a. Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi dan juga melakukan inovasi\nb. Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi\nc. Jika belum memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi dan juga melakukan inovasi',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika belum memiliki sistem pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi',
                          value: 0,
                        },
                      ],
                      excelRow: 27,
                      portalRbId: 16,
                    },
                    {
                      code: 'A.I.2.ii.b',
                      text: 'Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi',
                      criteria: 'a. Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi dan juga melakukan inovasi\nb. Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi secara terpusat\nc. Jika belum menggunakan teknologi informasi dalam operasionalisasi manajemen SDM',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi dan juga melakukan inovasi',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi secara terpusat',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika belum menggunakan teknologi informasi dalam operasionalisasi manajemen SDM',
                          value: 0,
                        },
                      ],
                      excelRow: 28,
                      portalRbId: 17,
                    },
                    {
                      code: 'A.I.2.ii.c',
                      text: 'Pemberian pelayanan kepada publik sudah menggunakan teknologi informasi',
                      criteria: 'a. Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi terpusat/unit sendiri dan terdapat inovasi\nb. Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi secara terpusat\nc. Jika belum memberikan pelayanan kepada publik dengan menggunakan teknologi informasi',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi terpusat/unit sendiri dan terdapat inovasi',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi secara terpusat',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika belum memberikan pelayanan kepada publik dengan menggunakan teknologi informasi',
                          value: 0,
                        },
                      ],
                      excelRow: 29,
                      portalRbId: 18,
                    },
                    {
                      code: 'A.I.2.ii.d',
                      text: 'Telah dilakukan monitoring dan dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
                      criteria: 'a. Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan secara berkala\nb. Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan tetapi tidak secara berkala\nc. Jika tidak terdapat monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan tetapi tidak secara berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika tidak terdapat monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik',
                          value: 0,
                        },
                      ],
                      excelRow: 30,
                      portalRbId: 19,
                    },
                  ],
                },
                {
                  code: 'A.I.2.iii',
                  name: 'Keterbukaan Informasi Publik',
                  weight: 0.5,
                  questions: [
                    {
                      code: 'A.I.2.iii.a',
                      text: 'Kebijakan tentang  keterbukaan informasi publik telah diterapkan',
                      criteria: 'a. Jika sudah terdapat Pejabat Pengelola Informasi Publik (PPID) yang menyebarkan seluruh informasi yang dapat diakses secara mutakhir dan lengkap\nb. Jika sudah terdapat PPID yang menyebarkan sebagian informasi yang dapat diakses secara mutakhir dan lengkap\nc. Jika belum ada PPID dan belum melakukan penyebaran informasi publik',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika sudah terdapat Pejabat Pengelola Informasi Publik (PPID) yang menyebarkan seluruh informasi yang dapat diakses secara mutakhir dan lengkap',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sudah terdapat PPID yang menyebarkan sebagian informasi yang dapat diakses secara mutakhir dan lengkap',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika belum ada PPID dan belum melakukan penyebaran informasi publik',
                          value: 0,
                        },
                      ],
                      excelRow: 32,
                      portalRbId: 20,
                    },
                    {
                      code: 'A.I.2.iii.b',
                      text: 'Telah dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik',
                      criteria: 'a. Jika dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dan telah ditindaklanjuti\nb. Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik telah dilakukan tetapi belum ditindaklanjuti\nc. Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik belum dilakukan',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dan telah ditindaklanjuti',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik telah dilakukan tetapi belum ditindaklanjuti',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik belum dilakukan',
                          value: 0,
                        },
                      ],
                      excelRow: 33,
                      portalRbId: 21,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.I.3',
              name: 'Penataan Sistem Manajemen SDM Aparatur',
              weight: 5,
              subAreas: [
                {
                  code: 'A.I.3.i',
                  name: 'Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi',
                  weight: 0.25,
                  questions: [
                    {
                      code: 'A.I.3.i.a',
                      text: 'Kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan',
                      criteria: 'Ya, jika kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 36,
                      portalRbId: 22,
                    },
                    {
                      code: 'A.I.3.i.b',
                      text: 'Penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
                      criteria: 'a. Jika semua penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nb. Jika sebagian besar penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nc. Jika sebagian kecil penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan\nd. Jika penempatan pegawai hasil rekrutmen murni tidak mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika penempatan pegawai hasil rekrutmen murni tidak mengacu kepada kebutuhan pegawai yang telah disusun per jabatan',
                          value: 0,
                        },
                      ],
                      excelRow: 37,
                      portalRbId: 23,
                    },
                    {
                      code: 'A.I.3.i.c',
                      text: 'Telah dilakukan monitoring dan dan evaluasi terhadap penempatan pegawai rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja',
                      criteria: 'Ya, jika sudah dilakukan monitoring dan evaluasi terhadap penempatan pegawai hasil rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 38,
                      portalRbId: 24,
                    },
                  ],
                },
                {
                  code: 'A.I.3.ii',
                  name: 'Pola Mutasi Internal',
                  weight: 0.5,
                  questions: [
                    {
                      code: 'A.I.3.ii.a',
                      text: 'Dalam melakukan pengembangan karier pegawai, telah dilakukan mutasi pegawai antar jabatan',
                      criteria: 'Ya, jika dilakukan mutasi pegawai antar jabatan sebagai wujud dari pengembangan karier pegawai.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 40,
                      portalRbId: 25,
                    },
                    {
                      code: 'A.I.3.ii.b',
                      text: 'Dalam melakukan mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan',
                      criteria: 'a. Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi dan juga unit kerja memberikan pertimbangan terkait hal ini\nb. Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\nc. Jika sebagian besar mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\nd. Jika sebagian kecil semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi\ne. Jika mutasi pegawai antar jabatan belum memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi dan juga unit kerja memberikan pertimbangan terkait hal ini',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian besar mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika sebagian kecil semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Jika mutasi pegawai antar jabatan belum memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi',
                          value: 0,
                        },
                      ],
                      excelRow: 41,
                      portalRbId: 26,
                    },
                    {
                      code: 'A.I.3.ii.c',
                      text: 'Telah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja',
                      criteria: 'Ya, jika sudah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 42,
                      portalRbId: 27,
                    },
                  ],
                },
                {
                  code: 'A.I.3.iii',
                  name: 'Pengembangan Pegawai Berbasis Kompetensi',
                  weight: 1.25,
                  questions: [
                    {
                      code: 'A.I.3.iii.a',
                      text: 'Unit Kerja melakukan Training Need Analysis Untuk pengembangan kompetensi',
                      criteria: 'Ya, jika sudah dilakukan Training Need Analysis Untuk pengembangan kompetensi.',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 44,
                      portalRbId: 28,
                    },
                    {
                      code: 'A.I.3.iii.b',
                      text: 'Dalam menyusun rencana pengembangan kompetensi pegawai, telah mempertimbangkan hasil pengelolaan kinerja pegawai',
                      criteria: 'a. Jika semua rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nb. Jika sebagian besar rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nc. Jika sebagian kecil rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai\nd. Jika belum ada rencana pengembangan kompetensi pegawai yang mempertimbangkan hasil pengelolaan kinerja pegawai',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika semua rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum ada rencana pengembangan kompetensi pegawai yang mempertimbangkan hasil pengelolaan kinerja pegawai',
                          value: 0,
                        },
                      ],
                      excelRow: 45,
                      portalRbId: 29,
                    },
                    {
                      code: 'A.I.3.iii.c',
                      text: 'Tingkat kesenjangan kompetensi pegawai yang ada dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan',
                      criteria: 'a. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar <25%\nb. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >25%-50%\nc. Jika  sebagian besar kompetensi pegawai dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan >50% -75%\nd. Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >75%-100%',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar <25%',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >25%-50%',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika  sebagian besar kompetensi pegawai dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan >50% -75%',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >75%-100%',
                          value: 0,
                        },
                      ],
                      excelRow: 46,
                      portalRbId: 30,
                    },
                    {
                      code: 'A.I.3.iii.d',
                      text: 'Pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
                      criteria: 'a. Jika seluruh pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nb. Jika sebagian besar pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nc. Jika sebagian kecil pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya\nd. Jika belum ada pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum ada pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya',
                          value: 0,
                        },
                      ],
                      excelRow: 47,
                      portalRbId: 31,
                    },
                    {
                      code: 'A.I.3.iii.e',
                      text: 'Dalam pelaksanaan pengembangan kompetensi, unit kerja melakukan upaya pengembangan kompetensi kepada pegawai (seperti pengikutsertaan pada lembaga pelatihan, in-house training, coaching, atau mentoring)',
                      criteria: 'a. Jika unit kerja melakukan upaya pengembangan kompetensi kepada seluruh pegawai\nb. Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian besar pegawai\nc. Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian kecil pegawai\nd. Jika unit kerja belum melakukan upaya pengembangan kompetensi kepada pegawai',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja melakukan upaya pengembangan kompetensi kepada seluruh pegawai',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian besar pegawai',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian kecil pegawai',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika unit kerja belum melakukan upaya pengembangan kompetensi kepada pegawai',
                          value: 0,
                        },
                      ],
                      excelRow: 48,
                      portalRbId: 32,
                    },
                    {
                      code: 'A.I.3.iii.f',
                      text: 'Telah dilakukan monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja',
                      criteria: 'a. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan secara berkala\nb. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan namun tidak secara berkala\nc. Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja belum dilakukan',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan namun tidak secara berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja belum dilakukan',
                          value: 0,
                        },
                      ],
                      excelRow: 49,
                      portalRbId: 33,
                    },
                  ],
                },
                {
                  code: 'A.I.3.iv',
                  name: 'Penetapan Kinerja Individu',
                  weight: 2,
                  questions: [
                    {
                      code: 'A.I.3.iv.a',
                      text: 'Terdapat penetapan kinerja individu yang terkait dengan perjanjian kinerja organisasi',
                      criteria: 'a. Jika seluruh penetapan kinerja individu terkait dengan kinerja organisasi serta perjanjian kinerja selaras dengan sasaran kinerja pegawai (SKP)\nb. Jika sebagian besar penetapan kinerja individu terkait dengan kinerja organisasi\nc. Jika sebagian kecil penetapan kinerja individu terkait dengan kinerja organisasi\nd. Jika belum ada penetapan kinerja individu terkait dengan kinerja organisasi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh penetapan kinerja individu terkait dengan kinerja organisasi serta perjanjian kinerja selaras dengan sasaran kinerja pegawai (SKP)',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar penetapan kinerja individu terkait dengan kinerja organisasi',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil penetapan kinerja individu terkait dengan kinerja organisasi',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum ada penetapan kinerja individu terkait dengan kinerja organisasi',
                          value: 0,
                        },
                      ],
                      excelRow: 51,
                      portalRbId: 34,
                    },
                    {
                      code: 'A.I.3.iv.b',
                      text: 'Ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
                      criteria: 'a. Jika seluruh ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya serta menggambarkan logic model\nb. Jika sebagian besar ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya\nc. Jika sebagian kecil ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya\nd. Jika ukuran kinerja individu belum memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya serta menggambarkan logic model',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika ukuran kinerja individu belum memiliki kesesuaian dengan indikator kinerja individu level diatasnya',
                          value: 0,
                        },
                      ],
                      excelRow: 52,
                      portalRbId: 35,
                    },
                    {
                      code: 'A.I.3.iv.c',
                      text: 'Pengukuran kinerja individu dilakukan secara periodik',
                      criteria: 'a. Jika pengukuran kinerja individu dilakukan secara bulanan\nb. Jika pengukuran kinerja individu dilakukan secara triwulanan\nc. Jika pengukuran kinerja individu dilakukan secara semesteran\nd. Jika pengukuran kinerja individu dilakukan secara tahunan\ne. Jika pengukuran kinerja individu belum dilakukan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika pengukuran kinerja individu dilakukan secara bulanan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika pengukuran kinerja individu dilakukan secara triwulanan',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika pengukuran kinerja individu dilakukan secara semesteran',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika pengukuran kinerja individu dilakukan secara tahunan',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Jika pengukuran kinerja individu belum dilakukan',
                          value: 0,
                        },
                      ],
                      excelRow: 53,
                      portalRbId: 36,
                    },
                    {
                      code: 'A.I.3.iv.d',
                      text: 'Hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward',
                      criteria: 'Ya, jika hasil hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward (Seperti: pengembangan karir individu, atau penghargaan)',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 54,
                      portalRbId: 37,
                    },
                  ],
                },
                {
                  code: 'A.I.3.v',
                  name: 'Penegakan Aturan Disiplin/Kode Etik/Kode Perilaku Pegawai',
                  weight: 0.75,
                  questions: [
                    {
                      code: 'A.I.3.v.a',
                      text: 'Aturan disiplin/kode etik/kode perilaku telah dilaksanakan/diimplementasikan',
                      criteria: 'a. Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi dan juga membuat inovasi terkait aturan disiplin/kode etik/kode perilaku yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi\nc. Jika unit kerja telah mengimplementasikan sebagian aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi\nd. Jika unit kerja belum mengimplementasikan aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi dan juga membuat inovasi terkait aturan disiplin/kode etik/kode perilaku yang sesuai dengan karakteristik unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja telah mengimplementasikan sebagian aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika unit kerja belum mengimplementasikan aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi',
                          value: 0,
                        },
                      ],
                      excelRow: 56,
                      portalRbId: 38,
                    },
                  ],
                },
                {
                  code: 'A.I.3.vi',
                  name: 'Sistem Informasi Kepegawaian',
                  weight: 0.25,
                  questions: [
                    {
                      code: 'A.I.3.vi.a',
                      text: 'Data informasi kepegawaian unit kerja telah dimutakhirkan secara berkala',
                      criteria: 'a. Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan setiap ada perubahan data pegawai\nb. Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan  dimutakhirkan namun secara berkala\nc. Jika data informasi kepegawaian unit kerja belum dimutakhirkan',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan setiap ada perubahan data pegawai',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan  dimutakhirkan namun secara berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika data informasi kepegawaian unit kerja belum dimutakhirkan',
                          value: 0,
                        },
                      ],
                      excelRow: 58,
                      portalRbId: 39,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.I.4',
              name: 'Penguatan Akuntabilitas',
              weight: 5,
              subAreas: [
                {
                  code: 'A.I.4.i',
                  name: 'Keterlibatan Pimpinan',
                  weight: 2.5,
                  questions: [
                    {
                      code: 'A.I.4.i.a',
                      text: 'Unit kerja telah melibatkan pimpinan secara langsung pada saat penyusunan perencanaan',
                      criteria: 'a. Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perencanaan\nb. Jika pimpinan ikut terlibat dalam sebagian tahapan penyusunan perencanaan\nc. Jika tidak ada keterlibatan pimpinan dalam penyusunan perencanaan (hanya menandatangani)',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perencanaan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika pimpinan ikut terlibat dalam sebagian tahapan penyusunan perencanaan',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika tidak ada keterlibatan pimpinan dalam penyusunan perencanaan (hanya menandatangani)',
                          value: 0,
                        },
                      ],
                      excelRow: 61,
                      portalRbId: 40,
                    },
                    {
                      code: 'A.I.4.i.b',
                      text: 'Unit kerja telah melibatkan secara langsung pimpinan saat penyusunan penetapan kinerja',
                      criteria: 'a. Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perjanjian kinerja\nb. Jika pimpinan terlibat dalam sebagian tahapan penyusunan perjanjian kinerja\nc. Jika tidak ada keterlibatan pimpinan dalam penyusunan perjanjian kinerja',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perjanjian kinerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika pimpinan terlibat dalam sebagian tahapan penyusunan perjanjian kinerja',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika tidak ada keterlibatan pimpinan dalam penyusunan perjanjian kinerja',
                          value: 0,
                        },
                      ],
                      excelRow: 62,
                      portalRbId: 41,
                    },
                    {
                      code: 'A.I.4.i.c',
                      text: 'Pimpinan memantau pencapaian kinerja secara berkala',
                      criteria: 'a. Jika pimpinan selalu terlibat dalam seluruh pemantauan pencapaian kinerja dan menindaklanjuti hasil pemantauan\nb. Jika pimpinan unit kerja terlibat dalam seluruh pemantauan pencapaian kinerja tetapi tidak ada tindak lanjut hasil pemantauan\nc. Jika pimpinan unit kerja terlibat dalam sebagian pemantauan pencapaian kinerja\nd. Jika tidak ada keterlibatan pimpinan dalam pemantauan pencapaian kinerja',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika pimpinan selalu terlibat dalam seluruh pemantauan pencapaian kinerja dan menindaklanjuti hasil pemantauan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika pimpinan unit kerja terlibat dalam seluruh pemantauan pencapaian kinerja tetapi tidak ada tindak lanjut hasil pemantauan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika pimpinan unit kerja terlibat dalam sebagian pemantauan pencapaian kinerja',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika tidak ada keterlibatan pimpinan dalam pemantauan pencapaian kinerja',
                          value: 0,
                        },
                      ],
                      excelRow: 63,
                      portalRbId: 42,
                    },
                  ],
                },
                {
                  code: 'A.I.4.ii',
                  name: 'Pengelolaan Akuntabilitas Kinerja',
                  weight: 2.5,
                  questions: [
                    {
                      code: 'A.I.4.ii.a',
                      text: 'Dokumen perencanaan kinerja sudah ada',
                      criteria: 'ya, jika unit kerja memiliki dokumen perencanaan kinerja lengkap',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 65,
                      portalRbId: 43,
                    },
                    {
                      code: 'A.I.4.ii.b',
                      text: 'Perencanaan kinerja telah berorientasi hasil',
                      criteria: 'ya, jika perencanaan kinerja telah berorientasi hasil',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 66,
                      portalRbId: 44,
                    },
                    {
                      code: 'A.I.4.ii.c',
                      text: 'Terdapat penetapan Indikator Kinerja Utama (IKU)',
                      criteria: 'ya, jika unit kerja memiliki IKU',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 67,
                      portalRbId: 45,
                    },
                    {
                      code: 'A.I.4.ii.d',
                      text: 'Indikator kinerja telah telah memenuhi kriteria SMART',
                      criteria: 'a. Jika seluruh indikator kinerja telah SMART\nb. Jika sebagian besar indikator kinerja telah SMART\nc. Jika sebagian kecil indikator kinerja telah SMART\nd. Jika belum ada indikator kinerja yang SMART',
                      answerType: 'ABCD',
                      options: [
                        { key: 'A', label: 'Jika seluruh indikator kinerja telah SMART', value: 1 },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar indikator kinerja telah SMART',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil indikator kinerja telah SMART',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum ada indikator kinerja yang SMART',
                          value: 0,
                        },
                      ],
                      excelRow: 68,
                      portalRbId: 46,
                    },
                    {
                      code: 'A.I.4.ii.e',
                      text: 'Laporan kinerja telah disusun tepat waktu',
                      criteria: 'Ya, jika unit kerja telah menyusun laporan kinerja tepat waktu',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 69,
                      portalRbId: 47,
                    },
                    {
                      code: 'A.I.4.ii.f',
                      text: 'Laporan kinerja telah memberikan informasi tentang kinerja',
                      criteria: 'a. Jika seluruh pelaporan kinerja telah memberikan informasi tentang kinerja\nb. Jika sebagian pelaporan kinerja belum memberikan informasi tentang kinerja\nc. Jika seluruh pelaporan kinerja belum memberikan informasi tentang kinerja',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh pelaporan kinerja telah memberikan informasi tentang kinerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian pelaporan kinerja belum memberikan informasi tentang kinerja',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika seluruh pelaporan kinerja belum memberikan informasi tentang kinerja',
                          value: 0,
                        },
                      ],
                      excelRow: 70,
                      portalRbId: 48,
                    },
                    {
                      code: 'A.I.4.ii.g',
                      text: 'Terdapat sistem informasi/mekanisme informasi kinerja',
                      criteria: 'ya, jika terdapat sistem informasi/mekanisme informasi kinerja',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 71,
                      portalRbId: 49,
                    },
                    {
                      code: 'A.I.4.ii.h',
                      text: 'Unit kerja telah berupaya meningkatkan kapasitas SDM yang menangangi akuntabilitas kinerja',
                      criteria: 'a. Jika seluruh SDM pengelola akuntabilitas kinerja kompeten\nb. Jika sebagian SDM pengelola akuntabilitas kinerja kompeten\nc. Jika seluruh SDM pengelola akuntabilitas kinerja belum ada yang kompeten',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh SDM pengelola akuntabilitas kinerja kompeten',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian SDM pengelola akuntabilitas kinerja kompeten',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika seluruh SDM pengelola akuntabilitas kinerja belum ada yang kompeten',
                          value: 0,
                        },
                      ],
                      excelRow: 72,
                      portalRbId: 50,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.I.5',
              name: 'Penguatan Pengawasan',
              weight: 7.5,
              subAreas: [
                {
                  code: 'A.I.5.i',
                  name: 'Pengendalian Gratifikasi',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.I.5.i.a',
                      text: 'Telah dilakukan public campaign tentang pengendalian gratifikasi',
                      criteria: 'a. Jika public campaign telah dilakukan secara berkala\nb. Jika public campaign dilakukan tidak secara berkala\nc. Jika belum dilakukan public campaign',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika public campaign telah dilakukan secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika public campaign dilakukan tidak secara berkala',
                          value: 0.5,
                        },
                        { key: 'C', label: 'Jika belum dilakukan public campaign', value: 0 },
                      ],
                      excelRow: 75,
                      portalRbId: 51,
                    },
                    {
                      code: 'A.I.5.i.b',
                      text: 'Pengendalian gratifikasi telah diimplementasikan',
                      criteria: 'a. Jika Unit Pengendalian Gratifikasi, pengendalian gratifikasi telah menjadi bagian dari prosedur\nb. Jika Unit Pengendalian Gratifikasi, upaya pengendalian gratifikasi telah mulai dilakukan\nc. Jika telah membentuk Unit Pengendalian Gratifikasi tetapi belum terdapat prosedur pengendalian\nd. Jika belum memiliki Unit Pengendalian Gratifikasi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika Unit Pengendalian Gratifikasi, pengendalian gratifikasi telah menjadi bagian dari prosedur',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika Unit Pengendalian Gratifikasi, upaya pengendalian gratifikasi telah mulai dilakukan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika telah membentuk Unit Pengendalian Gratifikasi tetapi belum terdapat prosedur pengendalian',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum memiliki Unit Pengendalian Gratifikasi',
                          value: 0,
                        },
                      ],
                      excelRow: 76,
                      portalRbId: 52,
                    },
                  ],
                },
                {
                  code: 'A.I.5.ii',
                  name: 'Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.I.5.ii.a',
                      text: 'Telah dibangun lingkungan pengendalian',
                      criteria: 'a. Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja membangun sebagian besar lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\nd. Jika unit kerja membangun sebagian kecil lingkungan pengendalian sesuai dengan yang ditetapkan organisasi\ne. Jika unit kerja belum membangun lingkungan pengendalian',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja membangun sebagian besar lingkungan pengendalian sesuai dengan yang ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika unit kerja membangun sebagian kecil lingkungan pengendalian sesuai dengan yang ditetapkan organisasi',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Jika unit kerja belum membangun lingkungan pengendalian',
                          value: 0,
                        },
                      ],
                      excelRow: 78,
                      portalRbId: 53,
                    },
                    {
                      code: 'A.I.5.ii.b',
                      text: 'Telah dilakukan penilaian risiko atas pelaksanaan kebijakan',
                      criteria: 'a. Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja;\nb. Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\nc. Jika melakukan penilaian risiko atas sebagian besar pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\nd. Jika melakukan penilaian risiko atas sebagian kecil pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi\ne. Jika unit kerja belum melakukan penilaian resiko',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja;',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika melakukan penilaian risiko atas sebagian besar pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika melakukan penilaian risiko atas sebagian kecil pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Jika unit kerja belum melakukan penilaian resiko',
                          value: 0,
                        },
                      ],
                      excelRow: 79,
                      portalRbId: 54,
                    },
                    {
                      code: 'A.I.5.ii.c',
                      text: 'Telah dilakukan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi',
                      criteria: 'a. Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait kegiatan pengendalian untuk meminimalisir resiko yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum melakukan kegiatan pengendalian untuk meminimalisir resiko',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait kegiatan pengendalian untuk meminimalisir resiko yang sesuai dengan karakteristik unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja belum melakukan kegiatan pengendalian untuk meminimalisir resiko',
                          value: 0,
                        },
                      ],
                      excelRow: 80,
                      portalRbId: 55,
                    },
                    {
                      code: 'A.I.5.ii.d',
                      text: 'SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait',
                      criteria: 'a. Jika SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait\nb. Jika SPI telah diinformasikan dan dikomunikasikan kepada sebagian pihak terkait\nc. Jika SPI belum diinformasikan dan dikomunikasikan kepada pihak terkait',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika SPI telah diinformasikan dan dikomunikasikan kepada sebagian pihak terkait',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika SPI belum diinformasikan dan dikomunikasikan kepada pihak terkait',
                          value: 0,
                        },
                      ],
                      excelRow: 81,
                      portalRbId: 56,
                    },
                  ],
                },
                {
                  code: 'A.I.5.iii',
                  name: 'Pengaduan Masyarakat',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.I.5.iii.a',
                      text: 'Kebijakan Pengaduan masyarakat telah diimplementasikan',
                      criteria: 'a. Jika unit kerja mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pengaduan masyarakat yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja telah mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum mengimplementasikan kebijakan pengaduan masyarakat',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pengaduan masyarakat yang sesuai dengan karakteristik unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja telah mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja belum mengimplementasikan kebijakan pengaduan masyarakat',
                          value: 0,
                        },
                      ],
                      excelRow: 83,
                      portalRbId: 57,
                    },
                    {
                      code: 'A.I.5.iii.b',
                      text: 'pengaduan masyarakat dtindaklanjuti',
                      criteria: 'ya,pengaduan masyaakat ditindaklanjuti',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 84,
                      portalRbId: 58,
                    },
                    {
                      code: 'A.I.5.iii.c',
                      text: 'Telah dilakukan monitoring dan evaluasi atas penanganan pengaduan masyarakat',
                      criteria: 'a. Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi secara berkala\nb. Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi tetapi tidak secara berkala\nc. Jika penanganan pengaduan masyarakat belum di monitoring dan evaluasi',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi tetapi tidak secara berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika penanganan pengaduan masyarakat belum di monitoring dan evaluasi',
                          value: 0,
                        },
                      ],
                      excelRow: 85,
                      portalRbId: 59,
                    },
                    {
                      code: 'A.I.5.iii.d',
                      text: 'Hasil evaluasi atas penanganan pengaduan masyarakat telah ditindaklanjuti',
                      criteria: 'a. Jika seluruh hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja\nc. Jika hasil evaluasi atas penanganan pengaduan belum ditindaklanjuti',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika hasil evaluasi atas penanganan pengaduan belum ditindaklanjuti',
                          value: 0,
                        },
                      ],
                      excelRow: 86,
                      portalRbId: 60,
                    },
                  ],
                },
                {
                  code: 'A.I.5.iv',
                  name: 'Whistle-Blowing System',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.I.5.iv.a',
                      text: 'Whistle-Blowing System telah diterapkan',
                      criteria: 'a. Jika unit kerja menerapkan seluruh kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pelaksanaan Whistle Blowing System yang sesuai dengan karakteristik unit kerja\nb. Jika unit kerja menerapkan kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi\nc. Jika unit kerja belum menerapkan kebijakan Whistle Blowing System',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja menerapkan seluruh kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pelaksanaan Whistle Blowing System yang sesuai dengan karakteristik unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja menerapkan kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja belum menerapkan kebijakan Whistle Blowing System',
                          value: 0,
                        },
                      ],
                      excelRow: 88,
                      portalRbId: 61,
                    },
                    {
                      code: 'A.I.5.iv.b',
                      text: 'Telah dilakukan evaluasi atas penerapan Whistle Blowing System',
                      criteria: 'a. Jika penerapan Whistle Blowing System dimonitoring dan evaluasi secara berkala\nb. Jika penerapan Whistle Blowing System dimonitoring dan evaluasi tidak secara berkala\nc. Jika penerapan Whistle Blowing System belum di monitoring dan evaluasi',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika penerapan Whistle Blowing System dimonitoring dan evaluasi secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika penerapan Whistle Blowing System dimonitoring dan evaluasi tidak secara berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika penerapan Whistle Blowing System belum di monitoring dan evaluasi',
                          value: 0,
                        },
                      ],
                      excelRow: 89,
                      portalRbId: 62,
                    },
                    {
                      code: 'A.I.5.iv.c',
                      text: 'Hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti',
                      criteria: 'a. Jika seluruh hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja\nc. Jika hasil evaluasi atas penerapan Whistle Blowing System belum ditindaklanjuti',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika hasil evaluasi atas penerapan Whistle Blowing System belum ditindaklanjuti',
                          value: 0,
                        },
                      ],
                      excelRow: 90,
                      portalRbId: 63,
                    },
                  ],
                },
                {
                  code: 'A.I.5.v',
                  name: 'Penanganan Benturan Kepentingan',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.I.5.v.a',
                      text: 'Telah terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
                      criteria: 'a. Jika terdapat  identifikasi/pemetaan benturan kepentingan pada seluruh tugas fungsi utama\nb. Jika terdapat  identifikasi/pemetaan benturan kepentingan tetapi pada sebagian besar tugas fungsi utama\nc. Jika terdapat  identifikasi/pemetaan benturan kepentingan tetapi pada sebagian kecil tugas fungsi utama\nd. Jika belum terdapat  identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika terdapat  identifikasi/pemetaan benturan kepentingan pada seluruh tugas fungsi utama',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika terdapat  identifikasi/pemetaan benturan kepentingan tetapi pada sebagian besar tugas fungsi utama',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika terdapat  identifikasi/pemetaan benturan kepentingan tetapi pada sebagian kecil tugas fungsi utama',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum terdapat  identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama',
                          value: 0,
                        },
                      ],
                      excelRow: 92,
                      portalRbId: 64,
                    },
                    {
                      code: 'A.I.5.v.b',
                      text: 'Penanganan Benturan Kepentingan telah disosialisasikan/internalisasi',
                      criteria: 'a. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke seluruh layanan\nb. Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian besar layanan\nc.  Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian kecil layanan\nd.  Jika penanganan Benturan Kepentingan belum disosialiasikan/diinternalisasikan ke seluruh layanan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke seluruh layanan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian besar layanan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian kecil layanan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika penanganan Benturan Kepentingan belum disosialiasikan/diinternalisasikan ke seluruh layanan',
                          value: 0,
                        },
                      ],
                      excelRow: 93,
                      portalRbId: 65,
                    },
                    {
                      code: 'A.I.5.v.c',
                      text: 'Penanganan Benturan Kepentingan telah diimplementasikan',
                      criteria: 'a. Jika penanganan Benturan Kepentingan diimplementasikan ke seluruh layanan\nb. Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian besar layanan\nc. Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian kecil layanan\nd. Jika penanganan Benturan Kepentingan belum diimplementasikan ke seluruh layanan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika penanganan Benturan Kepentingan diimplementasikan ke seluruh layanan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian besar layanan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian kecil layanan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika penanganan Benturan Kepentingan belum diimplementasikan ke seluruh layanan',
                          value: 0,
                        },
                      ],
                      excelRow: 94,
                      portalRbId: 66,
                    },
                    {
                      code: 'A.I.5.v.d',
                      text: 'Telah dilakukan evaluasi atas Penanganan Benturan Kepentingan',
                      criteria: 'a. Jika penanganan Benturan Kepentingan dievaluasi secara berkala oleh unit kerja\nb. Jika penanganan Benturan Kepentingan dievaluasi tetapi tidak secara berkala oleh unit kerja\nc. Jika penanganan Benturan Kepentingan belum dievaluasi oleh unit kerja',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika penanganan Benturan Kepentingan dievaluasi secara berkala oleh unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika penanganan Benturan Kepentingan dievaluasi tetapi tidak secara berkala oleh unit kerja',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika penanganan Benturan Kepentingan belum dievaluasi oleh unit kerja',
                          value: 0,
                        },
                      ],
                      excelRow: 95,
                      portalRbId: 67,
                    },
                    {
                      code: 'A.I.5.v.e',
                      text: 'Hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti',
                      criteria: 'a. Jika seluruh hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja\nb. Jika sebagian hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja\nc. Jika belum ada hasil evaluasi atas Penanganan Benturan Kepentingan yang ditindaklanjuti unit kerja',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Jika belum ada hasil evaluasi atas Penanganan Benturan Kepentingan yang ditindaklanjuti unit kerja',
                          value: 0,
                        },
                      ],
                      excelRow: 96,
                      portalRbId: 68,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.I.6',
              name: 'Peningkatan Kualitas Pelayanan Publik',
              weight: 5,
              subAreas: [
                {
                  code: 'A.I.6.i',
                  name: 'Standar Pelayanan',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.6.i.a',
                      text: 'Terdapat kebijakan standar pelayanan',
                      criteria: 'a. Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku\nb. Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku\nc. Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku\nd. Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku\ne. Standar Pelayanan belum ditetapkan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku',
                          value: 0.25,
                        },
                        { key: 'E', label: 'Standar Pelayanan belum ditetapkan', value: 0 },
                      ],
                      excelRow: 99,
                      portalRbId: 69,
                    },
                    {
                      code: 'A.I.6.i.b',
                      text: 'Standar pelayanan telah dimaklumatkan',
                      criteria: 'a. Standar pelayanan telah dimaklumatkan pada seluruh jenis pelayanan dan dipublikasikan di website dan media lainnya\nb. Standar pelayanan telah dimaklumatkan pada sebagian besar jenis pelayanan dan dipublikasikan minimal di website\nc. Standar pelayanan telah dimaklumatkan pada sebagian kecil  jenis pelayanan dan belum dipublikasikan\nd. Standar pelayanan belum dimaklumatkan pada seluruh jenis pelayanan dan belum dipublikasikan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Standar pelayanan telah dimaklumatkan pada seluruh jenis pelayanan dan dipublikasikan di website dan media lainnya',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Standar pelayanan telah dimaklumatkan pada sebagian besar jenis pelayanan dan dipublikasikan minimal di website',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Standar pelayanan telah dimaklumatkan pada sebagian kecil  jenis pelayanan dan belum dipublikasikan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Standar pelayanan belum dimaklumatkan pada seluruh jenis pelayanan dan belum dipublikasikan',
                          value: 0,
                        },
                      ],
                      excelRow: 100,
                      portalRbId: 70,
                    },
                    {
                      code: 'A.I.6.i.c',
                      text: 'Dilakukan reviu dan perbaikan atas standar pelayanan',
                      criteria: 'a. Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan melibatkan stakeholders (antara lain : tokoh masyarakat,  akademisi, dunia usaha, dan lembaga swadaya masyarakat), serta memanfaatkan masukan hasil SKM dan pengaduan masyarakat\nb. Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan memanfaatkan masukan hasil SKM dan pengaduan masyarakat, namun tanpa melibatkan stakeholders\nc. Dilakukan reviu dan perbaikan atas standar pelayanan, namun  dilakukan tanpa memanfaatkan masukan hasil SKM dan pengaduan masyarakat, serta tanpa melibatkan stakeholders\nd. Belum dilakukan reviu dan perbaikan atas standar pelayanan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan melibatkan stakeholders (antara lain : tokoh masyarakat,  akademisi, dunia usaha, dan lembaga swadaya masyarakat), serta memanfaatkan masukan hasil SKM dan pengaduan masyarakat',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan memanfaatkan masukan hasil SKM dan pengaduan masyarakat, namun tanpa melibatkan stakeholders',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Dilakukan reviu dan perbaikan atas standar pelayanan, namun  dilakukan tanpa memanfaatkan masukan hasil SKM dan pengaduan masyarakat, serta tanpa melibatkan stakeholders',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Belum dilakukan reviu dan perbaikan atas standar pelayanan',
                          value: 0,
                        },
                      ],
                      excelRow: 101,
                      portalRbId: 71,
                    },
                    {
                      code: 'A.I.6.i.d',
                      text: 'telah melakukan publikasi atas standar pelayanan dan maklumat pelayanan',
                      criteria: 'ya,telah melakukan publikasi atas tandar pelayanan dan maklumat pelayanan',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 102,
                      portalRbId: 72,
                    },
                  ],
                },
                {
                  code: 'A.I.6.ii',
                  name: 'Budaya Pelayanan Prima',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.6.ii.a',
                      text: 'Telah dilakukan berbagai upaya peningkatan kemampuan dan/atau kompetensi tentang penerapan budaya pelayanan prima',
                      criteria: 'a. Telah dilakukan pelatihan/sosialisasi pelayanan prima secara berkelanjutan dan terjadwal, sehingga seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan serta telah dan terdapat monev yang melihat kemampuan/kecakapan petugas/pelaksana layanan\nb. Telah dilakukan pelatihan/sosialisasi pelayanan prima, dan  seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan\nc. Telah dilakukan pelatihan/sosialisasi pelayanan prima, akan tetapi baru sebagian besar petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan\nd. Telah dilakukan pelatihan/sosialisasi pelayanan prima namun secara terbatas, sehingga hanya sebagian kecil petugas/pelaksana layanan yang memiliki kompetensi sesuai kebutuhan jenis layanan\ne. Belum dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan belum memiliki kompetensi sesuai kebutuhan jenis layanan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Telah dilakukan pelatihan/sosialisasi pelayanan prima secara berkelanjutan dan terjadwal, sehingga seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan serta telah dan terdapat monev yang melihat kemampuan/kecakapan petugas/pelaksana layanan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Telah dilakukan pelatihan/sosialisasi pelayanan prima, dan  seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Telah dilakukan pelatihan/sosialisasi pelayanan prima, akan tetapi baru sebagian besar petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Telah dilakukan pelatihan/sosialisasi pelayanan prima namun secara terbatas, sehingga hanya sebagian kecil petugas/pelaksana layanan yang memiliki kompetensi sesuai kebutuhan jenis layanan',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Belum dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan belum memiliki kompetensi sesuai kebutuhan jenis layanan',
                          value: 0,
                        },
                      ],
                      excelRow: 104,
                      portalRbId: 73,
                    },
                    {
                      code: 'A.I.6.ii.b',
                      text: 'Informasi tentang pelayanan mudah diakses melalui berbagai media',
                      criteria: 'a. Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial) dan terhubung dengan sistem informasi pelayanan publik nasional\nb. Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial), namun belum terhubung dengan sistem informasi pelayanan publik nasional\nc. Seluruh Informasi tentang pelayanan belum online, hanya dapat diakses di tempat layanan (intranet dan non elektronik)\nd. Informasi tentang pelayanan sulit diakses',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial) dan terhubung dengan sistem informasi pelayanan publik nasional',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial), namun belum terhubung dengan sistem informasi pelayanan publik nasional',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Seluruh Informasi tentang pelayanan belum online, hanya dapat diakses di tempat layanan (intranet dan non elektronik)',
                          value: 0.33,
                        },
                        { key: 'D', label: 'Informasi tentang pelayanan sulit diakses', value: 0 },
                      ],
                      excelRow: 105,
                      portalRbId: 74,
                    },
                    {
                      code: 'A.I.6.ii.c',
                      text: 'Telah terdapat sistem pemberian penghargaan dan sanksi bagi petugas pemberi pelayanan',
                      criteria: 'a. Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, dan telah diterapkan secara rutin/berkelanjutan\nb. Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, namun belum diterapkan secara rutin/berkelanjutan\nc. Telah terdapat kebijakan pemberian penghargaan dan sanksi, namun belum memenuhi unsur penilaian minimal : disiplin, kinerja, dan hasil penilaian pengguna layanan\nd. Belum terdapat kebijakan pemberian penghargaan dan sanksi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, dan telah diterapkan secara rutin/berkelanjutan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, namun belum diterapkan secara rutin/berkelanjutan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Telah terdapat kebijakan pemberian penghargaan dan sanksi, namun belum memenuhi unsur penilaian minimal : disiplin, kinerja, dan hasil penilaian pengguna layanan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Belum terdapat kebijakan pemberian penghargaan dan sanksi',
                          value: 0,
                        },
                      ],
                      excelRow: 106,
                      portalRbId: 75,
                    },
                    {
                      code: 'A.I.6.ii.d',
                      text: 'Telah terdapat sistem pemberian kompensasi kepada penerima layanan bila layanan tidak sesuai standar',
                      criteria: 'a. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di seluruh jenis layanan\nb. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian besar jenis layanan\nc. Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian kecil jenis layanan\nd. Belum terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di seluruh jenis layanan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian besar jenis layanan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian kecil jenis layanan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Belum terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar',
                          value: 0,
                        },
                      ],
                      excelRow: 107,
                      portalRbId: 76,
                    },
                    {
                      code: 'A.I.6.ii.e',
                      text: 'Terdapat sarana layanan terpadu/terintegrasi',
                      criteria: 'a. Jika seluruh pelayanan sudah dilakukan secara terpadu/terintegrasi\nb. Jika sebagian besar pelayanan sudah dilakukan secara terpadu/terintegrasi\nc. Jika sebagian kecil pelayanan sudah dilakukan secara terpadu/terintegrasi\nd. Jika tidak ada pelayanan yang dilakukan secara terpadu/terintegrasi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika seluruh pelayanan sudah dilakukan secara terpadu/terintegrasi',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika sebagian besar pelayanan sudah dilakukan secara terpadu/terintegrasi',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika sebagian kecil pelayanan sudah dilakukan secara terpadu/terintegrasi',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika tidak ada pelayanan yang dilakukan secara terpadu/terintegrasi',
                          value: 0,
                        },
                      ],
                      excelRow: 108,
                      portalRbId: 77,
                    },
                    {
                      code: 'A.I.6.ii.f',
                      text: 'Terdapat inovasi pelayanan',
                      criteria: 'a. Jika unit kerja telah memiliki inovasi pelayanan yang  berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat serta telah direplikasi\nb. Jika unit kerja telah memiliki inovasi pelayanan yang  berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat\nc. Jika unit kerja memiliki inovasi yang merupakan replikasi dan pengembangan dari inovasi yang sudah ada\nd. Jika unit kerja telah memiliki inovasi akan tetapi merupakan pelaksanaan inovasi dari instansi pemerintah\ne. Jika  unit kerja belum memiliki inovasi pelayanan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika unit kerja telah memiliki inovasi pelayanan yang  berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat serta telah direplikasi',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika unit kerja telah memiliki inovasi pelayanan yang  berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Jika unit kerja memiliki inovasi yang merupakan replikasi dan pengembangan dari inovasi yang sudah ada',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Jika unit kerja telah memiliki inovasi akan tetapi merupakan pelaksanaan inovasi dari instansi pemerintah',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Jika  unit kerja belum memiliki inovasi pelayanan',
                          value: 0,
                        },
                      ],
                      excelRow: 109,
                      portalRbId: 78,
                    },
                  ],
                },
                {
                  code: 'A.I.6.iii',
                  name: 'Pengelolaan Pengaduan',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.6.iii.a',
                      text: 'Terdapat media pengaduan dan konsultasi pelayanan yang terintegrasi dengan SP4N-Lapor!',
                      criteria: 'a. Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani, dan terintegrasi dengan SP4N-LAPOR!\nb. Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani namun belum terintegrasi dengan SP4N-LAPOR!\nc. Terdapat media konsultasi dan pengaduan secara offline dan online, namun belum tersedia petugas khusus yang menangani\nd. Hanya terdapat media konsultasi dan pengaduan secara offline\ne. Tidak terdapat media konsultasi dan pengaduan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani, dan terintegrasi dengan SP4N-LAPOR!',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani namun belum terintegrasi dengan SP4N-LAPOR!',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Terdapat media konsultasi dan pengaduan secara offline dan online, namun belum tersedia petugas khusus yang menangani',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Hanya terdapat media konsultasi dan pengaduan secara offline',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Tidak terdapat media konsultasi dan pengaduan',
                          value: 0,
                        },
                      ],
                      excelRow: 111,
                      portalRbId: 79,
                    },
                    {
                      code: 'A.I.6.iii.b',
                      text: 'Terdapat unit yang mengelola pengaduan dan konsultasi pelayanan',
                      criteria: 'a. Terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta surat penugasan pengelola SP4N-LAPOR! di level unit kerja\nb. Terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja, namun unit pengelola khusus untuk konsultasi dan pengaduan belum ada\nc. Belum terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta belum terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja, namun unit pengelola khusus untuk konsultasi dan pengaduan belum ada',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Belum terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta belum terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja',
                          value: 0,
                        },
                      ],
                      excelRow: 112,
                      portalRbId: 80,
                    },
                    {
                      code: 'A.I.6.iii.c',
                      text: 'Telah dilakukan evaluasi atas penanganan keluhan/masukan dan konsultasi',
                      criteria: 'a. Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan secara berkala\nb. Evaluasi  atas penanganan keluhan/masukan dan konsultasi dilakukan  tidak berkala\nc. Belum dilakukan evaluasi penanganan keluhan/masukan dan konsultasi',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan secara berkala',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Evaluasi  atas penanganan keluhan/masukan dan konsultasi dilakukan  tidak berkala',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Belum dilakukan evaluasi penanganan keluhan/masukan dan konsultasi',
                          value: 0,
                        },
                      ],
                      excelRow: 113,
                      portalRbId: 81,
                    },
                  ],
                },
                {
                  code: 'A.I.6.iv',
                  name: 'Penilaian Kepuasan terhadap Pelayanan',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.6.iv.a',
                      text: 'Telah dilakukan survey kepuasan masyarakat terhadap pelayanan',
                      criteria: 'a. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 4 kali dalam setahun\nb. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 3 kali dalam setahun\nc. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 2 kali dalam setahun\nd. Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 1 kali dalam setahun\ne. Belum dilakukan survei kepuasan masyarakat terhadap pelayanan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 4 kali dalam setahun',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 3 kali dalam setahun',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 2 kali dalam setahun',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 1 kali dalam setahun',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Belum dilakukan survei kepuasan masyarakat terhadap pelayanan',
                          value: 0,
                        },
                      ],
                      excelRow: 115,
                      portalRbId: 82,
                    },
                    {
                      code: 'A.I.6.iv.b',
                      text: 'Hasil survei kepuasan masyarakat dapat diakses secara terbuka',
                      criteria: 'a. Hasil survei kepuasan masyarakat dapat diakses secara  online (website, media sosial, dll) dan offline\nb. Hasil survei kepuasan masyarakat hanya dapat diakses secara offline di tempat layanan\nc. Hasil survei kepuasan masyarakat tidak dipublikasi',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Hasil survei kepuasan masyarakat dapat diakses secara  online (website, media sosial, dll) dan offline',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Hasil survei kepuasan masyarakat hanya dapat diakses secara offline di tempat layanan',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Hasil survei kepuasan masyarakat tidak dipublikasi',
                          value: 0,
                        },
                      ],
                      excelRow: 116,
                      portalRbId: 83,
                    },
                    {
                      code: 'A.I.6.iv.c',
                      text: 'Dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
                      criteria: 'a. Jika dilakukan tindak lanjut atas seluruh hasil survei kepuasan masyarakat\nb. Jika dilakukan tindak lanjut atas sebagian besar hasil survei kepuasan masyarakat\nc. Jika dilakukan tindak lanjut atas sebagian kecil hasil survei kepuasan masyarakat\nd. Jika belum dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Jika dilakukan tindak lanjut atas seluruh hasil survei kepuasan masyarakat',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Jika dilakukan tindak lanjut atas sebagian besar hasil survei kepuasan masyarakat',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Jika dilakukan tindak lanjut atas sebagian kecil hasil survei kepuasan masyarakat',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Jika belum dilakukan tindak lanjut atas hasil survei kepuasan masyarakat',
                          value: 0,
                        },
                      ],
                      excelRow: 117,
                      portalRbId: 84,
                    },
                  ],
                },
                {
                  code: 'A.I.6.v',
                  name: 'Pemanfaatan Teknologi Informasi',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.I.6.v.a',
                      text: 'Telah menerapkan teknologi informasi dalam memberikan pelayanan',
                      criteria: 'a. Terdapat pelayanan yang menggunakan teknologi informasi pada seluruh proses pemberian layanan\nb. Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian besar proses pemberian layanan\nc. Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian kecil proses pemberian layanan\nd. Terdapat pelayanan yang belum menggunakan teknologi informasi pada proses pemberian pelayanan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Terdapat pelayanan yang menggunakan teknologi informasi pada seluruh proses pemberian layanan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian besar proses pemberian layanan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian kecil proses pemberian layanan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Terdapat pelayanan yang belum menggunakan teknologi informasi pada proses pemberian pelayanan',
                          value: 0,
                        },
                      ],
                      excelRow: 119,
                      portalRbId: 85,
                    },
                    {
                      code: 'A.I.6.v.b',
                      text: 'Telah membangun database pelayanan yang terintegrasi',
                      criteria: 'Ya,jika tela membangun database pelayanan yang terintegrasi',
                      answerType: 'YA_TIDAK',
                      options: [
                        { key: 'Ya', label: 'Ya', value: 1 },
                        { key: 'Tidak', label: 'Tidak', value: 0 },
                      ],
                      excelRow: 120,
                      portalRbId: 86,
                    },
                    {
                      code: 'A.I.6.v.c',
                      text: 'Telah dilakukan perbaikan secara terus menerus',
                      criteria: 'a. Perbaikan dilakukan secara terus-menerus\nb. Perbaikan dilakukan tidak secara terus menerus\nc. Belum dilakukan perbaikan',
                      answerType: 'ABC',
                      options: [
                        { key: 'A', label: 'Perbaikan dilakukan secara terus-menerus', value: 1 },
                        {
                          key: 'B',
                          label: 'Perbaikan dilakukan tidak secara terus menerus',
                          value: 0.5,
                        },
                        { key: 'C', label: 'Belum dilakukan perbaikan', value: 0 },
                      ],
                      excelRow: 121,
                      portalRbId: 87,
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: 'A.II',
          name: 'Reform',
          weight: 30,
          role: 'REFORM',
          areas: [
            {
              code: 'A.II.1',
              name: 'Manajemen Perubahan',
              weight: 4,
              subAreas: [
                {
                  code: 'A.II.1.i',
                  name: 'Komitmen dalam perubahan',
                  weight: 2,
                  questions: [
                    {
                      code: 'A.II.1.i.a',
                      text: 'Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)',
                      criteria: 'Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)\nMisalkan dengan kebijakan 1 Agen 1 Perubahan Persentase diperoleh dari Jumlah Perubahan yang dibuat dibagi dengan Jumlah Agen Perubahan',
                      answerType: 'PERSEN',
                      inputs: ['A.II.1.i.a.1', 'A.II.1.i.a.2'],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.1.i.a.2'],
                        denominator: ['A.II.1.i.a.1'],
                      },
                    },
                    {
                      code: 'A.II.1.i.a.1',
                      text: 'Jumlah Agen Perubahan',
                      criteria: 'Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)\nMisalkan dengan kebijakan 1 Agen 1 Perubahan Persentase diperoleh dari Jumlah Perubahan yang dibuat dibagi dengan Jumlah Agen Perubahan',
                      answerType: 'JUMLAH',
                      excelRow: 126,
                      portalRbId: 88,
                    },
                    {
                      code: 'A.II.1.i.a.2',
                      text: 'Jumlah Perubahan yang dibuat',
                      criteria: 'Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)\nMisalkan dengan kebijakan 1 Agen 1 Perubahan Persentase diperoleh dari Jumlah Perubahan yang dibuat dibagi dengan Jumlah Agen Perubahan',
                      answerType: 'JUMLAH',
                      excelRow: 127,
                      portalRbId: 89,
                    },
                    {
                      code: 'A.II.1.i.b',
                      text: 'Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen',
                      criteria: 'Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen',
                      answerType: 'PERSEN',
                      inputs: ['A.II.1.i.b.1', 'A.II.1.i.b.2'],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.1.i.b.2'],
                        denominator: ['A.II.1.i.b.1'],
                      },
                    },
                    {
                      code: 'A.II.1.i.b.1',
                      text: 'Jumlah Perubahan yang dibuat',
                      criteria: 'Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen',
                      answerType: 'JUMLAH',
                      excelRow: 129,
                      portalRbId: 90,
                    },
                    {
                      code: 'A.II.1.i.b.2',
                      text: 'Jumlah Perubahan yang telah diintegrasikan dalam sistem manajemen',
                      criteria: 'Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen',
                      answerType: 'JUMLAH',
                      excelRow: 130,
                      portalRbId: 91,
                    },
                  ],
                },
                {
                  code: 'A.II.1.ii',
                  name: 'Komitmen Pimpinan',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.II.1.ii.a',
                      text: 'Pimpinan memiliki komitmen terhadap pelaksanaan reformasi birokrasi, dengan adanya target capaian reformasi yang jelas di dokumen perencanaan',
                      criteria: 'a. Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian besar (diatas 80%) sudah tercapai\nb. Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian (diatas 50%) sudah tercapai\nc. Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian kecil (dibawah 50%) sudah tercapai\nd. Target capaian zona integritassudah ada di dokumen perencanaan unit kerja, namun belum ada yang tercapai (masih dalam tahap pembangunan)\ne. Tidak ada target capaian zona integritasdi dokumen perencanaan unit kerja',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian besar (diatas 80%) sudah tercapai',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian (diatas 50%) sudah tercapai',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian kecil (dibawah 50%) sudah tercapai',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Target capaian zona integritassudah ada di dokumen perencanaan unit kerja, namun belum ada yang tercapai (masih dalam tahap pembangunan)',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Tidak ada target capaian zona integritasdi dokumen perencanaan unit kerja',
                          value: 0,
                        },
                      ],
                      excelRow: 132,
                      portalRbId: 92,
                    },
                  ],
                },
                {
                  code: 'A.II.1.iii',
                  name: 'Membangun Budaya Kerja',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.II.1.iii.a',
                      text: 'Instansi membangun budaya kerja positif dan menerapkan nilai-nilai organisasi dalam pelaksanaan tugas sehari-hari',
                      criteria: 'a. Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, dan penerapannya dituangkan dalam standar operasional pelaksanaan kegiatan/tugas\nb. Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, namun belum dituangkan dalam standar operasional pelaksanaan kegiatan/tugas\nc. Budaya kerja dan nilai-nilai organisasi telah disusun, namun belum dinternalisasi ke seluruh anggota organisasi\nd. Belum menyusun budaya kerja dan nilai-nilai organisasi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, dan penerapannya dituangkan dalam standar operasional pelaksanaan kegiatan/tugas',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, namun belum dituangkan dalam standar operasional pelaksanaan kegiatan/tugas',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Budaya kerja dan nilai-nilai organisasi telah disusun, namun belum dinternalisasi ke seluruh anggota organisasi',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Belum menyusun budaya kerja dan nilai-nilai organisasi',
                          value: 0,
                        },
                      ],
                      excelRow: 134,
                      portalRbId: 93,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.II.2',
              name: 'Penataan Tatalaksana',
              weight: 3.5,
              subAreas: [
                {
                  code: 'A.II.2.i',
                  name: 'Peta Proses Bisnis Mempengaruhi Penyederhanaan Jabatan',
                  weight: 0.5,
                  questions: [
                    {
                      code: 'A.II.2.i.a',
                      text: 'Telah disusun peta proses bisnis dengan adanya penyederhanaan jabatan',
                      criteria: 'a. Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan seluruh jabatan\nb. Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian besar (lebih dari 50%) jabatan\nc. Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian kecil (kurang dari 50%)  jabatan\nd. Peta proses bisnis telah disusun dan belum mempengaruhi penyederhanaan jabatan',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan seluruh jabatan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian besar (lebih dari 50%) jabatan',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian kecil (kurang dari 50%)  jabatan',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Peta proses bisnis telah disusun dan belum mempengaruhi penyederhanaan jabatan',
                          value: 0,
                        },
                      ],
                      excelRow: 137,
                      portalRbId: 94,
                    },
                  ],
                },
                {
                  code: 'A.II.2.ii',
                  name: 'Sistem Pemerintahan Berbasis Elektronik (SPBE) yang Terintegrasi',
                  weight: 1,
                  questions: [
                    {
                      code: 'A.II.2.ii.a',
                      text: 'Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien',
                      criteria: 'a. Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien\nb. Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien, namun belum terintegrasi (parsial)\nc. Implementasi SPBE belum mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien, namun belum terintegrasi (parsial)',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Implementasi SPBE belum mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien',
                          value: 0,
                        },
                      ],
                      excelRow: 139,
                      portalRbId: 95,
                    },
                    {
                      code: 'A.II.2.ii.b',
                      text: 'Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal organisasi yang lebih cepat dan efisien',
                      criteria: 'a. Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien\nb. Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien, namun belum terintegrasi (parsial)\nc. Implementasi SPBE belum mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien, namun belum terintegrasi (parsial)',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Implementasi SPBE belum mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien',
                          value: 0,
                        },
                      ],
                      excelRow: 140,
                      portalRbId: 96,
                    },
                  ],
                },
                {
                  code: 'A.II.2.iii',
                  name: 'Transformasi Digital Memberikan Nilai Manfaat',
                  weight: 2,
                  questions: [
                    {
                      code: 'A.II.2.iii.a',
                      text: 'Transformasi digital pada bidang proses bisnis utama telah mampu memberikan nilai manfaat bagi unit kerja secara optimal',
                      criteria: 'a. Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang proses bisnis utama bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan\nb. Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak\nc. Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak\nd. Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama\ne. Sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah direncanakan, didefinisikan, dan ditetapkan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang proses bisnis utama bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah direncanakan, didefinisikan, dan ditetapkan',
                          value: 0,
                        },
                      ],
                      excelRow: 142,
                      portalRbId: 97,
                    },
                    {
                      code: 'A.II.2.iii.b',
                      text: 'Transformasi digital pada bidang administrasi pemerintahan telah mampu memberikan nilai manfaat bagi unit kerja secara optimal',
                      criteria: 'a. Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan\nb. Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak\nc. Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak\nd. Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan\ne. Sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah direncanakan, didefinisikan, dan ditetapkan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah direncanakan, didefinisikan, dan ditetapkan',
                          value: 0,
                        },
                      ],
                      excelRow: 143,
                      portalRbId: 98,
                    },
                    {
                      code: 'A.II.2.iii.c',
                      text: 'Transformasi digital pada bidang pelayanan publik telah mampu memberikan nilai manfaat bagi unit kerja secara optimal',
                      criteria: 'a. Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang pelayanan publik bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan\nb. Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak\nc. Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak\nd. Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik\ne. Sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah direncanakan, didefinisikan, dan ditetapkan',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang pelayanan publik bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah direncanakan, didefinisikan, dan ditetapkan',
                          value: 0,
                        },
                      ],
                      excelRow: 144,
                      portalRbId: 99,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.II.3',
              name: 'Penataan Sistem Manajemen SDM Aparatur',
              weight: 5,
              subAreas: [
                {
                  code: 'A.II.3.i',
                  name: 'Kinerja Individu',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.II.3.i.a',
                      text: 'Ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya',
                      criteria: 'a. Seluruh ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya\nb. Sebagian ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya\nc. Tidak ada ukuran kinerja individu yang berorientasi hasil (outcome)',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Seluruh ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Sebagian ukuran kinerja individu telah berorientasi hasil (outcome) sesuai pada levelnya',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Tidak ada ukuran kinerja individu yang berorientasi hasil (outcome)',
                          value: 0,
                        },
                      ],
                      excelRow: 147,
                      portalRbId: 100,
                    },
                  ],
                },
                {
                  code: 'A.II.3.ii',
                  name: 'Assessment Pegawai',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.II.3.ii.a',
                      text: 'Hasil assement telah dijadikan pertimbangan untuk mutasi dan pengembangan karir pegawai',
                      criteria: 'a. Seluruh hasil assessment dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai\nb. Hasil assessment belum seluruhnya dijadikan mutasi internal dan pengembangan kompetensi pegawai\nc. Hasil assessment belum dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai',
                      answerType: 'ABC',
                      options: [
                        {
                          key: 'A',
                          label: 'Seluruh hasil assessment dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Hasil assessment belum seluruhnya dijadikan mutasi internal dan pengembangan kompetensi pegawai',
                          value: 0.5,
                        },
                        {
                          key: 'C',
                          label: 'Hasil assessment belum dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai',
                          value: 0,
                        },
                      ],
                      excelRow: 149,
                      portalRbId: 101,
                    },
                  ],
                },
                {
                  code: 'A.II.3.iii',
                  name: 'Pelanggaran Disiplin Pegawai',
                  weight: 2,
                  questions: [
                    {
                      code: 'A.II.3.iii.a',
                      text: 'Penurunan pelanggaran disiplin pegawai',
                      criteria: 'Penurunan pelanggaran disiplin pegawai\nPersentase pernurunan pelanggaran disiplin pegawai diperoleh dari Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya',
                      answerType: 'PERSEN',
                      inputs: ['A.II.3.iii.a.1', 'A.II.3.iii.a.2', 'A.II.3.iii.a.3'],
                      formula: { kind: 'disiplin', lastYear: 'A.II.3.iii.a.1', thisYear: 'A.II.3.iii.a.2' },
                      note: 'Jumlah pelanggaran yang telah diberi sanksi dicatat tetapi tidak dipakai dalam rumus (rumus Excel LKE kolom K).',
                    },
                    {
                      code: 'A.II.3.iii.a.1',
                      text: 'Jumlah pelanggaran tahun sebelumnya',
                      criteria: 'Penurunan pelanggaran disiplin pegawai\nPersentase pernurunan pelanggaran disiplin pegawai diperoleh dari Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya',
                      answerType: 'JUMLAH',
                      excelRow: 152,
                      portalRbId: 102,
                    },
                    {
                      code: 'A.II.3.iii.a.2',
                      text: 'Jumlah pelanggaran tahun ini',
                      criteria: 'Penurunan pelanggaran disiplin pegawai\nPersentase pernurunan pelanggaran disiplin pegawai diperoleh dari Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya',
                      answerType: 'JUMLAH',
                      excelRow: 153,
                      portalRbId: 103,
                    },
                    {
                      code: 'A.II.3.iii.a.3',
                      text: 'Jumlah pelanggaran yang telah diberikan sanksi/hukuman',
                      criteria: 'Penurunan pelanggaran disiplin pegawai\nPersentase pernurunan pelanggaran disiplin pegawai diperoleh dari Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya',
                      answerType: 'JUMLAH',
                      excelRow: 154,
                      portalRbId: 104,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.II.4',
              name: 'Penguatan Akuntabilitas',
              weight: 5,
              subAreas: [
                {
                  code: 'A.II.4.i',
                  name: 'Meningkatnya capaian kinerja unit kerja',
                  weight: 2,
                  questions: [
                    {
                      code: 'A.II.4.i.a',
                      text: 'Persentase Sasaran dengan capaian 100% atau lebih',
                      criteria: 'Persentase Sasaran dengan capaian 100% atau lebih\nPersentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja',
                      answerType: 'PERSEN',
                      inputs: ['A.II.4.i.a.1', 'A.II.4.i.a.2'],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.4.i.a.2'],
                        denominator: ['A.II.4.i.a.1'],
                      },
                    },
                    {
                      code: 'A.II.4.i.a.1',
                      text: 'Jumlah Sasaran Kinerja',
                      criteria: 'Persentase Sasaran dengan capaian 100% atau lebih\nPersentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja',
                      answerType: 'JUMLAH',
                      excelRow: 158,
                      portalRbId: 105,
                    },
                    {
                      code: 'A.II.4.i.a.2',
                      text: 'Jumlah Sasaran Kinerja yang tercapai 100% atau lebih',
                      criteria: 'Persentase Sasaran dengan capaian 100% atau lebih\nPersentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja',
                      answerType: 'JUMLAH',
                      excelRow: 159,
                      portalRbId: 106,
                    },
                  ],
                },
                {
                  code: 'A.II.4.ii',
                  name: 'Pemberian Reward and Punishment',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.II.4.ii.a',
                      text: 'Hasil Capaian/Monitoring Perjanjian Kinerja telah dijadikan dasar sebagai pemberian reward and punishment bagi organisasi',
                      criteria: 'a. Seluruh capaian kinerja (Perjanjian Kinerja) merupakan unsur dalam pemberian reward and punishment\nb. Sebagian besar Capaian Kinerja (lebih dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment\nc. Sebagian kecil Capaian Kinerja (kurang dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment\nd. Capaian Kinerja (Perjanjian kinerja) belum menjadi unsur dalam pemberian reward and punishment',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Seluruh capaian kinerja (Perjanjian Kinerja) merupakan unsur dalam pemberian reward and punishment',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Sebagian besar Capaian Kinerja (lebih dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Sebagian kecil Capaian Kinerja (kurang dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Capaian Kinerja (Perjanjian kinerja) belum menjadi unsur dalam pemberian reward and punishment',
                          value: 0,
                        },
                      ],
                      excelRow: 161,
                      portalRbId: 107,
                    },
                  ],
                },
                {
                  code: 'A.II.4.iii',
                  name: 'Kerangka Logis Kinerja',
                  weight: 1.5,
                  questions: [
                    {
                      code: 'A.II.4.iii.a',
                      text: 'Apakah terdapat penjenjangan kinerja ((Kerangka Logis Kinerja) yang mengacu pada kinerja utama  organisasi dan dijadikan dalam penentuan kinerja seluruh pegawai?',
                      criteria: 'a. terdapat Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi  dan digunakan dalam penjabaran kinerja seluruh pegawai\nb. terdapat  Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi namun belum digunakan dalam penjabaran kinerja seluruh pegawai\nc. Kerangka Logis kinerja ada namun belum mengacu pada kinerja utama organisasi dan belum digunakan dalam penjabaran kinerja seluruh pegawai\nd. Kerangka Logis kinerja belum ada',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'terdapat Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi  dan digunakan dalam penjabaran kinerja seluruh pegawai',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'terdapat  Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi namun belum digunakan dalam penjabaran kinerja seluruh pegawai',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Kerangka Logis kinerja ada namun belum mengacu pada kinerja utama organisasi dan belum digunakan dalam penjabaran kinerja seluruh pegawai',
                          value: 0.33,
                        },
                        { key: 'D', label: 'Kerangka Logis kinerja belum ada', value: 0 },
                      ],
                      excelRow: 163,
                      portalRbId: 108,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.II.5',
              name: 'Penguatan Pengawasan',
              weight: 7.5,
              subAreas: [
                {
                  code: 'A.II.5.i',
                  name: 'Mekanisme Pengendalian',
                  weight: 2.5,
                  questions: [
                    {
                      code: 'A.II.5.i.a',
                      text: 'Telah dilakukan mekanisme pengendalian aktivitas secara berjenjang',
                      criteria: 'a. Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja dan telah menghasilkan peningkatan kinerja, mekanise kerja baru yang lebih efektif, efisien, dan terkendali\nb. Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja namun belum berdampak pada peningkatan kinerja unit kerja\nc.Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas\nd. Terdapat pengendalian aktivitas utama organisasi tetapi tidak tersistem\ne. Tidak terdapat pengendalian atas aktivitas utama organisasi',
                      answerType: 'ABCDE',
                      options: [
                        {
                          key: 'A',
                          label: 'Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja dan telah menghasilkan peningkatan kinerja, mekanise kerja baru yang lebih efektif, efisien, dan terkendali',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja namun belum berdampak pada peningkatan kinerja unit kerja',
                          value: 0.75,
                        },
                        {
                          key: 'C',
                          label: 'Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas',
                          value: 0.5,
                        },
                        {
                          key: 'D',
                          label: 'Terdapat pengendalian aktivitas utama organisasi tetapi tidak tersistem',
                          value: 0.25,
                        },
                        {
                          key: 'E',
                          label: 'Tidak terdapat pengendalian atas aktivitas utama organisasi',
                          value: 0,
                        },
                      ],
                      excelRow: 166,
                      portalRbId: 109,
                    },
                  ],
                },
                {
                  code: 'A.II.5.ii',
                  name: 'Penanganan Pengaduan Masyarakat',
                  weight: 3,
                  questions: [
                    {
                      code: 'A.II.5.ii.a',
                      text: 'Persentase penanganan pengaduan masyarakat',
                      criteria: 'Persentase penanganan pengaduan masyarakat\nPenilaian ini menghitung realisasi penanganan pengaduan masyarakat yang harus diselesaikan',
                      answerType: 'PERSEN',
                      inputs: ['A.II.5.ii.a.1', 'A.II.5.ii.a.2', 'A.II.5.ii.a.3'],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.5.ii.a.3'],
                        denominator: ['A.II.5.ii.a.1'],
                      },
                      note: 'Jumlah pengaduan yang sedang diproses dicatat tetapi tidak dipakai dalam rumus (rumus Excel LKE kolom K).',
                    },
                    {
                      code: 'A.II.5.ii.a.1',
                      text: 'Jumlah pengaduan masyarakat yang harus ditindaklanjuti',
                      criteria: 'Persentase penanganan pengaduan masyarakat\nPenilaian ini menghitung realisasi penanganan pengaduan masyarakat yang harus diselesaikan',
                      answerType: 'JUMLAH',
                      excelRow: 169,
                      portalRbId: 110,
                    },
                    {
                      code: 'A.II.5.ii.a.2',
                      text: 'Jumlah pengaduan masyarakat yang sedang diproses',
                      criteria: 'Persentase penanganan pengaduan masyarakat\nPenilaian ini menghitung realisasi penanganan pengaduan masyarakat yang harus diselesaikan',
                      answerType: 'JUMLAH',
                      excelRow: 170,
                      portalRbId: 111,
                    },
                    {
                      code: 'A.II.5.ii.a.3',
                      text: 'Jumlah pengaduan masyarakat yang selesai ditindaklanjuti',
                      criteria: 'Persentase penanganan pengaduan masyarakat\nPenilaian ini menghitung realisasi penanganan pengaduan masyarakat yang harus diselesaikan',
                      answerType: 'JUMLAH',
                      excelRow: 171,
                      portalRbId: 112,
                    },
                  ],
                },
                {
                  code: 'A.II.5.iii.a',
                  name: 'Penyampaian Laporan Harta Kekayaan Pejabat Negara (LHKPN)',
                  weight: 1,
                  group: { code: 'A.II.5.iii', name: 'Penyampaian Laporan Harta Kekayaan' },
                  note: 'Dua sub-area berbobot 1 masing-masing (LHKPN dan non-LHKPN/LHKASN), dijumlahkan menjadi butir iii berbobot 2; salinan Excel resmi yang beredar memuat rumus yang tidak konsisten di sini.',
                  questions: [
                    {
                      code: 'A.II.5.iii.a.a',
                      text: 'Persentase penyampaian LHKPN',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'PERSEN',
                      inputs: [
                        'A.II.5.iii.a.a.1',
                        'A.II.5.iii.a.a.2',
                        'A.II.5.iii.a.a.3',
                        'A.II.5.iii.a.a.4',
                      ],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.5.iii.a.a.4'],
                        denominator: ['A.II.5.iii.a.a.1', 'A.II.5.iii.a.a.2', 'A.II.5.iii.a.a.3'],
                      },
                      note: 'Pembilang adalah isian ke-4 (sudah melaporkan), penyebut jumlah tiga isian wajib lapor, sesuai rumus Excel LKE kolom K.',
                    },
                    {
                      code: 'A.II.5.iii.a.a.1',
                      text: 'Jumlah Kepala satuan kerja yang harus melaporkan',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 176,
                      portalRbId: 113,
                    },
                    {
                      code: 'A.II.5.iii.a.a.2',
                      text: 'Jumlah Pejabat yang diwajibkan menyampaikan LHKPN',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 177,
                      portalRbId: 114,
                    },
                    {
                      code: 'A.II.5.iii.a.a.3',
                      text: 'Jumlah Lainnya',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 178,
                      portalRbId: 115,
                    },
                    {
                      code: 'A.II.5.iii.a.a.4',
                      text: 'Jumlah Lainnya yang sudah melaporkan',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 179,
                      portalRbId: 116,
                    },
                  ],
                },
                {
                  code: 'A.II.5.iii.b',
                  name: 'Penyampaian Laporan Harta Kekayaan Non LHKPN (Tidak Wajib LHKPN)',
                  weight: 1,
                  group: { code: 'A.II.5.iii', name: 'Penyampaian Laporan Harta Kekayaan' },
                  note: 'Dua sub-area berbobot 1 masing-masing (LHKPN dan non-LHKPN/LHKASN), dijumlahkan menjadi butir iii berbobot 2; salinan Excel resmi yang beredar memuat rumus yang tidak konsisten di sini.',
                  questions: [
                    {
                      code: 'A.II.5.iii.b.a',
                      text: 'Persentase penyampaian laporan harta kekayaan non-LHKPN (LHKASN)',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'PERSEN',
                      inputs: [
                        'A.II.5.iii.b.a.1',
                        'A.II.5.iii.b.a.2',
                        'A.II.5.iii.b.a.3',
                        'A.II.5.iii.b.a.4',
                      ],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.5.iii.b.a.4'],
                        denominator: ['A.II.5.iii.b.a.1', 'A.II.5.iii.b.a.2', 'A.II.5.iii.b.a.3'],
                      },
                    },
                    {
                      code: 'A.II.5.iii.b.a.1',
                      text: 'Jumlah Pejabat administrator (eselon III) yang harus menyampaikan Non LHKPN',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 183,
                      portalRbId: 117,
                    },
                    {
                      code: 'A.II.5.iii.b.a.2',
                      text: 'Jumlah Pejabat Penawas (eselon IV) yang harus menyampaikan Non LHKPN',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 184,
                      portalRbId: 118,
                    },
                    {
                      code: 'A.II.5.iii.b.a.3',
                      text: 'Jumlah Fungsional dan Pelaksana yang harus menyampaikan Non LHKPN',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 185,
                      portalRbId: 119,
                    },
                    {
                      code: 'A.II.5.iii.b.a.4',
                      text: 'Jumlah Total yang sudah melaporkan Non LHKPN',
                      criteria: 'Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:\n1. Undang-Undang No. 28 Tahun 1999\n2. Undang-Undang No. 30 Tahun 2002\n3. Undang-Undang No. 10 Tahun 2015\n4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016\n5. Instruksi Presiden No. 5 Tahun 2004\n6. SE Menteri PANRB No. SE/03/M.PAN/01/2005\n7. SE Menteri PANRB No. 2 Tahun 2023',
                      answerType: 'JUMLAH',
                      excelRow: 186,
                      portalRbId: 120,
                    },
                  ],
                },
              ],
            },
            {
              code: 'A.II.6',
              name: 'Peningkatan Kualitas Pelayanan Publik',
              weight: 5,
              subAreas: [
                {
                  code: 'A.II.6.i',
                  name: 'Upaya dan/atau Inovasi Pelayanan Publik',
                  weight: 2.5,
                  questions: [
                    {
                      code: 'A.II.6.i.a',
                      text: 'Upaya dan/atau inovasi telah mendorong perbaikan pelayanan publik pada:\n1. Kesesuaian Persyaratan\n2. Kemudahan Sistem, Mekanisme, dan Prosedur\n3. Kecepatan Waktu Penyelesaian\n4. Kejelasan Biaya/Tarif, Gratis\n5. Kualitas Produk Spesifikasi Jenis Pelayanan\n6. Kompetensi Pelaksana/Web\n7. Perilaku Pelaksana/Web\n8. Kualitas Sarana dan prasarana\n9. Penanganan Pengaduan, Saran dan Masukan',
                      criteria: 'a. Upaya dan/atau inovasi yang dilakukan telah mendorong perbaikan seluruh pelayanan publik yang prima (lebih Cepat dan mudah)\nb. Upaya dan/atau inovasi yang dilakukan belum seluruhnya memberikan dampak pada perbaikan pelayanan public yang prima (Cepat dan mudah)\nc. Upaya dan/atau inovasi yang dilakukan belum sesuai kebutuhan\nd. Belum ada inovasi',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Upaya dan/atau inovasi yang dilakukan telah mendorong perbaikan seluruh pelayanan publik yang prima (lebih Cepat dan mudah)',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Upaya dan/atau inovasi yang dilakukan belum seluruhnya memberikan dampak pada perbaikan pelayanan public yang prima (Cepat dan mudah)',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Upaya dan/atau inovasi yang dilakukan belum sesuai kebutuhan',
                          value: 0.33,
                        },
                        { key: 'D', label: 'Belum ada inovasi', value: 0 },
                      ],
                      excelRow: 189,
                      portalRbId: 121,
                    },
                    {
                      code: 'A.II.6.i.b',
                      text: 'Upaya dan/atau inovasi pada perijinan/pelayanan telah dipermudah (persentase)',
                      criteria: 'Upaya dan/atau inovasi pada perijinan/pelayanan telah dipermudah:\n1. Waktu lebih cepat\n2. Pelayanan Publik yang terpadu\n3. Alur lebih pendek/singkat\n4 Terintegrasi dengan aplikasi\nPersentase diperoleh dari Jumlah perijinan/pelayanan yang telah dipermudah dibagi dengan Jumlah perijinan/pelayanan yang terdata/terdaftar',
                      answerType: 'PERSEN',
                      inputs: ['A.II.6.i.b.1', 'A.II.6.i.b.2'],
                      formula: {
                        kind: 'ratio',
                        numerator: ['A.II.6.i.b.2'],
                        denominator: ['A.II.6.i.b.1'],
                      },
                    },
                    {
                      code: 'A.II.6.i.b.1',
                      text: 'Jumlah perijinan/pelayanan yang terdata/terdaftar',
                      criteria: 'Upaya dan/atau inovasi pada perijinan/pelayanan telah dipermudah:\n1. Waktu lebih cepat\n2. Pelayanan Publik yang terpadu\n3. Alur lebih pendek/singkat\n4 Terintegrasi dengan aplikasi\nPersentase diperoleh dari Jumlah perijinan/pelayanan yang telah dipermudah dibagi dengan Jumlah perijinan/pelayanan yang terdata/terdaftar',
                      answerType: 'JUMLAH',
                      excelRow: 191,
                      portalRbId: 122,
                    },
                    {
                      code: 'A.II.6.i.b.2',
                      text: 'Jumlah perijinan/pelayanan yang telah dipermudah',
                      criteria: 'Upaya dan/atau inovasi pada perijinan/pelayanan telah dipermudah:\n1. Waktu lebih cepat\n2. Pelayanan Publik yang terpadu\n3. Alur lebih pendek/singkat\n4 Terintegrasi dengan aplikasi\nPersentase diperoleh dari Jumlah perijinan/pelayanan yang telah dipermudah dibagi dengan Jumlah perijinan/pelayanan yang terdata/terdaftar',
                      answerType: 'JUMLAH',
                      excelRow: 192,
                      portalRbId: 123,
                    },
                  ],
                },
                {
                  code: 'A.II.6.ii',
                  name: 'Penanganan Pengaduan Pelayanan dan Konsultasi',
                  weight: 2.5,
                  questions: [
                    {
                      code: 'A.II.6.ii.a',
                      text: 'Penanganan pengaduan pelayanan dilakukan melalui berbagai kanal/media secara responsive dan bertanggung jawab',
                      criteria: 'a. Pengaduan pelayanan  dan konsultasi telah direspon dengan cepat melalui berbagai kanal/media\nb. Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui kanal/media yang terbatas\nc. Pengaduan pelayanan dan konsultasi direspon lambat melalui berbagai kanal/media\nd. Pengaduan pelayanan dan konsultasi direspon lambat dan kanal/media terbatas',
                      answerType: 'ABCD',
                      options: [
                        {
                          key: 'A',
                          label: 'Pengaduan pelayanan  dan konsultasi telah direspon dengan cepat melalui berbagai kanal/media',
                          value: 1,
                        },
                        {
                          key: 'B',
                          label: 'Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui kanal/media yang terbatas',
                          value: 0.67,
                        },
                        {
                          key: 'C',
                          label: 'Pengaduan pelayanan dan konsultasi direspon lambat melalui berbagai kanal/media',
                          value: 0.33,
                        },
                        {
                          key: 'D',
                          label: 'Pengaduan pelayanan dan konsultasi direspon lambat dan kanal/media terbatas',
                          value: 0,
                        },
                      ],
                      excelRow: 194,
                      portalRbId: 124,
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      kind: 'HASIL',
      code: 'B',
      name: 'Hasil',
      weight: 40,
      subComponents: [
        {
          code: 'B.I',
          name: 'Birokrasi yang Bersih dan Akuntabel',
          weight: 22.5,
          role: 'BIROKRASI_BERSIH',
          indicators: [
            {
              code: 'B.I.a',
              text: 'Nilai Survey Persepsi Korupsi (Survei Eksternal)',
              criteria: 'Diisi dengan nilai hasil Survei Eksternal atas Persepsi Anti Korupsi (Indeks Persepsi Anti Korupsi / IPAK)',
              answerType: 'INDEKS',
              indexMax: 4,
              role: 'IPAK',
              shortName: 'IPAK',
              weight: 17.5,
              excelRow: 199,
              portalRbId: 125,
            },
            {
              code: 'B.I.b',
              text: 'Capaian Kinerja Lebih Baik dari pada Capaian Kinerja Sebelumnya',
              criteria: 'a. Target kinerja utama tercapai lebih dari 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya serta lebih baik dari capaian kinerja nasional/rata-rata capaian kinerja unit yang sejenis;\nb.Target kinerja utama tercapai 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya;\nc.Target kinerja utama tercapai 100% atau lebih, namun tidak lebih baik dari capaian kinerja utama tahun sebelumnya;\nd. Kinerja utama sudah orientasi hasil akan tetapi masih terdapat target kinerja utama yang tidak tercapai;\ne. Kinerja utama tidak berorientasi hasil',
              answerType: 'ABCDE',
              options: [
                {
                  key: 'A',
                  label: 'Target kinerja utama tercapai lebih dari 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya serta lebih baik dari capaian kinerja nasional/rata-rata capaian kinerja unit yang sejenis;',
                  value: 1,
                },
                {
                  key: 'B',
                  label: 'Target kinerja utama tercapai 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya;',
                  value: 0.75,
                },
                {
                  key: 'C',
                  label: 'Target kinerja utama tercapai 100% atau lebih, namun tidak lebih baik dari capaian kinerja utama tahun sebelumnya;',
                  value: 0.5,
                },
                {
                  key: 'D',
                  label: 'Kinerja utama sudah orientasi hasil akan tetapi masih terdapat target kinerja utama yang tidak tercapai;',
                  value: 0.25,
                },
                { key: 'E', label: 'Kinerja utama tidak berorientasi hasil', value: 0 },
              ],
              role: 'CAPAIAN_KINERJA',
              shortName: 'Capaian Kinerja',
              weight: 5,
              excelRow: 200,
              portalRbId: 126,
            },
          ],
        },
        {
          code: 'B.II',
          name: 'Pelayanan Publik yang Prima',
          weight: 17.5,
          role: 'PELAYANAN_PRIMA',
          indicators: [
            {
              code: 'B.II.a',
              text: 'Nilai Persepsi Kualitas Pelayanan (Survei Eksternal)',
              criteria: 'Diisi dengan Nilai Hasil Survei Eksternal Kualitas Pelayanan (Indeks Persepsi Kualitas Pelayanan Publik / IPKP)',
              answerType: 'INDEKS',
              indexMax: 4,
              role: 'IPKP',
              shortName: 'IPKP',
              weight: 17.5,
              excelRow: 202,
              portalRbId: 127,
            },
          ],
        },
      ],
    },
  ],
};
