import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { useFieldArray, useForm, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { z } from 'zod';
import {
  MAX_SIGNATORIES,
  MAX_WITNESSES,
  declarationInputSchema,
  type DeclarationInput,
  type DeclarationView,
} from '../../../../shared/declarations';
import { formatHariTanggal, formatNip, formatPangkatGolongan, todayIso } from '../../../../shared/format';
import { MAX_SIGNATURE_BYTES } from '../../../../shared/pledges';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { DataTable } from '../../components/DataTable';
import { TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { RowActionButton, RowActions } from '../../components/RowActions';
import { FileInput } from '../../components/FileInput';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { bytesToBase64, fileToBase64, formatFileSize } from '../../lib/files';
import { useLoad } from '../../lib/useLoad';
import { cleanJpegScan } from '../pledges/cleanScan';
import { DocumentActions } from '../documents/DocumentActions';
import { openGeneratedDocument } from '../pledges/openDocument';
import '../pledges/pledges.css';
import { Alert } from '../../components/Alert';
import type { Person, Unit } from '../../../../shared/masterdata/schemas';
import { PartyPicker } from './PartyPicker';

/**
 * *Pencanangan*: a Piagam/Deklarasi Pencanangan Pembangunan Zona Integritas —
 * title, place, date, units in scope, and any number of signatories and witnesses (jabatan, name,
 * NIP and signature optional) — stored, then printed as a PDF with a signature grid and a
 * verification code.
 */

type FormInput = DeclarationInput;
type FormOutput = z.output<typeof declarationInputSchema>;
type Group = 'signatories' | 'witnesses';

const GROUP_LABEL: Record<Group, { title: string; one: string; max: number }> = {
  signatories: { title: 'Penanda tangan', one: 'penanda tangan', max: MAX_SIGNATORIES },
  witnesses: { title: 'Saksi', one: 'saksi', max: MAX_WITNESSES },
};

const DEFAULT_TITLE = 'Pencanangan Pembangunan Zona Integritas menuju WBK dan WBBM';

/** Id of the datalist of jabatan suggestions for parties outside the roster. */
const OUTSIDE_JABATAN_LIST = 'decl-jabatan-luar';

/**
 * Jabatan of the usual parties outside the roster (the regency's leaders, Ombudsman, MUI, DPRD),
 * for the region in the settings ("Pemerintah Kabupaten Serang" → "Kabupaten Serang").
 */
function outsideJabatan(pemerintahDaerah: string): string[] {
  const region = pemerintahDaerah.replace(/^Pemerintah\s+/i, '').trim();
  const head = /^Kota\b/i.test(region) ? 'Wali Kota' : 'Bupati';
  const place = region.replace(/^(Kabupaten|Kota)\s+/i, '');
  // Without a region in the settings, only the suggestions that need none.
  return [
    `${head} ${place}`,
    `Wakil ${head} ${place}`,
    `Sekretaris Daerah ${region}`,
    `Ketua Dewan Perwakilan Rakyat Daerah ${region}`,
    'Kepala Perwakilan Ombudsman Republik Indonesia',
    `Ketua Majelis Ulama Indonesia ${region}`,
  ].filter((jabatan) => place !== '' || !jabatan.endsWith(' '));
}

function emptyParty() {
  return { jabatan: '', nama: '', nip: '', pangkat: '' };
}

function toForm(view: DeclarationView | undefined): FormInput {
  if (!view) return { title: DEFAULT_TITLE, place: '', date: todayIso(), unitIds: [], signatories: [emptyParty()], witnesses: [] };
  const party = (p: DeclarationView['signatories'][number]) => ({
    jabatan: p.jabatan,
    nama: p.nama,
    nip: p.nip ? formatNip(p.nip) : '',
    pangkat: p.pangkat ?? '',
    ...(p.signatureSha256 ? { signatureSha256: p.signatureSha256 } : {}),
  });
  return { title: view.title, place: view.place, date: view.date, unitIds: view.unitIds, signatories: view.signatories.map(party), witnesses: view.witnesses.map(party) };
}

interface PartyRowsProps {
  group: Group;
  /** The group's rows from the form's useFieldArray (one per group, owned by the form). */
  rows: readonly { id: string; signatureSha256?: string | undefined }[];
  append: () => void;
  remove: (index: number) => void;
  register: UseFormRegister<FormInput>;
  errors: FieldErrors<FormInput>;
  files: ReadonlyMap<string, File>;
  onFile: (key: string, file: File | undefined) => void;
  removeSignature: (group: Group, index: number) => void;
  /** Master data to pick parties from, and how a pick fills the row. */
  people: readonly Person[];
  units: readonly Unit[];
  setValue: UseFormSetValue<FormInput>;
  validate: boolean;
}

/** The dynamic rows of one group: add, remove, and per row jabatan, name, NIP and a signature. */
function PartyRows({ group, rows: fields, append, remove, register, errors, files, onFile, removeSignature, people, units, setValue, validate }: PartyRowsProps) {
  const labels = GROUP_LABEL[group];
  // A person from the master data fills jabatan, name and NIP (the row stays editable).
  const pick = (index: number, person: Person): void => {
    const options = { shouldDirty: true, shouldValidate: validate };
    setValue(`${group}.${index}.jabatan`, person.jabatan, options);
    setValue(`${group}.${index}.nama`, person.nama, options);
    setValue(`${group}.${index}.nip`, person.nip ? formatNip(person.nip) : '', options);
    setValue(`${group}.${index}.pangkat`, formatPangkatGolongan(person.jenisAsn, person.golongan), options);
  };
  const groupError = errors[group];
  return (
    <fieldset className="fieldset" aria-describedby={`${group}-jumlah`}>
      <legend>
        {labels.title} <span id={`${group}-jumlah`} className="muted small">({fields.length})</span>
      </legend>
      {groupError?.message ? <p className="field-error">{groupError.message}</p> : null}
      <ol className="decl-rows">
        {fields.map((field, index) => {
          const rowErrors = errors[group]?.[index];
          const n = index + 1;
          const kept = typeof field.signatureSha256 === 'string';
          const file = files.get(field.id);
          return (
            <li key={field.id} className="decl-row" aria-label={`${labels.title} ${n}`}>
              <PartyPicker id={`${group}-${index}-cari`} label={`Pilih ${labels.one} ${n} dari data pegawai`} people={people} units={units} onPick={(person) => pick(index, person)} />
              <TextField
                id={`${group}-${index}-jabatan`}
                label={`Jabatan ${labels.one} ${n}`}
                error={rowErrors?.jabatan?.message}
                list={OUTSIDE_JABATAN_LIST}
                {...register(`${group}.${index}.jabatan`)}
              />
              <TextField id={`${group}-${index}-nama`} label={`Nama ${labels.one} ${n}`} error={rowErrors?.nama?.message} {...register(`${group}.${index}.nama`)} />
              <TextField
                id={`${group}-${index}-nip`}
                label={`NIP ${labels.one} ${n}`}
                error={rowErrors?.nip?.message}
                optional
                inputClassName="nip"
                inputMode="numeric"
                {...register(`${group}.${index}.nip`)}
              />
              <TextField
                id={`${group}-${index}-pangkat`}
                label={`Pangkat/golongan ${labels.one} ${n}`}
                error={rowErrors?.pangkat?.message}
                optional
                {...register(`${group}.${index}.pangkat`)}
              />
              <div className="field decl-signature">
                <label htmlFor={`${group}-${index}-ttd`} className="field-label">
                  Tanda tangan {labels.one} {n} <span className="field-optional">opsional, PNG/JPEG</span>
                </label>
                <FileInput id={`${group}-${index}-ttd`} accept="image/png,image/jpeg" describedBy={`${group}-${index}-ttd-hint`} onFile={(chosen) => onFile(field.id, chosen)} />
                <p id={`${group}-${index}-ttd-hint`} className="field-hint">
                  {file ? `${formatFileSize(file.size)}; latar kertas dibuat transparan.` : kept ? 'Tanda tangan tersimpan dipakai.' : 'Kosong: ditandatangani basah di atas kertas.'}
                  {kept && !file ? (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => removeSignature(group, index)}>
                        Hapus tanda tangan tersimpan
                      </button>
                    </>
                  ) : null}
                </p>
              </div>
              <button type="button" className="button button-small button-ghost decl-remove" onClick={() => remove(index)} disabled={group === 'signatories' && fields.length <= 1}>
                Hapus {labels.one} {n}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-small button-secondary decl-add" onClick={append} disabled={fields.length >= labels.max}>
        Tambah {labels.one}
      </button>
    </fieldset>
  );
}

function DeclarationForm({ editing, onDone, onCancel }: { editing: DeclarationView | undefined; onDone: (view: DeclarationView) => void; onCancel: () => void }) {
  const loadUnits = useCallback(() => api.units.list({}), []);
  const units = useLoad(loadUnits);
  const loadSettings = useCallback(() => api.settings.get(undefined), []);
  const settings = useLoad(loadSettings);
  const loadPeople = useCallback(() => api.people.list({}), []);
  const people = useLoad(loadPeople);
  const [files, setFiles] = useState<ReadonlyMap<string, File>>(new Map());
  const [messages, setMessages] = useState<string[]>([]);
  const { register, control, handleSubmit, formState, getValues, setValue } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(declarationInputSchema),
    defaultValues: toForm(editing),
  });
  const { errors, isSubmitting } = formState;
  const signatoryArray = useFieldArray({ control, name: 'signatories' });
  const witnessArray = useFieldArray({ control, name: 'witnesses' });
  const signatoryFields = signatoryArray.fields;
  const witnessFields = witnessArray.fields;

  const onFile = (key: string, file: File | undefined): void => {
    setFiles((previous) => {
      const next = new Map(previous);
      if (file) next.set(key, file);
      else next.delete(key);
      return next;
    });
  };

  const removeSignature = (group: Group, index: number): void => {
    const current = getValues(`${group}.${index}`);
    const array = group === 'signatories' ? signatoryArray : witnessArray;
    array.update(index, { jabatan: current.jabatan, nama: current.nama, nip: current.nip, pangkat: current.pangkat ?? '' });
  };

  const submit = async (values: FormOutput): Promise<void> => {
    setMessages([]);
    const withFiles = async (group: Group, ids: readonly { id: string }[]): Promise<FormInput['signatories'] | string> => {
      const rows: FormInput['signatories'] = [];
      for (const [index, party] of values[group].entries()) {
        const file = files.get(ids[index]?.id ?? '');
        if (file && file.size > MAX_SIGNATURE_BYTES) return `Tanda tangan ${party.nama} terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(MAX_SIGNATURE_BYTES)}.`;
        let signatureBase64: string | undefined;
        if (file && (file.type === 'image/jpeg' || /\.jpe?g$/i.test(file.name))) {
          const cleaned = await cleanJpegScan(file);
          if (!cleaned.ok) return `Tanda tangan ${party.nama}: ${cleaned.message}`;
          signatureBase64 = bytesToBase64(cleaned.png);
        } else if (file) {
          signatureBase64 = await fileToBase64(file);
        }
        rows.push({
          jabatan: party.jabatan,
          nama: party.nama,
          nip: party.nip,
          ...(party.pangkat ? { pangkat: party.pangkat } : {}),
          ...(signatureBase64 !== undefined ? { signatureBase64 } : party.signatureSha256 ? { signatureSha256: party.signatureSha256 } : {}),
        });
      }
      return rows;
    };
    const signatories = await withFiles('signatories', signatoryFields);
    const witnesses = await withFiles('witnesses', witnessFields);
    if (typeof signatories === 'string' || typeof witnesses === 'string') {
      setMessages([typeof signatories === 'string' ? signatories : String(witnesses)]);
      return;
    }
    const data: DeclarationInput = { title: values.title, place: values.place, date: values.date, unitIds: values.unitIds, signatories, witnesses };
    const result = editing ? await api.declarations.update({ id: editing.id, data }) : await api.declarations.create(data);
    if (result.ok) onDone(result.value);
    else setMessages([result.error.message, ...(result.error.issues ?? []).filter((issue) => issue.message !== result.error.message).map((issue) => issue.message)]);
  };

  const summary = [
    ...messages.map((message) => ({ message })),
    ...(formState.isSubmitted && Object.keys(errors).length > 0 && messages.length === 0 ? [{ message: 'Periksa kembali isian yang ditandai.' }] : []),
  ];

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(submit)(event)} noValidate aria-labelledby="decl-form-judul">
      <section className="panel">
        <h2 id="decl-form-judul" className="panel-title">
          {editing ? 'Ubah pencanangan' : 'Pencanangan baru'}
        </h2>
        {editing && editing.printed.length > 0 ? (
          <Alert variant="info" role="note">
            Pencanangan ini sudah dicetak. Menyimpan perubahan membuat kode verifikasi baru; cetakan lama tidak lagi terverifikasi.
          </Alert>
        ) : null}
        <TextField id="decl-judul" label="Judul acara" error={errors.title?.message} {...register('title')} />
        <div className="field-row">
          <TextField id="decl-tempat" label="Tempat" error={errors.place?.message} hint={settings.data?.kota ? `Kosongkan untuk ${settings.data.kota}.` : undefined} {...register('place')} />
          <TextField id="decl-tanggal" label="Tanggal" type="date" error={errors.date?.message} {...register('date')} />
        </div>
        <fieldset className="fieldset">
          <legend>Unit kerja dalam cakupan</legend>
          <ul className="pakta-unit-list">
            {(units.data ?? []).map((unit) => (
              <li key={unit.id}>
                <label className="checkbox-inline" htmlFor={`decl-unit-${unit.id}`}>
                  <input id={`decl-unit-${unit.id}`} type="checkbox" value={unit.id} {...register('unitIds')} />
                  {unit.nama}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>
      <section className="panel">
        <PartyRows
          group="signatories"
          rows={signatoryFields}
          append={() => signatoryArray.append(emptyParty())}
          remove={signatoryArray.remove}
          register={register} errors={errors} files={files} onFile={onFile} removeSignature={removeSignature}
          people={people.data ?? []} units={units.data ?? []} setValue={setValue} validate={formState.isSubmitted} />
      </section>
      <section className="panel">
        <PartyRows
          group="witnesses"
          rows={witnessFields}
          append={() => witnessArray.append(emptyParty())}
          remove={witnessArray.remove}
          register={register} errors={errors} files={files} onFile={onFile} removeSignature={removeSignature}
          people={people.data ?? []} units={units.data ?? []} setValue={setValue} validate={formState.isSubmitted} />
      </section>
      <datalist id={OUTSIDE_JABATAN_LIST}>
        {outsideJabatan(settings.data?.pemerintahDaerah ?? '').map((jabatan) => (
          <option key={jabatan} value={jabatan} />
        ))}
      </datalist>
      <ErrorSummary items={summary} title="Pencanangan belum disimpan" />
      <FormActions submitLabel="Simpan pencanangan" busy={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

export function DeclarationsPage() {
  const { notify } = useToast();
  const load = useCallback(() => api.declarations.list(undefined), []);
  const list = useLoad(load);
  const [editing, setEditing] = useState<{ view: DeclarationView | undefined } | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [lastPdf, setLastPdf] = useState<{ declarationId: string; documentId: string } | undefined>(undefined);

  const makePdf = async (view: DeclarationView): Promise<void> => {
    setBusy(view.id);
    setError(undefined);
    const result = await api.declarations.print({ id: view.id });
    if (!result.ok) {
      setBusy(undefined);
      setError(result.error.message);
      return;
    }
    const { documentId } = result.value.pdf;
    setLastPdf({ declarationId: view.id, documentId });
    const opened = await openGeneratedDocument(documentId);
    setBusy(undefined);
    if (opened.error) setError(opened.error);
    list.reload();
  };

  return (
    <div className="pakta-page">
      <PageHeader
        title="Pencanangan"
        description="Piagam/Deklarasi Pencanangan Pembangunan Zona Integritas: penanda tangan dan saksi, dicetak dengan kode verifikasi."
        actions={
          editing ? null : (
            <button type="button" className="button button-primary" onClick={() => setEditing({ view: undefined })}>
              Pencanangan baru
            </button>
          )
        }
      />
      {editing ? (
        <DeclarationForm
          key={editing.view?.id ?? 'baru'}
          editing={editing.view}
          onCancel={() => setEditing(undefined)}
          onDone={(view) => {
            setEditing(undefined);
            notify('success', `Pencanangan "${view.title}" disimpan.`);
            list.reload();
          }}
        />
      ) : (
        <>
          <Alert>{list.error?.message}</Alert>
          <Alert>{error}</Alert>
          <DataTable
            label="Daftar pencanangan"
            columns={['Judul', 'Tempat dan tanggal', 'Penanda tangan', 'Saksi', 'Kode']}
            actions
            empty={list.data && list.data.length === 0 ? <>Belum ada pencanangan. Tekan &ldquo;Pencanangan baru&rdquo;.</> : undefined}
          >
            {(list.data ?? []).map((view) => (
              <tr key={view.id}>
                <th scope="row" className="cell-main">
                  {view.title}
                  {view.issuer ? <span className="cell-sub">Diterbitkan di: {view.issuer.label || 'instalasi lain'}</span> : null}
                </th>
                <td>
                  {view.place}, {formatHariTanggal(view.date)}
                </td>
                <td className="num">{view.signatories.length}</td>
                <td className="num">{view.witnesses.length}</td>
                <td>
                  <code>{view.code}</code>
                </td>
                {view.issuer ? (
                  // A piagam received from another installation is changed and printed by its issuer only.
                  <td className="col-actions small muted" title="Piagam terbitan instalasi lain hanya dapat diubah atau dicetak oleh penerbitnya.">
                    Dikelola di {view.issuer.label || 'instalasi lain'}
                  </td>
                ) : (
                  <RowActions subject={view.title} actions={[{ label: 'Buat PDF', tone: 'primary', onClick: () => void makePdf(view), busy: busy === view.id, disabled: busy !== undefined }]}>
                    {lastPdf?.declarationId === view.id ? <DocumentActions documentId={lastPdf.documentId} subject={view.title} small /> : null}
                    <RowActionButton subject={view.title} action={{ label: 'Ubah', onClick: () => setEditing({ view }), disabled: busy !== undefined }} />
                  </RowActions>
                )}
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}
