import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatNip, formatPangkatGolongan } from '../../../../shared/format';
import { JENIS_ASN_LABEL, type Person, type Unit } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { hrefOf, navigate } from '../../lib/route';
import { useLoad } from '../../lib/useLoad';
import { ImportSection } from './ImportSection';
import { PersonForm } from './PersonForm';
import { Alert } from '../../components/Alert';

type Editing = { mode: 'create' } | { mode: 'edit'; person: Person } | undefined;

/** Waits until typing pauses before asking main (one request per pause, not per key). */
function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function PeopleList({ units, unitsById }: { units: Unit[]; unitsById: Map<string, Unit> }) {
  const { notify } = useToast();
  const [query, setQuery] = useState('');
  const [unitId, setUnitId] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const settledQuery = useDebounced(query.trim(), 200);
  const load = useCallback(
    () =>
      api.people.list({
        ...(settledQuery ? { query: settledQuery } : {}),
        ...(unitId ? { unitId } : {}),
        includeInactive: showInactive,
      }),
    [settledQuery, unitId, showInactive],
  );
  const people = useLoad(load);
  const [editing, setEditing] = useState<Editing>(undefined);
  const [deactivating, setDeactivating] = useState<Person | undefined>(undefined);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const activeUnits = units.filter((u) => u.aktif);
  const list = people.data ?? [];

  const setActive = async (person: Person, aktif: boolean): Promise<string | undefined> => {
    const result = await api.people.setActive({ id: person.id, aktif });
    if (!result.ok) return result.error.message;
    notify('success', aktif ? `${person.nama} diaktifkan kembali.` : `${person.nama} dinonaktifkan.`);
    setDeactivating(undefined);
    people.reload();
    return undefined;
  };

  return (
    <>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="people-search" className="field-label">
            Cari pegawai
          </label>
          <input
            id="people-search"
            type="search"
            className="input"
            placeholder="Nama, jabatan atau NIP"
            value={query}
            maxLength={100}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="people-unit-filter" className="field-label">
            Saring menurut unit kerja
          </label>
          <select id="people-unit-filter" className="input" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
            <option value="">Semua unit kerja</option>
            {activeUnits.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.nama}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-inline" htmlFor="people-show-inactive">
          <input id="people-show-inactive" type="checkbox" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
          Tampilkan pegawai nonaktif
        </label>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'create' })} disabled={activeUnits.length === 0}>
          Tambah pegawai
        </button>
      </div>
      <p className="table-meta muted small" aria-live="polite">
        {people.data ? `${list.length} pegawai` : 'Memuat…'}
      </p>
      {units.length === 0 ? (
        <Alert variant="info" role="note">
          Belum ada unit kerja. Tambahkan unit kerja lebih dahulu, karena setiap pegawai berada di satu unit.
        </Alert>
      ) : null}
      <Alert>{people.error?.message}</Alert>
      <Alert>{actionError}</Alert>
      <div className="table-wrap">
        <table className="table" aria-label="Daftar pegawai">
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">NIP / NI PPPK</th>
              <th scope="col">Jenis</th>
              <th scope="col">Pangkat/golongan</th>
              <th scope="col">Jabatan</th>
              <th scope="col">Unit kerja</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.data && list.length === 0 ? (
              <tr>
                <td colSpan={7} className="table-empty">
                  {query || unitId ? 'Tidak ada pegawai yang cocok dengan pencarian.' : 'Belum ada pegawai. Tambahkan pegawai atau impor dari berkas.'}
                </td>
              </tr>
            ) : null}
            {list.map((person) => {
              const unit = unitsById.get(person.unitId);
              return (
                <tr key={person.id} className={person.aktif ? undefined : 'row-inactive'}>
                  <th scope="row" className="cell-main">
                    {person.nama}
                    {person.aktif ? null : (
                      <>
                        {' '}
                        <span className="badge badge-muted">Nonaktif</span>
                      </>
                    )}
                  </th>
                  <td className="nip">{person.nip ? formatNip(person.nip) : <span className="muted">—</span>}</td>
                  <td className="nowrap">{JENIS_ASN_LABEL[person.jenisAsn]}</td>
                  <td>{formatPangkatGolongan(person.jenisAsn, person.golongan) || <span className="muted">—</span>}</td>
                  <td className="cell-wide">{person.jabatan}</td>
                  <td>{unit ? unit.singkatan || unit.nama : <span className="muted">—</span>}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-small button-secondary" onClick={() => setEditing({ mode: 'edit', person })}>
                      Ubah<span className="visually-hidden"> {person.nama}</span>
                    </button>
                    {person.aktif ? (
                      <button type="button" className="button button-small button-ghost" onClick={() => setDeactivating(person)}>
                        Nonaktifkan<span className="visually-hidden"> {person.nama}</span>
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        onClick={() => {
                          setActionError(undefined);
                          void setActive(person, true).then((message) => setActionError(message));
                        }}
                      >
                        Aktifkan<span className="visually-hidden"> {person.nama}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {editing ? (
        <PersonForm
          person={editing.mode === 'edit' ? editing.person : undefined}
          units={units}
          defaultUnitId={unitId}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            notify('success', editing.mode === 'edit' ? `Data ${saved.nama} diperbarui.` : `${saved.nama} ditambahkan.`);
            people.reload();
          }}
        />
      ) : null}
      {deactivating ? (
        <ConfirmDialog
          title="Nonaktifkan pegawai?"
          confirmLabel="Nonaktifkan"
          tone="danger"
          onConfirm={() => setActive(deactivating, false)}
          onClose={() => setDeactivating(undefined)}
        >
          <p>
            <strong>{deactivating.nama}</strong> tidak lagi muncul pada daftar pegawai aktif. Datanya tetap tersimpan dan dapat
            diaktifkan kembali.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** *Pegawai*: the list with search and unit filter, and the roster import as a second tab. */
export function PeoplePage({ tab }: { tab: 'daftar' | 'impor' }) {
  const loadUnits = useCallback(() => api.units.list({ includeInactive: true }), []);
  const units = useLoad(loadUnits);
  const unitList = useMemo(() => units.data ?? [], [units.data]);
  const unitsById = useMemo(() => new Map(unitList.map((u) => [u.id, u])), [unitList]);

  return (
    <>
      <PageHeader title="Pegawai" description="Pegawai setiap unit kerja: PNS, PPPK dan non-ASN." />
      <nav className="tabs" aria-label="Bagian halaman pegawai">
        <a className="tab" href={hrefOf({ page: 'pegawai', tab: 'daftar' })} aria-current={tab === 'daftar' ? 'page' : undefined}>
          Daftar pegawai
        </a>
        <a className="tab" href={hrefOf({ page: 'pegawai', tab: 'impor' })} aria-current={tab === 'impor' ? 'page' : undefined}>
          Impor pegawai
        </a>
      </nav>
      <Alert>{units.error?.message}</Alert>
      <div className="tabpanel">
        {tab === 'daftar' ? (
          units.data ? (
            <PeopleList units={unitList} unitsById={unitsById} />
          ) : (
            <p className="muted">Memuat…</p>
          )
        ) : (
          <ImportSection onImported={() => navigate({ page: 'pegawai', tab: 'daftar' })} />
        )}
      </div>
    </>
  );
}
