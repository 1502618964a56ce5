import { useSyncExternalStore } from 'react';
import { MAX_YEAR, MIN_YEAR } from '../../../../shared/worksheets';

/**
 * The year of "Laporan & Dasbor" under the shell's `#/laporan`: `#/laporan?tahun=2022`. Without a
 * (valid) year the page picks the newest year that has worksheets.
 */
export const BASE_HASH = '#/laporan';

/** `#/laporan?tahun=2022` → 2022; anything else (no year, out of range, not a number) → undefined. */
export function parseDashboardYear(hash: string): number | undefined {
  const query = hash.split('?')[1] ?? '';
  const text = new URLSearchParams(query).get('tahun');
  if (text === null || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** The hash of the dashboard, optionally on one year. */
export function dashboardHref(year?: number): string {
  return year === undefined ? BASE_HASH : `${BASE_HASH}?tahun=${year}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

/** The year asked for in the address, re-rendering on hash changes. */
export function useDashboardYear(): number | undefined {
  return parseDashboardYear(useSyncExternalStore(subscribe, currentHash));
}
