import { useSyncExternalStore } from 'react';

/**
 * Hash routing (`#/pegawai/impor`): deep links survive a reload and work the same in Electron's
 * app:// origin and in the web host, without a router dependency.
 */
export type Route =
  | { page: 'beranda' }
  | { page: 'pengaturan' }
  | { page: 'unit-kerja' }
  | { page: 'pegawai'; tab: 'daftar' | 'impor' }
  | { page: 'lembar-kerja' }
  | { page: 'pakta' }
  | { page: 'pencanangan' }
  | { page: 'verifikasi' }
  | { page: 'laporan' }
  | { page: 'usulan' }
  | { page: 'cadangan' }
  | { page: 'rekan' }
  | { page: 'riwayat' };

export type PageName = Route['page'];

/** `#/pegawai/impor` → `{ page: 'pegawai', tab: 'impor' }`; anything unknown is Beranda. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split(/[/?]/).filter(Boolean);
  switch (parts[0]) {
    case 'pengaturan':
      return { page: 'pengaturan' };
    case 'unit-kerja':
      return { page: 'unit-kerja' };
    case 'lembar-kerja':
      // Sub-routes (one worksheet, its tabs) are read by features/worksheets/route.ts.
      return { page: 'lembar-kerja' };
    case 'pegawai':
      return { page: 'pegawai', tab: parts[1] === 'impor' ? 'impor' : 'daftar' };
    case 'pakta':
      // Tabs (`#/pakta/daftar` …) are read by features/pledges/route.ts.
      return { page: 'pakta' };
    case 'pencanangan':
      return { page: 'pencanangan' };
    case 'verifikasi':
      return { page: 'verifikasi' };
    case 'cadangan':
      return { page: 'cadangan' };
    case 'rekan':
      return { page: 'rekan' };
    case 'riwayat':
      return { page: 'riwayat' };
    case 'laporan':
      // The year (`#/laporan?tahun=2022`) is read by features/dashboard/route.ts.
      return { page: 'laporan' };
    case 'usulan':
      // The year (`#/usulan?tahun=2022`) is read the same way (features/dashboard/route.ts).
      return { page: 'usulan' };
    default:
      return { page: 'beranda' };
  }
}

/** The hash that leads to a route. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'beranda':
      return '#/';
    case 'pegawai':
      return route.tab === 'impor' ? '#/pegawai/impor' : '#/pegawai';
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, currentHash));
}
