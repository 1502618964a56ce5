import { useCallback, useState } from 'react';
import { formatNip } from '../../../../shared/format';
import { JENIS_UNIT_LABEL, type Unit } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { useActivation } from '../../components/Activation';
import { DataTable } from '../../components/DataTable';
import { CheckboxField } from '../../components/Field';
import { RowActions } from '../../components/RowActions';
import { PageHeader } from '../../components/PageHeader';
import { useToast, type ToastGroup } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { AFIRMASI_HINT, UnitForm } from './UnitForm';
import { Alert } from '../../components/Alert';

type Editing = { mode: 'create' } | { mode: 'edit'; unit: Unit } | undefined;

/** Units added or changed one after another collapse into one notification ("12 unit kerja ditambahkan."). */
const UNITS_ADDED: ToastGroup = { key: 'unit-kerja-ditambahkan', summary: (count) => `${count} unit kerja ditambahkan.` };
const UNITS_UPDATED: ToastGroup = { key: 'unit-kerja-diperbarui', summary: (count) => `${count} unit kerja diperbarui.` };

/** *Unit kerja*: the units that build a Zona Integritas, with their head and the afirmasi flag. */
export function UnitsPage() {
  const { notify } = useToast();
  const [showInactive, setShowInactive] = useState(false);
  const load = useCallback(() => api.units.list({ includeInactive: showInactive }), [showInactive]);
  const units = useLoad(load);
  const [editing, setEditing] = useState<Editing>(undefined);
  const activation = useActivation<Unit>({
    setActive: api.units.setActive,
    onChanged: units.reload,
    confirmTitle: 'Nonaktifkan unit kerja?',
    describe: (unit) => (
      <p>
        <strong>{unit.nama}</strong> tidak lagi muncul pada pilihan unit kerja dan pada impor pegawai. Datanya tidak dihapus; unit dapat
        diaktifkan kembali kapan saja.
      </p>
    ),
  });

  const list = units.data ?? [];

  return (
    <>
      <PageHeader
        title="Unit kerja"
        description="Unit yang membangun Zona Integritas: dinas/badan/kantor, kecamatan dan UPT."
        actions={
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'create' })}>
            Tambah unit kerja
          </button>
        }
      />
      <div className="toolbar">
        <CheckboxField id="units-show-inactive" label="Tampilkan unit nonaktif" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
        <span className="muted small" aria-live="polite">
          {units.data ? `${list.length} unit kerja` : 'Memuat…'}
        </span>
      </div>
      <Alert>{units.error?.message}</Alert>
      <Alert>{activation.error}</Alert>
      <DataTable
        label="Daftar unit kerja"
        columns={['Nama', 'Singkatan', 'Jenis', 'Kepala', { label: <abbr title={AFIRMASI_HINT}>Afirmasi</abbr> }, 'Status']}
        actions
        empty={units.data && list.length === 0 ? 'Belum ada unit kerja. Tambahkan unit kerja atau muat data contoh dari Beranda.' : undefined}
      >
        {list.map((unit) => (
          <tr key={unit.id} className={unit.aktif ? undefined : 'row-inactive'}>
            <th scope="row" className="cell-main">
              {unit.nama}
            </th>
            <td>{unit.singkatan || '—'}</td>
            <td>{JENIS_UNIT_LABEL[unit.jenis]}</td>
            <td>
              {unit.kepalaNama ? (
                <>
                  <span>{unit.kepalaNama}</span>
                  {unit.kepalaNip ? <span className="cell-sub nip">NIP {formatNip(unit.kepalaNip)}</span> : null}
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td>{unit.afirmasi ? <span className="badge badge-info">Afirmasi</span> : <span className="muted">—</span>}</td>
            <td>{unit.aktif ? <span className="badge badge-ok">Aktif</span> : <span className="badge badge-muted">Nonaktif</span>}</td>
            <RowActions subject={unit.nama} actions={[{ label: 'Ubah', onClick: () => setEditing({ mode: 'edit', unit }) }, activation.action(unit)]} />
          </tr>
        ))}
      </DataTable>

      {editing ? (
        <UnitForm
          unit={editing.mode === 'edit' ? editing.unit : undefined}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            if (editing.mode === 'edit') notify('success', `Unit kerja ${saved.nama} diperbarui.`, UNITS_UPDATED);
            else notify('success', `Unit kerja ${saved.nama} ditambahkan.`, UNITS_ADDED);
            units.reload();
          }}
        />
      ) : null}
      {activation.dialog}
    </>
  );
}
