import type { Template } from '../types';
import { lkeZi90Tahun2021Perubahan5Tahun2024 } from './lke-zi-90-2021-5-2024';

/**
 * LKE Zona Integritas menuju WBK/WBBM — PermenPANRB 90/2021 Lampiran III before its amendment
 * by PermenPANRB 5/2024, for the rounds up to 2023. PermenPANRB 5/2024 amended the proposal
 * prerequisites (Lampiran II Bab II), not the worksheet of Lampiran III, so the items, weights and
 * formulas are the same tree as the amended template; what differs is the regulation cited and the
 * years served (and, by year, the prerequisite table: see prerequisiteRules.ts).
 */
export const lkeZi90Tahun2021: Template = {
  id: 'lke-zi-90-2021',
  version: '2021.1',
  regulation:
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah',
  regulations: ['permenpanrb-90-2021'],
  years: { from: null, to: 2023 },
  title: lkeZi90Tahun2021Perubahan5Tahun2024.title,
  components: lkeZi90Tahun2021Perubahan5Tahun2024.components,
};
