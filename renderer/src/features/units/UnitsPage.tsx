import { useCallback, useState } from 'react';
import { formatNip } from '../../../../shared/format';
import { JENIS_UNIT_LABEL, type Unit } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { AFIRMASI_HINT, UnitForm } from './UnitForm';
import { Alert } from '../../components/Alert';

type Editing = { mode: 'create' } | { mode: 'edit'; unit: Unit } | undefined;

/** *Unit kerja*: the units that build a Zona Integritas, with their head and the afirmasi flag. */
export function UnitsPage() {
  const { notify } = useToast();
  const [showInactive, setShowInactive] = useState(false);
  const load = useCallback(() => api.units.list({ includeInactive: showInactive }), [showInactive]);
  const units = useLoad(load);
  const [editing, setEditing] = useState<Editing>(undefined);
  const [deactivating, setDeactivating] = useState<Unit | undefined>(undefined);
  const [actionError, setActionError] = useState<string | undefined>(undefined);

  const setActive = async (unit: Unit, aktif: boolean): Promise<string | undefined> => {
    const result = await api.units.setActive({ id: unit.id, aktif });
    if (!result.ok) return result.error.message;
    notify('success', aktif ? `${unit.nama} diaktifkan kembali.` : `${unit.nama} dinonaktifkan.`);
    setDeactivating(undefined);
    units.reload();
    return undefined;
  };

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
        <label className="checkbox-inline" htmlFor="units-show-inactive">
          <input
            id="units-show-inactive"
            type="checkbox"
            checked={showInactive}
            onChange={(event) => setShowInactive(event.target.checked)}
          />
          Tampilkan unit nonaktif
        </label>
        <span className="muted small" aria-live="polite">
          {units.data ? `${list.length} unit kerja` : 'Memuat…'}
        </span>
      </div>
      <Alert>{units.error?.message}</Alert>
      <Alert>{actionError}</Alert>
      <div className="table-wrap">
        <table className="table" aria-label="Daftar unit kerja">
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">Singkatan</th>
              <th scope="col">Jenis</th>
              <th scope="col">Kepala</th>
              <th scope="col">
                <abbr title={AFIRMASI_HINT}>Afirmasi</abbr>
              </th>
              <th scope="col">Status</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {units.data && list.length === 0 ? (
              <tr>
                <td colSpan={7} className="table-empty">
                  Belum ada unit kerja. Tambahkan unit kerja atau muat data contoh dari Beranda.
                </td>
              </tr>
            ) : null}
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
                <td>
                  {unit.aktif ? <span className="badge badge-ok">Aktif</span> : <span className="badge badge-muted">Nonaktif</span>}
                </td>
                <td className="col-actions">
                  <button type="button" className="button button-small button-secondary" onClick={() => setEditing({ mode: 'edit', unit })}>
                    Ubah<span className="visually-hidden"> {unit.nama}</span>
                  </button>
                  {unit.aktif ? (
                    <button type="button" className="button button-small button-ghost" onClick={() => setDeactivating(unit)}>
                      Nonaktifkan<span className="visually-hidden"> {unit.nama}</span>
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button-small button-ghost"
                      onClick={() => {
                        setActionError(undefined);
                        void setActive(unit, true).then((message) => setActionError(message));
                      }}
                    >
                      Aktifkan<span className="visually-hidden"> {unit.nama}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {editing ? (
        <UnitForm
          unit={editing.mode === 'edit' ? editing.unit : undefined}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            notify('success', editing.mode === 'edit' ? `Unit kerja ${saved.nama} diperbarui.` : `Unit kerja ${saved.nama} ditambahkan.`);
            units.reload();
          }}
        />
      ) : null}
      {deactivating ? (
        <ConfirmDialog
          title="Nonaktifkan unit kerja?"
          confirmLabel="Nonaktifkan"
          tone="danger"
          onConfirm={() => setActive(deactivating, false)}
          onClose={() => setDeactivating(undefined)}
        >
          <p>
            <strong>{deactivating.nama}</strong> tidak lagi muncul pada pilihan unit kerja dan pada impor pegawai. Datanya
            tidak dihapus; unit dapat diaktifkan kembali kapan saja.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
