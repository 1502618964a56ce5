import { defaultDateIn, useActiveYear } from '../app/ActiveYear';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { z } from 'zod';
import { formatAngka, formatNip, formatPangkatGolongan } from '../../../../shared/format';
import { MAX_IMAGE_SIDE_PX } from '../../../../shared/limits';
import { JENIS_ASN, JENIS_ASN_LABEL, type Person, type Unit } from '../../../../shared/masterdata/schemas';
import {
  MAX_SIGNATURE_BYTES,
  WITNESS_IS_SIGNER_MESSAGE,
  dateInPledgeYear,
  dateOutsideYearMessage,
  witnessIsSigner,
  isoDateSchema,
  manualSignerSchema,
  placeSchema,
  pledgeYearSchema,
  witnessInputSchema,
  type PledgeCreateInput,
  type PledgeView,
} from '../../../../shared/pledges';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { FileInput } from '../../components/FileInput';
import { Field, SelectField, TextField } from '../../components/Field';
import { GolonganOptions } from '../../components/Options';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { bytesToBase64, fileToBase64, formatFileSize } from '../../lib/files';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { cleanJpegScan, type CleanResult } from './cleanScan';
import { DocumentActions } from '../documents/DocumentActions';
import { openGeneratedDocument } from './openDocument';
import { parsePledgePrefill } from './route';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';
import { Alert } from '../../components/Alert';

/**
 * *Buat pakta*: one Pakta Integritas. Choose a person from the roster (search by name, jabatan or
 * NIP) or enter a signer who is not in it; year, place and date; optionally the superior who
 * witnesses; then sign by drawing, by uploading a scan, or choose a wet signature. "Buat & cetak"
 * stores the pledge (main snapshots the identity and the text), writes the PDF and opens it.
 */

const JENIS = z.enum(JENIS_ASN);

/** The form's own values; the contract's schemas check each part (see refine below). */
const formSchema = z
  .object({
    mode: z.enum(['roster', 'manual']),
    personId: z.string(),
    manual: z.object({ nama: z.string(), jenisAsn: JENIS, nip: z.string(), golongan: z.string(), jabatan: z.string(), unitKerja: z.string() }),
    year: z.string(),
    place: z.string(),
    date: z.string(),
    withWitness: z.boolean(),
    witness: z.object({ nama: z.string(), nip: z.string(), jabatan: z.string() }),
    signatureKind: z.enum(['digital', 'scan', 'basah']),
  })
  .superRefine((value, ctx) => {
    const copy = (issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: string[]): void => {
      for (const issue of issues) ctx.addIssue({ code: 'custom', path: [...prefix, ...issue.path.map(String)], message: issue.message });
    };
    if (value.mode === 'roster' && value.personId === '') ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Pilih pegawai dari daftar.' });
    if (value.mode === 'manual') {
      const manual = manualSignerSchema.safeParse({ source: 'manual', ...value.manual });
      if (!manual.success) copy(manual.error.issues, ['manual']);
    }
    const year = pledgeYearSchema.safeParse(Number(value.year));
    if (!year.success || value.year.trim() === '') copy(year.success ? [{ path: [], message: 'Tahun wajib diisi.' }] : year.error.issues, ['year']);
    const place = placeSchema.safeParse(value.place);
    if (!place.success) copy(place.error.issues, ['place']);
    const date = isoDateSchema.safeParse(value.date);
    if (!date.success) copy(date.error.issues, ['date']);
    else if (year.success && !dateInPledgeYear(value.date, year.data)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: dateOutsideYearMessage(year.data) });
    }
    if (value.withWitness) {
      const witness = witnessInputSchema.safeParse(value.witness);
      if (!witness.success) copy(witness.error.issues, ['witness']);
      // A roster signer is compared by main (it knows the person's NIP), a typed one here.
      else if (value.mode === 'manual' && witnessIsSigner(value.manual, value.witness)) {
        ctx.addIssue({ code: 'custom', path: ['witness', 'nama'], message: WITNESS_IS_SIGNER_MESSAGE });
      }
    }
  });
type FormValues = z.infer<typeof formSchema>;

const FIELDS: { name: Path<FormValues>; id: string; label: string }[] = [
  { name: 'personId', id: 'pakta-cari', label: 'Pegawai' },
  { name: 'manual.nama', id: 'pakta-manual-nama', label: 'Nama' },
  { name: 'manual.nip', id: 'pakta-manual-nip', label: 'NIP' },
  { name: 'manual.golongan', id: 'pakta-manual-golongan', label: 'Pangkat/golongan' },
  { name: 'manual.jabatan', id: 'pakta-manual-jabatan', label: 'Jabatan' },
  { name: 'manual.unitKerja', id: 'pakta-manual-unit', label: 'Unit kerja' },
  { name: 'year', id: 'pakta-tahun', label: 'Tahun' },
  { name: 'place', id: 'pakta-tempat', label: 'Tempat' },
  { name: 'date', id: 'pakta-tanggal', label: 'Tanggal' },
  { name: 'witness.nama', id: 'pakta-saksi-nama', label: 'Nama saksi' },
  { name: 'witness.nip', id: 'pakta-saksi-nip', label: 'NIP saksi' },
  { name: 'witness.jabatan', id: 'pakta-saksi-jabatan', label: 'Jabatan saksi' },
];

/** Where the server's issue paths land in this form. */
function formPath(serverPath: string): string {
  return serverPath.replace(/^signer\./, 'manual.');
}


/** Search-as-you-type over the roster; the chosen person is shown as a card. */
function PersonPicker({ selected, onSelect, error }: { selected: Person | undefined; onSelect: (person: Person | undefined) => void; error: string | undefined }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 200);
  const load = useCallback(() => api.people.list(settled ? { query: settled } : {}), [settled]);
  const people = useLoad(load);
  const list = (people.data ?? []).slice(0, 8);

  if (selected) {
    return (
      <div className="pakta-person-card" aria-live="polite">
        <div>
          <p className="pakta-person-name">{selected.nama}</p>
          <p className="muted small">
            {selected.nip ? `NIP ${formatNip(selected.nip)} · ` : ''}
            {formatPangkatGolongan(selected.jenisAsn, selected.golongan) || JENIS_ASN_LABEL[selected.jenisAsn]} · {selected.jabatan}
          </p>
        </div>
        <button type="button" className="button button-small button-secondary" onClick={() => onSelect(undefined)}>
          Ganti pegawai
        </button>
      </div>
    );
  }
  return (
    <Field id="pakta-cari" label="Cari pegawai" error={error} hint="Ketik nama, jabatan atau NIP, lalu pilih dari daftar.">
      {(control) => (
        <div className="pakta-search">
          <input {...control} type="search" className="input" value={query} maxLength={100} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
          <ul className="pakta-results" aria-label="Hasil pencarian pegawai">
            {people.data && list.length === 0 ? <li className="muted small">Tidak ada pegawai yang cocok.</li> : null}
            {list.map((person) => (
              <li key={person.id}>
                <button type="button" className="pakta-result" onClick={() => onSelect(person)}>
                  <span className="pakta-result-name">{person.nama}</span>
                  <span className="muted small">
                    {person.nip ? `${formatNip(person.nip)} · ` : ''}
                    {person.jabatan}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}

/** Why a chosen signature scan is refused for its size, or undefined. */
function scanSizeProblem(file: File): string | undefined {
  return file.size > MAX_SIGNATURE_BYTES ? `Pindaian terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(MAX_SIGNATURE_BYTES)}.` : undefined;
}

interface Created {
  pledge: PledgeView;
  documentId: string | null;
  url: string | null;
  openError: string | null;
}

export function PledgeForm() {
  const { notify } = useToast();
  const loadSettings = useCallback(() => api.settings.get(undefined), []);
  const settings = useLoad(loadSettings);
  const loadUnits = useCallback(() => api.units.list({ includeInactive: true }), []);
  const units = useLoad(loadUnits);
  const unitsById = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit])), [units.data]);
  const [person, setPerson] = useState<Person | undefined>(undefined);
  const pad = useRef<SignaturePadHandle>(null);
  const witnessPad = useRef<SignaturePadHandle>(null);
  const [padEmpty, setPadEmpty] = useState(true);
  const [scan, setScan] = useState<File | undefined>(undefined);
  // The chosen scan cleaned by the signature-ink rule, shown before printing (and sent for a JPEG).
  const [scanPreview, setScanPreview] = useState<{ file: File; cleaned: CleanResult; url: string | null } | undefined>(undefined);
  const [signatureError, setSignatureError] = useState<string | undefined>(undefined);
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const [created, setCreated] = useState<Created | undefined>(undefined);
  const [step, setStep] = useState<string | undefined>(undefined);
  // The registry's "Buat pakta <nama>" opens the form with that person and year chosen.
  const [prefill] = useState(() => parsePledgePrefill(window.location.hash));
  const activeYear = useActiveYear().year;
  const pledgeYear = prefill.year ?? activeYear;
  const prefilled = useRef(false);

  const { register, handleSubmit, setValue, setError, control, formState, reset, getValues } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      mode: 'roster',
      personId: '',
      manual: { nama: '', jenisAsn: 'PNS', nip: '', golongan: '', jabatan: '', unitKerja: '' },
      // The active evaluation year of the header, not the calendar year (recording 2022 later).
      year: String(pledgeYear),
      place: '',
      date: defaultDateIn(pledgeYear),
      withWitness: false,
      witness: { nama: '', nip: '', jabatan: '' },
      signatureKind: 'digital',
    },
  });
  const { errors, isSubmitted } = formState;
  const mode = useWatch({ control, name: 'mode' });
  const withWitness = useWatch({ control, name: 'withWitness' });
  const signatureKind = useWatch({ control, name: 'signatureKind' });
  const manualJenis = useWatch({ control, name: 'manual.jenisAsn' });
  const kota = settings.data?.kota ?? '';

  useEffect(() => {
    const url = scanPreview?.url;
    return url ? () => URL.revokeObjectURL(url) : undefined;
  }, [scanPreview]);

  /** Cleans a chosen scan at once, so the signature can be checked before printing. */
  const chooseScan = async (file: File): Promise<void> => {
    setSignatureError(undefined);
    setScan(file);
    setScanPreview(undefined);
    const tooLarge = scanSizeProblem(file);
    if (tooLarge) {
      setSignatureError(tooLarge);
      return;
    }
    const cleaned = await cleanJpegScan(file);
    const url = cleaned.ok ? URL.createObjectURL(new Blob([cleaned.png.slice().buffer], { type: 'image/png' })) : null;
    setScanPreview({ file, cleaned, url });
    if (!cleaned.ok) setSignatureError(cleaned.message);
  };

  // The place defaults to the institution's city once the settings arrive.
  useEffect(() => {
    if (kota && getValues('place') === '') setValue('place', kota);
  }, [kota, getValues, setValue]);

  /** The head of the chosen person's unit witnesses, unless it is the person themself. */
  const choosePerson = useCallback(
    (chosen: Person | undefined): void => {
      setPerson(chosen);
      setValue('personId', chosen?.id ?? '', { shouldValidate: isSubmitted });
      const unit: Unit | undefined = chosen ? unitsById.get(chosen.unitId) : undefined;
      if (chosen && unit && unit.kepalaNama.trim() !== '' && unit.kepalaNip !== chosen.nip) {
        setValue('withWitness', true);
        setValue('witness', { nama: unit.kepalaNama, nip: unit.kepalaNip ? formatNip(unit.kepalaNip) : '', jabatan: unit.kepalaJabatan || `Kepala ${unit.nama}` });
      }
    },
    [isSubmitted, setValue, unitsById],
  );

  // Once the units are known (for the witness), the prefilled person is looked up and chosen.
  useEffect(() => {
    const personId = prefill.personId;
    if (personId === null || !units.data || prefilled.current) return undefined;
    let live = true;
    void api.people.list({}).then((result) => {
      if (!live) return;
      prefilled.current = true;
      const found = result.ok ? result.value.find((candidate) => candidate.id === personId) : undefined;
      if (found) choosePerson(found);
    });
    return () => {
      live = false;
    };
  }, [prefill.personId, units.data, choosePerson]);

  const signature = async (kind: FormValues['signatureKind']): Promise<PledgeCreateInput['signature'] | string> => {
    if (kind === 'basah') return { kind: 'basah' };
    if (kind === 'digital') {
      const png = await pad.current?.toPng();
      if (!png) return 'Gambar tanda tangan pada kotak terlebih dahulu, atau pilih cara lain.';
      return { kind: 'digital', pngBase64: bytesToBase64(png) };
    }
    if (!scan) return 'Pilih berkas pindaian tanda tangan (PNG atau JPEG).';
    const tooLarge = scanSizeProblem(scan);
    if (tooLarge) return tooLarge;
    if (scan.type === 'image/jpeg' || /\.jpe?g$/i.test(scan.name)) {
      const cleaned = scanPreview?.file === scan ? scanPreview.cleaned : await cleanJpegScan(scan);
      if (!cleaned.ok) return cleaned.message;
      return { kind: 'scan', fileName: scan.name.replace(/\.jpe?g$/i, '.png'), dataBase64: bytesToBase64(cleaned.png) };
    }
    return { kind: 'scan', fileName: scan.name, dataBase64: await fileToBase64(scan) };
  };

  const applyError = (error: AppError): void => {
    const unplaced: string[] = [];
    let focused = false;
    for (const issue of error.issues ?? []) {
      const target = FIELDS.find((field) => field.name === formPath(issue.path));
      if (target) {
        setError(target.name, { type: 'server', message: issue.message }, { shouldFocus: !focused });
        focused = true;
      } else if (issue.path.startsWith('signature')) setSignatureError(issue.message);
      else unplaced.push(issue.message);
    }
    if (!focused && unplaced.length === 0) {
      if (/tanda tangan|pindaian|gambar/i.test(error.message)) setSignatureError(error.message);
      else unplaced.push(error.message);
    }
    setServerMessages(unplaced);
  };

  const submit = async (values: FormValues): Promise<void> => {
    setServerMessages([]);
    setSignatureError(undefined);
    setCreated(undefined);
    const signed = await signature(values.signatureKind);
    if (typeof signed === 'string') {
      setSignatureError(signed);
      document.getElementById('pakta-ttd-pilihan')?.focus();
      return;
    }
    // The witness's drawn signature is optional: an empty pad means the witness signs on paper.
    const witnessPng = values.withWitness ? await witnessPad.current?.toPng() : null;
    const input: PledgeCreateInput = {
      signer: values.mode === 'roster' ? { source: 'roster', personId: values.personId } : { source: 'manual', ...values.manual },
      year: Number(values.year),
      place: values.place,
      date: values.date,
      witness: values.withWitness ? { ...values.witness, ...(witnessPng ? { signaturePngBase64: bytesToBase64(witnessPng) } : {}) } : null,
      signature: signed,
    };
    // One command stores the pledge (or reuses the identical one of an earlier try) and writes its PDF.
    setStep('Menyimpan pakta dan membuat PDF…');
    const result = await api.pledges.print(input);
    if (!result.ok) {
      setStep(undefined);
      applyError(result.error);
      return;
    }
    const { pledge, pdf } = result.value;
    setStep('Membuka PDF…');
    const opened = await openGeneratedDocument(pdf.documentId);
    setStep(undefined);
    setCreated({ pledge, documentId: pdf.documentId, url: opened.url, openError: opened.error });
    notify('success', `Pakta ${pledge.signer.nama} dibuat dengan kode ${pledge.code}.`);
  };

  const startOver = (): void => {
    reset({ ...getValues(), personId: '', withWitness: false, witness: { nama: '', nip: '', jabatan: '' }, manual: { nama: '', jenisAsn: 'PNS', nip: '', golongan: '', jabatan: '', unitKerja: '' } });
    setPerson(undefined);
    pad.current?.clear();
    witnessPad.current?.clear();
    setScan(undefined);
    setScanPreview(undefined);
    setCreated(undefined);
  };

  const summary: SummaryItem[] = [
    ...serverMessages.map((message) => ({ message })),
    ...(isSubmitted
      ? FIELDS.flatMap((field) => {
          const parts = field.name.split('.');
          let node: unknown = errors;
          for (const part of parts) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
          const message = typeof node === 'object' && node !== null && 'message' in node ? String((node as { message?: unknown }).message ?? '') : '';
          return message ? [{ fieldId: field.id, label: field.label, message }] : [];
        })
      : []),
    ...(signatureError ? [{ fieldId: 'pakta-ttd-pilihan', label: 'Tanda tangan', message: signatureError }] : []),
  ];

  if (created) {
    return (
      <section className="panel" aria-labelledby="pakta-hasil">
        <h2 id="pakta-hasil" className="panel-title">
          Pakta Integritas dibuat
        </h2>
        <Alert variant="success">
          Pakta <strong>{created.pledge.signer.nama}</strong> tahun {created.pledge.year} tersimpan. Kode verifikasi:{' '}
          <code className="pakta-code">{created.pledge.code}</code>
        </Alert>
        <Alert>{created.openError}</Alert>
        <div className="form-actions">
          {created.documentId ? (
            <button type="button" className="button button-primary" onClick={() => void openGeneratedDocument(created.documentId ?? '')}>
              Buka PDF
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                void api.pledges.pdf({ id: created.pledge.id }).then(async (pdf) => {
                  if (!pdf.ok) {
                    setCreated({ ...created, openError: pdf.error.message });
                    return;
                  }
                  const opened = await openGeneratedDocument(pdf.value.documentId);
                  setCreated({ ...created, documentId: pdf.value.documentId, url: opened.url, openError: opened.error });
                })
              }
            >
              Coba buat PDF lagi
            </button>
          )}
          {created.documentId ? <DocumentActions documentId={created.documentId} subject={`Pakta Integritas ${created.pledge.year} ${created.pledge.signer.nama}`} /> : null}
          <button type="button" className="button button-secondary" onClick={startOver}>
            Buat pakta lain
          </button>
        </div>
        {created.pledge.signatureKind === 'wet' ? (
          <p className="muted small">
            Setelah ditandatangani di atas meterai, tandai pakta ini pada tab <a href="#/pakta/daftar">Daftar &amp; cakupan</a>, atau lampirkan pindaiannya.
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <form className="form pakta-form" onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      {settings.data && settings.data.pemerintahDaerah.trim() === '' ? (
        <Alert variant="info" role="note">
          Nama pemerintah daerah belum diisi. Lengkapi <a href="#/pengaturan">Pengaturan instansi</a> agar kop dan teks pakta lengkap.
        </Alert>
      ) : null}
      <section className="panel" aria-labelledby="pakta-penanda">
        <h2 id="pakta-penanda" className="panel-title">
          Penanda tangan
        </h2>
        <fieldset className="fieldset fieldset-inline">
          <legend>Sumber data</legend>
          <div className="radio-group">
            <label className="radio" htmlFor="pakta-mode-roster">
              <input id="pakta-mode-roster" type="radio" value="roster" {...register('mode')} />
              Dari daftar pegawai
            </label>
            <label className="radio" htmlFor="pakta-mode-manual">
              <input id="pakta-mode-manual" type="radio" value="manual" {...register('mode')} />
              Isi manual (di luar daftar)
            </label>
          </div>
        </fieldset>
        {mode === 'roster' ? (
          <PersonPicker selected={person} onSelect={choosePerson} error={errors.personId?.message} />
        ) : (
          <>
            <TextField id="pakta-manual-nama" label="Nama" error={errors.manual?.nama?.message} hint="Nama lengkap dengan gelar." autoComplete="off" {...register('manual.nama')} />
            <div className="field-row">
              <SelectField id="pakta-manual-jenis" label="Jenis ASN" {...register('manual.jenisAsn', { onChange: () => setValue('manual.golongan', '') })}>
                {JENIS_ASN.map((value) => (
                  <option key={value} value={value}>
                    {JENIS_ASN_LABEL[value]}
                  </option>
                ))}
              </SelectField>
              {manualJenis !== 'NON_ASN' ? (
                <SelectField id="pakta-manual-golongan" label="Pangkat/golongan" error={errors.manual?.golongan?.message} optional {...register('manual.golongan')}>
                  <option value="">— Tidak dicetak —</option>
                  <GolonganOptions jenis={manualJenis} />
                </SelectField>
              ) : null}
            </div>
            {manualJenis !== 'NON_ASN' ? (
              <TextField
                id="pakta-manual-nip"
                label={manualJenis === 'PPPK' ? 'NI PPPK' : 'NIP'}
                error={errors.manual?.nip?.message}
                hint="18 digit; spasi boleh."
                inputClassName="nip"
                inputMode="numeric"
                autoComplete="off"
                {...register('manual.nip')}
              />
            ) : null}
            <TextField id="pakta-manual-jabatan" label="Jabatan" error={errors.manual?.jabatan?.message} {...register('manual.jabatan')} />
            <TextField id="pakta-manual-unit" label="Unit kerja" error={errors.manual?.unitKerja?.message} optional {...register('manual.unitKerja')} />
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="pakta-waktu">
        <h2 id="pakta-waktu" className="panel-title">
          Tahun, tempat dan tanggal
        </h2>
        <div className="field-row field-row-3">
          <TextField id="pakta-tahun" label="Tahun pakta" error={errors.year?.message} inputMode="numeric" maxLength={4} {...register('year')} />
          <TextField id="pakta-tempat" label="Tempat" error={errors.place?.message} hint={kota ? `Kosongkan untuk ${kota}.` : undefined} {...register('place')} />
          <TextField id="pakta-tanggal" label="Tanggal" type="date" error={errors.date?.message} {...register('date')} />
        </div>
      </section>

      <section className="panel" aria-labelledby="pakta-saksi">
        <h2 id="pakta-saksi" className="panel-title">
          Saksi (atasan)
        </h2>
        <label className="checkbox-inline" htmlFor="pakta-dengan-saksi">
          <input id="pakta-dengan-saksi" type="checkbox" {...register('withWitness')} />
          Cetak blok &ldquo;Menyaksikan&rdquo; untuk atasan
        </label>
        {withWitness ? (
          <>
            <TextField id="pakta-saksi-nama" label="Nama saksi" error={errors.witness?.nama?.message} {...register('witness.nama')} />
            <div className="field-row">
              <TextField id="pakta-saksi-nip" label="NIP saksi" error={errors.witness?.nip?.message} optional inputClassName="nip" inputMode="numeric" {...register('witness.nip')} />
              <TextField id="pakta-saksi-jabatan" label="Jabatan saksi" error={errors.witness?.jabatan?.message} {...register('witness.jabatan')} />
            </div>
            <div className="pakta-witness-pad">
              <SignaturePad ref={witnessPad} id="pakta-kanvas-saksi" whose="saksi" describedBy="pakta-kanvas-saksi-hint" />
              <p id="pakta-kanvas-saksi-hint" className="field-hint">
                Tidak wajib: saksi dapat menggambar tanda tangannya di sini, atau membiarkan kotak kosong dan menandatangani kertasnya.
              </p>
            </div>
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="pakta-ttd">
        <h2 id="pakta-ttd" className="panel-title">
          Tanda tangan
        </h2>
        <fieldset className="fieldset fieldset-inline">
          <legend id="pakta-ttd-pilihan" tabIndex={-1}>
            Cara menandatangani
          </legend>
          <div className="radio-group">
            <label className="radio" htmlFor="pakta-ttd-digital">
              <input id="pakta-ttd-digital" type="radio" value="digital" {...register('signatureKind', { onChange: () => setSignatureError(undefined) })} />
              Gambar tanda tangan
            </label>
            <label className="radio" htmlFor="pakta-ttd-scan">
              <input id="pakta-ttd-scan" type="radio" value="scan" {...register('signatureKind', { onChange: () => setSignatureError(undefined) })} />
              Unggah pindaian
            </label>
            <label className="radio" htmlFor="pakta-ttd-basah">
              <input id="pakta-ttd-basah" type="radio" value="basah" {...register('signatureKind', { onChange: () => setSignatureError(undefined) })} />
              Tanda tangan basah
            </label>
          </div>
        </fieldset>
        {signatureKind === 'digital' ? (
          <>
            <SignaturePad ref={pad} id="pakta-kanvas" describedBy="pakta-kanvas-hint" onChange={(empty) => setPadEmpty(empty)} />
            <p id="pakta-kanvas-hint" className="field-hint">
              Tanda tangani di dalam kotak dengan tetikus, pena atau jari. Pengguna papan ketik dapat memilih unggah pindaian atau tanda tangan basah.
            </p>
          </>
        ) : null}
        {signatureKind === 'scan' ? (
          <div className="field">
            <label htmlFor="pakta-pindaian" className="field-label">
              Berkas pindaian tanda tangan (PNG atau JPEG)
            </label>
            <FileInput
              id="pakta-pindaian"
              accept="image/png,image/jpeg"
              describedBy="pakta-pindaian-hint"
              onFile={(file) => void chooseScan(file)}
            />
            <p id="pakta-pindaian-hint" className="field-hint">
              Paling besar {formatFileSize(MAX_SIGNATURE_BYTES)} dan {formatAngka(MAX_IMAGE_SIDE_PX, 0)} piksel per sisi. Latar kertas dibuat transparan dan tepinya dipangkas.
            </p>
            {scanPreview?.url ? (
              <figure className="pakta-scan-preview">
                <img src={scanPreview.url} alt="Pratinjau tanda tangan yang akan dicetak" />
                <figcaption className="field-hint">Pratinjau: tanda tangan seperti akan dicetak (latar kertas transparan, tepi dipangkas).</figcaption>
              </figure>
            ) : null}
          </div>
        ) : null}
        {signatureKind === 'basah' ? (
          <p className="field-hint">PDF dicetak dengan ruang tanda tangan kosong di atas kotak meterai. Setelah ditandatangani, tandai pada daftar pakta.</p>
        ) : null}
        {signatureError ? (
          <p className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {signatureError}
          </p>
        ) : null}
      </section>

      <ErrorSummary items={summary} title="Pakta belum dapat dibuat" />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={step !== undefined}>
          {step ? <Spinner /> : null}
          Buat &amp; cetak
        </button>
        {step ? (
          <span className="muted" role="status">
            {step}
          </span>
        ) : signatureKind === 'digital' && padEmpty ? (
          <span className="muted small">Tanda tangan belum digambar.</span>
        ) : null}
      </div>
    </form>
  );
}
