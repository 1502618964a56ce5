import { useSyncExternalStore } from 'react';

/**
 * Sub-routes of "Pakta Integritas" under the shell's `#/pakta`: `#/pakta` (make one pledge),
 * `#/pakta/daftar` (registry per unit and year), `#/pakta/massal` (batch print),
 * `#/pakta/templat` (template versions). `#/pakta?orang=<id>&tahun=<year>` opens "Buat pakta" with
 * the person and year chosen (the registry's "Buat pakta <nama>").
 */
export const PLEDGE_TABS = ['buat', 'daftar', 'massal', 'templat'] as const;
export type PledgeTab = (typeof PLEDGE_TABS)[number];

export const PLEDGE_TAB_LABEL: Record<PledgeTab, string> = {
  buat: 'Buat pakta',
  daftar: 'Daftar & cakupan',
  massal: 'Cetak massal',
  templat: 'Templat',
};

export function parsePledgeTab(hash: string): PledgeTab {
  const parts = hash.replace(/^#\/?/, '').split(/[/?]/).filter(Boolean);
  return PLEDGE_TABS.find((tab) => tab !== 'buat' && tab === parts[1]) ?? 'buat';
}

export function pledgeTabHref(tab: PledgeTab): string {
  return tab === 'buat' ? '#/pakta' : `#/pakta/${tab}`;
}

/** What "Buat pakta" opens with: the person and year of `#/pakta?orang=<id>&tahun=<year>`. */
export interface PledgePrefill {
  personId: string | null;
  year: number | null;
}

export function parsePledgePrefill(hash: string): PledgePrefill {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const personId = params.get('orang');
  const year = Number(params.get('tahun'));
  return {
    personId: personId && personId.trim() !== '' ? personId : null,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

/** The address of "Buat pakta" with the person and year chosen. */
export function createPledgeHref(personId: string, year: number): string {
  return `#/pakta?${new URLSearchParams({ orang: personId, tahun: String(year) }).toString()}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** The current tab, re-rendering on hash changes. */
export function usePledgeTab(): PledgeTab {
  return parsePledgeTab(useHash());
}

/** The prefill of the current address, as a key that changes when it does (to reopen the form). */
export function usePledgePrefillKey(): string {
  const { personId, year } = parsePledgePrefill(useHash());
  return `${personId ?? ''}:${year ?? ''}`;
}
