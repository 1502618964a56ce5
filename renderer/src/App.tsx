import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Alert } from './components/Alert';
import { ToastProvider } from './components/Toast';
import { ActiveYearPicker } from './features/app/ActiveYear';
import { AppStatusProvider, useAppStatus } from './features/app/AppStatusContext';
import { RecoveryBanner } from './features/app/RecoveryBanner';
import { IntegrityBanner } from './features/app/IntegrityBanner';
import { AuditBanner } from './features/audit/AuditBanner';
import { UserNameDialog } from './features/app/UserNameDialog';
import { BerandaPage } from './features/beranda/BerandaPage';
import { Guide } from './features/guide/Guide';
import { hrefOf, useRoute, type PageName, type Route } from './lib/route';

/** Every page chunk's loader, fetched in the background once the first page is shown. */
const PAGE_LOADERS: (() => Promise<unknown>)[] = [];

/** Shown in place of a page whose chunk could not be fetched (the web host stopped). */
function PageUnavailable() {
  return <Alert role="alert">ZI Desk tidak dapat dihubungi. Pastikan aplikasi ZI Desk masih berjalan, lalu muat ulang halaman.</Alert>;
}

/**
 * A page loaded as its own chunk: the first page — Beranda — downloads and parses only what it
 * shows; the other chunks are fetched right after it (`prefetchPages`), so a later visit never
 * waits for the network and still opens when the host has stopped.
 */
function lazyPage<K extends string, P extends object>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K) {
  PAGE_LOADERS.push(load);
  return lazy(async (): Promise<{ default: (props: P) => ReactNode }> => {
    try {
      return { default: (await load())[name] };
    } catch {
      return { default: PageUnavailable };
    }
  });
}

function prefetchPages(): void {
  for (const load of PAGE_LOADERS) void load().catch(() => undefined);
}

const BackupsPage = lazyPage(() => import('./features/backups/BackupsPage'), 'BackupsPage');
const BundlesPage = lazyPage(() => import('./features/bundles/BundlesPage'), 'BundlesPage');
const DashboardPage = lazyPage(() => import('./features/dashboard/DashboardPage'), 'DashboardPage');
const DeclarationsPage = lazyPage(() => import('./features/declarations/DeclarationsPage'), 'DeclarationsPage');
const PeoplePage = lazyPage(() => import('./features/people/PeoplePage'), 'PeoplePage');
const PledgesPage = lazyPage(() => import('./features/pledges/PledgesPage'), 'PledgesPage');
const AuditPage = lazyPage<'AuditPage', object>(() => import('./features/audit/AuditPage'), 'AuditPage');
const ProposalPage = lazyPage(() => import('./features/proposal/ProposalPage'), 'ProposalPage');
const VerificationPage = lazyPage(() => import('./features/pledges/VerificationPage'), 'VerificationPage');
const SettingsPage = lazyPage(() => import('./features/settings/SettingsPage'), 'SettingsPage');
const UnitsPage = lazyPage(() => import('./features/units/UnitsPage'), 'UnitsPage');
const WorksheetsPage = lazyPage(() => import('./features/worksheets/WorksheetsPage'), 'WorksheetsPage');

interface NavItem {
  page: PageName;
  label: string;
  icon: ReactNode;
}

const NAV: NavItem[] = [
  { page: 'beranda', label: 'Beranda', icon: '⌂' },
  { page: 'pengaturan', label: 'Pengaturan instansi', icon: '⚙' },
  { page: 'unit-kerja', label: 'Unit kerja', icon: '▦' },
  { page: 'pegawai', label: 'Pegawai', icon: '☰' },
  { page: 'lembar-kerja', label: 'Lembar Kerja (LKE)', icon: '✎' },
  { page: 'pakta', label: 'Pakta Integritas', icon: '✍' },
  { page: 'pencanangan', label: 'Pencanangan', icon: '⚑' },
  { page: 'verifikasi', label: 'Verifikasi dokumen', icon: '✓' },
  { page: 'laporan', label: 'Laporan & Dasbor', icon: '▥' },
  { page: 'usulan', label: 'Usulan ke KemenPANRB', icon: '➚' },
  { page: 'cadangan', label: 'Cadangan & Pemulihan', icon: '⟲' },
  { page: 'rekan', label: 'Kirim & Terima dari Rekan', icon: '⇄' },
  { page: 'riwayat', label: 'Riwayat & audit', icon: '≡' },
];

function defaultRoute(page: PageName): Route {
  return page === 'pegawai' ? { page, tab: 'daftar' } : { page };
}

function Screen({ route }: { route: Route }) {
  switch (route.page) {
    case 'pengaturan':
      return <SettingsPage />;
    case 'unit-kerja':
      return <UnitsPage />;
    case 'pegawai':
      return <PeoplePage tab={route.tab} />;
    case 'lembar-kerja':
      return <WorksheetsPage />;
    case 'pakta':
      return <PledgesPage />;
    case 'pencanangan':
      return <DeclarationsPage />;
    case 'verifikasi':
      return <VerificationPage />;
    case 'laporan':
      return <DashboardPage />;
    case 'usulan':
      return <ProposalPage />;
    case 'cadangan':
      return <BackupsPage />;
    case 'rekan':
      return <BundlesPage />;
    case 'riwayat':
      return <AuditPage />;
    default:
      return <BerandaPage />;
  }
}

function Shell() {
  const route = useRoute();
  useEffect(() => {
    const timer = window.setTimeout(prefetchPages, 300);
    return () => window.clearTimeout(timer);
  }, []);
  const { status } = useAppStatus();
  return (
    <div className="app">
      <a className="skip-link" href="#konten" onClick={(event) => {
        event.preventDefault();
        document.getElementById('konten')?.focus();
      }}>
        Langsung ke isi
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">ZI</span>
          <div>
            <p className="brand-name">ZI Desk</p>
            <p className="brand-sub">Zona Integritas · Inspektorat</p>
          </div>
        </div>
        <ActiveYearPicker />
        <nav aria-label="Navigasi utama" className="nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a
                  className="nav-link"
                  href={hrefOf(defaultRoute(item.page))}
                  aria-current={route.page === item.page ? 'page' : undefined}
                >
                  <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <Guide page={route.page} />
          {status.userName ? <p className="sidebar-user">Pengguna: {status.userName}</p> : null}
          <p className="sidebar-meta">
            Versi {status.version} · {status.host === 'web' ? 'mode peramban' : 'aplikasi desktop'}
          </p>
        </div>
      </aside>
      <main id="konten" className="content" tabIndex={-1}>
        <RecoveryBanner />
        <IntegrityBanner />
        {route.page === 'riwayat' ? null : <AuditBanner />}
        <Suspense fallback={null}>
          <Screen key={route.page} route={route} />
        </Suspense>
      </main>
      {status.userName === '' ? <UserNameDialog /> : null}
    </div>
  );
}

/** The whole renderer: toasts, the app status, then the shell with its screens. */
export function App() {
  return (
    <ToastProvider>
      <AppStatusProvider>
        <Shell />
      </AppStatusProvider>
    </ToastProvider>
  );
}
