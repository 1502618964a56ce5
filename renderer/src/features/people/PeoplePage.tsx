import { useCallback, useMemo, useState } from 'react';
import { formatNip, formatPangkatGolongan } from '../../../../shared/format';
import { JENIS_ASN_LABEL, type Person, type Unit } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { useActivation } from '../../components/Activation';
import { DataTable } from '../../components/DataTable';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { RowActions } from '../../components/RowActions';
import { UnitOptions } from '../../components/Options';
import { PageHeader } from '../../components/PageHeader';
import { useToast, type ToastGroup } from '../../components/Toast';
import { hrefOf, navigate } from '../../lib/route';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { ImportSection } from './ImportSection';
import { PersonForm } from './PersonForm';
import { Alert } from '../../components/Alert';

type Editing = { mode: 'create' } | { mode: 'edit'; person: Person } | undefined;

/** People added or changed one after another collapse into one notification ("5 pegawai ditambahkan."). */
const PEOPLE_ADDED: ToastGroup = { key: 'pegawai-ditambahkan', summary: (count) => `${count} pegawai ditambahkan.` };
const PEOPLE_UPDATED: ToastGroup = { key: 'pegawai-diperbarui', summary: (count) => `Data ${count} pegawai diperbarui.` };

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
  const activation = useActivation<Person>({
    setActive: api.people.setActive,
    onChanged: people.reload,
    confirmTitle: 'Nonaktifkan pegawai?',
    describe: (person) => (
      <p>
        <strong>{person.nama}</strong> tidak lagi muncul pada daftar pegawai aktif. Datanya tetap tersimpan dan dapat diaktifkan kembali.
      </p>
    ),
  });
  const activeUnits = units.filter((u) => u.aktif);
  const list = people.data ?? [];

  return (
    <>
      <div className="toolbar">
        <TextField
          id="people-search"
          layout="toolbar"
          label="Cari pegawai"
          type="search"
          placeholder="Nama, jabatan atau NIP"
          value={query}
          maxLength={100}
          onChange={(event) => setQuery(event.target.value)}
        />
        <SelectField id="people-unit-filter" layout="toolbar" label="Saring menurut unit kerja" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
          <option value="">Semua unit kerja</option>
          <UnitOptions units={activeUnits} />
        </SelectField>
        <CheckboxField id="people-show-inactive" label="Tampilkan pegawai nonaktif" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
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
      <Alert>{activation.error}</Alert>
      <DataTable
        label="Daftar pegawai"
        columns={['Nama', 'NIP / NI PPPK', 'Jenis', 'Pangkat/golongan', 'Jabatan', 'Unit kerja']}
        actions
        empty={
          people.data && list.length === 0
            ? query || unitId
              ? 'Tidak ada pegawai yang cocok dengan pencarian.'
              : 'Belum ada pegawai. Tambahkan pegawai atau impor dari berkas.'
            : undefined
        }
      >
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
              <RowActions subject={person.nama} actions={[{ label: 'Ubah', onClick: () => setEditing({ mode: 'edit', person }) }, activation.action(person)]} />
            </tr>
          );
        })}
      </DataTable>

      {editing ? (
        <PersonForm
          person={editing.mode === 'edit' ? editing.person : undefined}
          units={units}
          defaultUnitId={unitId}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            if (editing.mode === 'edit') notify('success', `Data ${saved.nama} diperbarui.`, PEOPLE_UPDATED);
            else notify('success', `${saved.nama} ditambahkan.`, PEOPLE_ADDED);
            people.reload();
          }}
        />
      ) : null}
      {activation.dialog}
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
