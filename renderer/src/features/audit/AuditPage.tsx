import { useCallback, useState } from 'react';
import { AUDIT_PAGE_SIZE, type AuditChainView, type AuditListInput } from '../../../../shared/audit';
import { formatWaktu } from '../../../../shared/backups';
import { formatAngka } from '../../../../shared/format';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import './audit.css';

/**
 * *Riwayat & audit*: every change of stored data, newest first, this installation's and those
 * received from other laptops, with filters, and the state of each installation's signed log.
 */

function chainLine(chain: AuditChainView): string {
  const events = `${formatAngka(chain.events, 0)} catatan`;
  if (chain.state === 'checking') return `${events}; sedang diperiksa…`;
  if (chain.state === 'broken') return `${events}; RUSAK: ${chain.reason ?? ''}`;
  const signed = chain.signedAt === null ? 'belum ditandatangani (kunci instalasi belum dibuat)' : `ditandatangani ${formatWaktu(chain.signedAt)}`;
  const unsigned = chain.unsigned > 0 && chain.signedAt !== null ? `; ${formatAngka(chain.unsigned, 0)} catatan terbaru menunggu tanda tangan` : '';
  return `${events}; utuh, ${signed}${unsigned}`;
}

export function AuditStatusList({ chains }: { chains: readonly AuditChainView[] }) {
  return (
    <ul className="audit-chains" aria-label="Keutuhan riwayat per instalasi">
      {chains.map((chain) => (
        <li key={chain.installationId} className={chain.state === 'broken' ? 'audit-chain-broken' : undefined}>
          <strong>{chain.label}</strong>
          {chain.own ? ' (instalasi ini)' : ''}: {chainLine(chain)}
        </li>
      ))}
    </ul>
  );
}

export function AuditPage() {
  const [person, setPerson] = useState('');
  const [unitId, setUnitId] = useState('');
  const [year, setYear] = useState('');
  const [kind, setKind] = useState('');
  const [installationId, setInstallationId] = useState('');
  const [page, setPage] = useState(0);

  const filter: NonNullable<AuditListInput> = {
    ...(person.trim() === '' ? {} : { person: person.trim() }),
    ...(unitId === '' ? {} : { unitId }),
    ...(year === '' ? {} : { year: Number(year) }),
    ...(kind === '' ? {} : { kind }),
    ...(installationId === '' ? {} : { installationId }),
    offset: page * AUDIT_PAGE_SIZE,
    limit: AUDIT_PAGE_SIZE,
  };
  const key = JSON.stringify(filter);
  const list = useLoad(useCallback(() => api.audit.list(JSON.parse(key) as AuditListInput), [key]));
  const status = useLoad(useCallback(() => api.audit.status(undefined), []));
  const data = list.data;
  const change = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(0);
  };
  const pages = data === undefined ? 1 : Math.max(1, Math.ceil(data.total / AUDIT_PAGE_SIZE));

  return (
    <section className="page audit-page">
      <PageHeader title="Riwayat & audit" description="Setiap perubahan data: siapa, kapan, di laptop mana, dan apa yang diubah. Riwayat dirantai dan ditandatangani, sehingga perubahan di luar ZI Desk terlihat." />
      {status.data?.broken ? (
        <Alert variant="error" title="Riwayat audit tidak utuh">
          <p>Sebagian riwayat telah diubah atau dihapus di luar ZI Desk. Jangan hapus berkas di folder audit; hubungi pengelola aplikasi dan simpan salinan folder data untuk diperiksa.</p>
        </Alert>
      ) : null}
      {status.data ? <AuditStatusList chains={status.data.chains} /> : null}
      <div className="toolbar audit-filters">
        <TextField id="audit-orang" layout="toolbar" label="Orang" value={person} onChange={(event) => change(setPerson)(event.target.value)} />
        <SelectField id="audit-unit" layout="toolbar" label="Unit kerja" value={unitId} onChange={(event) => change(setUnitId)(event.target.value)}>
          <option value="">Semua unit</option>
          {data?.units.map((unit) => (
            <option key={unit.value} value={unit.value}>
              {unit.label}
            </option>
          ))}
        </SelectField>
        <SelectField id="audit-tahun" layout="toolbar" label="Tahun" value={year} onChange={(event) => change(setYear)(event.target.value)}>
          <option value="">Semua tahun</option>
          {data?.years.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
        <SelectField id="audit-jenis" layout="toolbar" label="Jenis" value={kind} onChange={(event) => change(setKind)(event.target.value)}>
          <option value="">Semua jenis</option>
          {data?.kinds.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField id="audit-instalasi" layout="toolbar" label="Instalasi" value={installationId} onChange={(event) => change(setInstallationId)(event.target.value)}>
          <option value="">Semua instalasi</option>
          {data?.installations.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Alert>{list.error?.message}</Alert>
      <DataTable label="Riwayat perubahan" columns={['Waktu', 'Perubahan', 'Instalasi']} empty={data && data.entries.length === 0 ? 'Tidak ada perubahan yang cocok dengan saringan.' : undefined} className="audit-table">
        {data?.entries.map((entry) => (
          <tr key={entry.key}>
            <td className="audit-time">{formatWaktu(entry.at)}</td>
            <td>{entry.text}</td>
            <td>{entry.installationLabel}</td>
          </tr>
        ))}
      </DataTable>
      <nav className="audit-pager" aria-label="Halaman riwayat">
        <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Sebelumnya
        </button>
        <span aria-live="polite">
          Halaman {page + 1} dari {pages}
          {data ? ` · ${formatAngka(data.total, 0)} perubahan` : ''}
        </span>
        <button type="button" className="button button-secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          Berikutnya
        </button>
      </nav>
    </section>
  );
}
