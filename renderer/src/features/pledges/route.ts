import { useSyncExternalStore } from 'react';

/**
 * Sub-routes of "Pakta Integritas" under the shell's `#/pakta`: `#/pakta` (make one pledge),
 * `#/pakta/daftar` (registry per unit and year), `#/pakta/massal` (batch print),
 * `#/pakta/templat` (template versions).
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

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current tab, re-rendering on hash changes. */
export function usePledgeTab(): PledgeTab {
  return parsePledgeTab(useSyncExternalStore(subscribe, () => window.location.hash));
}
