import type { ReactNode } from 'react';
import { ToastProvider } from './components/Toast';
import { ActiveYearPicker } from './features/app/ActiveYear';
import { AppStatusProvider, useAppStatus } from './features/app/AppStatusContext';
import { RecoveryBanner } from './features/app/RecoveryBanner';
import { AuditBanner } from './features/audit/AuditBanner';
import { AuditPage } from './features/audit/AuditPage';
import { UserNameDialog } from './features/app/UserNameDialog';
import { BackupsPage } from './features/backups/BackupsPage';
import { BerandaPage } from './features/beranda/BerandaPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { DeclarationsPage } from './features/declarations/DeclarationsPage';
import { Guide } from './features/guide/Guide';
import { PeoplePage } from './features/people/PeoplePage';
import { PledgesPage } from './features/pledges/PledgesPage';
import { VerificationPage } from './features/pledges/VerificationPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { UnitsPage } from './features/units/UnitsPage';
import { WorksheetsPage } from './features/worksheets/WorksheetsPage';
import { hrefOf, useRoute, type PageName, type Route } from './lib/route';

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
  { page: 'cadangan', label: 'Cadangan & Pemulihan', icon: '⟲' },
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
    case 'cadangan':
      return <BackupsPage />;
    case 'riwayat':
      return <AuditPage />;
    default:
      return <BerandaPage />;
  }
}

function Shell() {
  const route = useRoute();
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
        {route.page === 'riwayat' ? null : <AuditBanner />}
        <Screen key={route.page} route={route} />
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
