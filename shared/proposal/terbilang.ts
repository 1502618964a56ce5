/**
 * Whole numbers in Indonesian words for letters ("2 (dua) unit kerja"). Written by hand: the only
 * numbers letters spell out are small counts, and no maintained package covers Indonesian.
 */

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'] as const;

/** 0–999,999 in words: 12 → "dua belas", 105 → "seratus lima", 1000 → "seribu". */
export function terbilang(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 1_000_000) return String(value);
  const words = (n: number): string => {
    if (n < 12) return SATUAN[n] ?? String(n);
    if (n < 20) return `${words(n - 10)} belas`;
    if (n < 100) return join(`${words(Math.floor(n / 10))} puluh`, n % 10);
    if (n < 200) return join('seratus', n - 100);
    if (n < 1000) return join(`${words(Math.floor(n / 100))} ratus`, n % 100);
    if (n < 2000) return join('seribu', n - 1000);
    return join(`${words(Math.floor(n / 1000))} ribu`, n % 1000);
  };
  const join = (head: string, rest: number): string => (rest === 0 ? head : `${head} ${words(rest)}`);
  return words(value);
}

/** "2 (dua)". */
export function angkaTerbilang(value: number): string {
  return `${value} (${terbilang(value)})`;
}
