/**
 * Pangkat/golongan lists (DOMAIN.md §5). PNS: PP 99/2000 ruang I/a–IV/e. PPPK: golongan I–XVII
 * (Perpres 98/2020).
 */

export const PANGKAT_PNS = [
  { golongan: 'I/a', pangkat: 'Juru Muda' },
  { golongan: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { golongan: 'I/c', pangkat: 'Juru' },
  { golongan: 'I/d', pangkat: 'Juru Tingkat I' },
  { golongan: 'II/a', pangkat: 'Pengatur Muda' },
  { golongan: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { golongan: 'II/c', pangkat: 'Pengatur' },
  { golongan: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { golongan: 'III/a', pangkat: 'Penata Muda' },
  { golongan: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { golongan: 'III/c', pangkat: 'Penata' },
  { golongan: 'III/d', pangkat: 'Penata Tingkat I' },
  { golongan: 'IV/a', pangkat: 'Pembina' },
  { golongan: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { golongan: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { golongan: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { golongan: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

export const GOLONGAN_PPPK = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

export type GolonganPns = (typeof PANGKAT_PNS)[number]['golongan'];
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];

const PNS_BY_GOLONGAN = new Map<string, string>(PANGKAT_PNS.map((p) => [p.golongan.toUpperCase(), p.pangkat]));

/** "III/a" → "Penata Muda"; undefined for anything not on the list. */
export function pangkatOf(golongan: string): string | undefined {
  return PNS_BY_GOLONGAN.get(golongan.trim().toUpperCase());
}

/** "Penata Muda, III/a" for a PNS; "Golongan IX" for a PPPK; "" for non-ASN. */
export function formatPangkatGolongan(jenis: 'PNS' | 'PPPK' | 'NON_ASN', golongan: string | undefined): string {
  if (!golongan) return '';
  if (jenis === 'PNS') {
    const pangkat = pangkatOf(golongan);
    return pangkat ? `${pangkat}, ${canonicalGolonganPns(golongan) ?? golongan}` : golongan;
  }
  if (jenis === 'PPPK') return `Golongan ${golongan}`;
  return '';
}

/** Normalises typed golongan ("iii/A", "III-a") to the list's spelling. */
export function canonicalGolonganPns(input: string): GolonganPns | undefined {
  const key = input.trim().toUpperCase().replace(/\s+/g, '').replace('-', '/');
  return PANGKAT_PNS.find((p) => p.golongan.toUpperCase() === key)?.golongan;
}

/** Normalises a PPPK golongan ("ix" → "IX"); undefined when it is not I–XVII. */
export function canonicalGolonganPppk(input: string): GolonganPppk | undefined {
  const key = input.trim().toUpperCase().replace(/^GOLONGAN\s*/, '');
  return GOLONGAN_PPPK.find((g) => g === key);
}
