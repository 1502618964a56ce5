import { useCallback, useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import type { Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CheckboxField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { hrefOf } from '../../lib/route';
import { useLoad } from '../../lib/useLoad';
import { useAppStatus } from '../app/AppStatusContext';
import { Alert } from '../../components/Alert';

interface Overview {
  unitsActive: number;
  unitsTotal: number;
  peopleActive: number;
  peopleTotal: number;
  institutionReady: boolean;
  namaInspektorat: string;
  /** Demo units are still there (their ids carry the demo prefix), so the removal is offered. */
  hasDemo: boolean;
}

async function loadOverview(): Promise<Result<Overview>> {
  const [units, people, settings] = await Promise.all([
    api.units.list({ includeInactive: true }),
    api.people.list({ includeInactive: true }),
    api.settings.get(undefined),
  ]);
  if (!units.ok) return units;
  if (!people.ok) return people;
  if (!settings.ok) return settings;
  const overview: Overview = {
    unitsActive: units.value.filter((u) => u.aktif).length,
    unitsTotal: units.value.length,
    peopleActive: people.value.filter((p) => p.aktif).length,
    peopleTotal: people.value.length,
    institutionReady: settings.value.namaInspektorat !== '' && settings.value.pemerintahDaerah !== '',
    namaInspektorat: settings.value.namaInspektorat,
    hasDemo: units.value.some((u) => u.id.startsWith('demo-')) || people.value.some((p) => p.id.startsWith('demo-')),
  };
  return { ok: true, value: overview };
}

function Count({ label, value, total, href }: { label: string; value: number | undefined; total: number | undefined; href: string }) {
  const inactive = value !== undefined && total !== undefined ? total - value : 0;
  return (
    <a className="stat-card" href={href}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value === undefined ? '…' : formatAngka(value, 0)}</span>
      <span className="stat-note">{inactive > 0 ? `aktif · ${formatAngka(inactive, 0)} nonaktif` : 'aktif'}</span>
    </a>
  );
}

/** The start screen: how much master data there is, what to do next, and the demo data offer. */
export function BerandaPage() {
  const { status, refresh } = useAppStatus();
  const load = useCallback(() => loadOverview(), []);
  const overview = useLoad(load);
  const [confirming, setConfirming] = useState<'load' | 'remove' | undefined>(undefined);
  const [withYear, setWithYear] = useState(true);
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  const data = overview.data;

  const loadDemo = async (): Promise<string | undefined> => {
    const result = await api.demo.load({ withYear });
    if (!result.ok) return result.error.message;
    const { units, people, declarations = 0, worksheets = 0, pledges = 0 } = result.value;
    const counts = [`${formatAngka(units, 0)} unit kerja`, `${formatAngka(people, 0)} pegawai`];
    if (withYear) counts.push(`${formatAngka(declarations, 0)} pencanangan`, `${formatAngka(worksheets, 0)} lembar kerja`, `${formatAngka(pledges, 0)} pakta`);
    setConfirming(undefined);
    setLoaded(`Data contoh dimuat: ${counts.slice(0, -1).join(', ')} dan ${counts.at(-1) ?? ''}.`);
    await refresh();
    return undefined;
  };

  const removeDemo = async (): Promise<string | undefined> => {
    const result = await api.demo.remove(undefined);
    if (!result.ok) return result.error.message;
    const { kept } = result.value;
    const keptNote =
      kept.units + kept.people > 0
        ? ` ${formatAngka(kept.units, 0)} unit kerja dan ${formatAngka(kept.people, 0)} pegawai contoh tetap disimpan karena dipakai data Anda.`
        : '';
    setConfirming(undefined);
    setLoaded(`Data contoh dihapus.${keptNote}`);
    await refresh();
    return undefined;
  };

  const steps = [
    { done: data?.institutionReady ?? false, label: 'Lengkapi pengaturan instansi (kop surat, Inspektur, ukuran kertas)', href: hrefOf({ page: 'pengaturan' }) },
    { done: (data?.unitsActive ?? 0) > 0, label: 'Daftarkan unit kerja yang membangun Zona Integritas', href: hrefOf({ page: 'unit-kerja' }) },
    { done: (data?.peopleActive ?? 0) > 0, label: 'Tambahkan pegawai satu per satu atau impor dari Excel/CSV', href: hrefOf({ page: 'pegawai', tab: 'daftar' }) },
  ];

  return (
    <>
      <PageHeader
        title="Beranda"
        description={data?.namaInspektorat ? data.namaInspektorat : 'Data master Zona Integritas: instansi, unit kerja dan pegawai.'}
      />
      <Alert>{overview.error?.message}</Alert>
      <Alert variant="success">{loaded}</Alert>

      <section className="stats" aria-label="Ringkasan data master">
        <Count label="Unit kerja" value={data?.unitsActive} total={data?.unitsTotal} href={hrefOf({ page: 'unit-kerja' })} />
        <Count label="Pegawai" value={data?.peopleActive} total={data?.peopleTotal} href={hrefOf({ page: 'pegawai', tab: 'daftar' })} />
      </section>

      {status.isEmpty ? null : (
        <section className="panel panel-accent" aria-labelledby="dasbor-title">
          <h2 id="dasbor-title" className="panel-title">
            Laporan &amp; Dasbor
          </h2>
          <p>Hasil evaluasi per tahun: status LKE, nilai dan predikat, tren nilai, serta rekap tahunan PDF dan Excel.</p>
          <p>
            <a href={hrefOf({ page: 'laporan' })}>Buka Laporan &amp; Dasbor</a>
          </p>
        </section>
      )}

      {status.isEmpty ? (
        <section className="panel panel-accent" aria-labelledby="demo-title">
          <h2 id="demo-title" className="panel-title">
            Belum ada data
          </h2>
          <p>
            Untuk mencoba ZI Desk, muat data contoh: Pemerintah Kabupaten Serang dengan Disdukcapil, DPMPTSP, Bapenda,
            Inspektorat dan sembilan kecamatan, beserta pegawai fiktif, pencanangan 23 Juni 2022, lembar kerja 2021–2022
            dan pakta integritas. Data contoh hanya dapat dimuat selama data masih kosong, dan dapat dihapus sekaligus.
          </p>
          <button type="button" className="button button-primary" onClick={() => setConfirming('load')}>
            Muat data contoh
          </button>
        </section>
      ) : null}

      {!status.isEmpty && data?.hasDemo ? (
        <section className="panel" aria-labelledby="demo-remove-title">
          <h2 id="demo-remove-title" className="panel-title">
            Data contoh
          </h2>
          <p>
            Data contoh Kabupaten Serang masih tersimpan. Hapus sekaligus sebelum mulai bekerja dengan data Anda sendiri;
            data yang Anda tambahkan tetap disimpan.
          </p>
          <button type="button" className="button button-secondary" onClick={() => setConfirming('remove')}>
            Hapus data contoh
          </button>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="steps-title">
        <h2 id="steps-title" className="panel-title">
          Langkah persiapan
        </h2>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.label} className={step.done ? 'step step-done' : 'step'}>
              <span className="step-mark" aria-hidden="true">
                {step.done ? '✓' : ''}
              </span>
              <a href={step.href}>{step.label}</a>
              <span className="visually-hidden">{step.done ? ' (selesai)' : ' (belum)'}</span>
            </li>
          ))}
        </ol>
        <p className="muted small">Folder data: {status.dataDir}</p>
      </section>

      {confirming === 'load' ? (
        <ConfirmDialog
          title="Muat data contoh?"
          confirmLabel="Ya, muat data contoh"
          onConfirm={loadDemo}
          onClose={() => setConfirming(undefined)}
        >
          <p>
            ZI Desk akan mengisi pengaturan instansi, unit kerja dan pegawai fiktif Kabupaten Serang. Data contoh dapat
            diubah atau dinonaktifkan kemudian.
          </p>
          <CheckboxField
            id="demo-with-year"
            label="Sertakan kegiatan 2021–2022: pencanangan, lembar kerja dan pakta integritas"
            checked={withYear}
            onChange={(event) => setWithYear(event.target.checked)}
          />
        </ConfirmDialog>
      ) : null}
      {confirming === 'remove' ? (
        <ConfirmDialog
          title="Hapus data contoh?"
          confirmLabel="Ya, hapus data contoh"
          tone="danger"
          onConfirm={removeDemo}
          onClose={() => setConfirming(undefined)}
        >
          <p>
            Pencanangan, lembar kerja, pakta, pegawai dan unit kerja contoh serta pengaturan instansi contoh dihapus. Data
            yang Anda tambahkan tetap disimpan, begitu pula unit dan pegawai contoh yang dipakai data Anda.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
