import { useSyncExternalStore } from 'react';

/**
 * Sub-routes of "Lembar Kerja (LKE)" under the shell's `#/lembar-kerja`:
 * `#/lembar-kerja` (list, optionally `?tahun=2022`), `#/lembar-kerja/<id>` (answers),
 * `#/lembar-kerja/<id>/menuju` (planner), `#/lembar-kerja/<id>/prasyarat` (prerequisites),
 * `#/lembar-kerja/<id>/laporan` (report metadata and LHE), `#/lembar-kerja/<id>/status` (workflow record).
 */
export const WORKSHEET_TABS = ['isian', 'menuju', 'prasyarat', 'laporan', 'status'] as const;
export type WorksheetTab = (typeof WORKSHEET_TABS)[number];

export type WorksheetRoute = { view: 'list'; year: number | undefined } | { view: 'worksheet'; id: string; tab: WorksheetTab; focus: string | undefined };

export const BASE_HASH = '#/lembar-kerja';

export function parseWorksheetHash(hash: string): WorksheetRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const id = parts[1];
  if (parts[0] !== 'lembar-kerja' || id === undefined) {
    const year = Number(new URLSearchParams(query).get('tahun'));
    return { view: 'list', year: Number.isInteger(year) && year > 0 ? year : undefined };
  }
  const tab = WORKSHEET_TABS.find((entry) => entry === parts[2]) ?? 'isian';
  const focus = new URLSearchParams(query).get('butir') ?? undefined;
  return { view: 'worksheet', id: decodeURIComponent(id), tab, focus };
}

export function worksheetHref(id: string, tab: WorksheetTab = 'isian', focus?: string): string {
  const path = `${BASE_HASH}/${encodeURIComponent(id)}${tab === 'isian' ? '' : `/${tab}`}`;
  return focus === undefined ? path : `${path}?butir=${encodeURIComponent(focus)}`;
}

export function listHref(year?: number): string {
  return year === undefined ? BASE_HASH : `${BASE_HASH}?tahun=${year}`;
}

/** Every year, even when an active evaluation year is chosen (`?tahun=semua`). */
export const LIST_ALL_HREF = `${BASE_HASH}?tahun=semua`;

/** Whether the list was asked for every year explicitly. */
export function listsAllYears(hash: string): boolean {
  return new URLSearchParams(hash.split('?')[1] ?? '').get('tahun') === 'semua';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

/** The worksheet sub-route, re-rendering on hash changes. */
export function useWorksheetRoute(): WorksheetRoute {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseWorksheetHash(hash);
}
