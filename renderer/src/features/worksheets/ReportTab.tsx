import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { documentUrl, type GeneratedPdf } from '../../../../shared/documents';
import { endSentence } from '../../../../shared/format';
import { MAX_RECOMMENDATIONS, MAX_TEAM_MEMBERS, type ReportMeta } from '../../../../shared/reports/meta';
import type { ReportMetaView } from '../../../../shared/reports/views';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { Spinner } from '../../components/Spinner';
import { useLoad } from '../../lib/useLoad';
import { DocumentActions } from '../documents/DocumentActions';
import { openGeneratedDocument } from '../pledges/openDocument';
import { pendingSuggestions, reportFormSchema, roomForRecommendations, toFormValues, type ReportFormValues } from './model/reportForm';
import { reportDrafts } from './reportDrafts';
import { Alert, AlertList } from '../../components/Alert';

/**
 * *Laporan*: the metadata of the worksheet's Laporan Hasil Evaluasi (cover letter, surat tugas,
 * team, recommendations) and the LHE PDF. Stays editable after the worksheet is Final: the report
 * is written once the evaluation is done and is no part of the locked LKE.
 */
export function ReportTab({ worksheetId, locked }: { worksheetId: string; locked: boolean }) {
  const load = useCallback(() => api.reports.getMeta({ id: worksheetId }), [worksheetId]);
  const { data, error, reload } = useLoad(load);

  if (!data) {
    return (
      <section className="ws-panel ws-report" aria-label="Laporan Hasil Evaluasi">
        {error ? (
          <>
            <Alert>{error.message}</Alert>
            <button type="button" className="button button-secondary" onClick={reload}>
              Coba lagi
            </button>
          </>
        ) : (
          <p className="muted" role="status">
            <Spinner label="Memuat metadata laporan…" />
          </p>
        )}
      </section>
    );
  }
  return <ReportForm key={worksheetId} worksheetId={worksheetId} initial={data} locked={locked} />;
}

/** Messages of a failed call: the general message and every field issue it does not repeat. */
function errorLines(error: AppError): string[] {
  const lines = [error.message];
  for (const issue of error.issues ?? []) if (!lines.includes(issue.message)) lines.push(issue.message);
  return lines;
}

const TIME = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' });

function savedLine(view: ReportMetaView): string {
  if (!view.saved) return 'Belum pernah disimpan; isian awal di bawah ini hanya saran.';
  const when = view.savedAt ? DATE_TIME.format(new Date(view.savedAt)) : '';
  return endSentence(`Terakhir disimpan${when ? ` ${when}` : ''}${view.savedBy ? ` oleh ${view.savedBy}` : ''}`);
}

/** Moves focus after React has re-rendered the list (ids follow the row position). */
function focusLater(...ids: string[]): void {
  window.setTimeout(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element instanceof HTMLButtonElement && element.disabled) continue;
      if (element) {
        element.focus();
        return;
      }
    }
  }, 0);
}

interface Printed {
  pdf: GeneratedPdf;
  /** The browser's URL of the document; null in Electron (shown in its own window). */
  url: string | null;
}

function ReportForm({ worksheetId, initial, locked }: { worksheetId: string; initial: ReportMetaView; locked: boolean }) {
  const [view, setView] = useState(initial);
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<Date | undefined>(undefined);
  const [printing, setPrinting] = useState(false);
  const [printed, setPrinted] = useState<Printed | undefined>(undefined);
  const [printError, setPrintError] = useState<string | undefined>(undefined);

  const { register, control, handleSubmit, reset, subscribe, formState } = useForm<ReportFormValues, unknown, ReportMeta>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: toFormValues(initial.meta),
  });
  const { errors, isDirty, isSubmitting } = formState;
  const anggota = useFieldArray({ control, name: 'anggota' });
  const rekomendasi = useFieldArray({ control, name: 'rekomendasi' });
  // Only the recommendations re-render the form while typing (the suggestion box compares with them).
  const liveRecommendations = useWatch({ control, name: 'rekomendasi' });

  // Edits typed before switching tabs come back (and still count as unsaved, compared with what
  // main stored); every change is kept until a save succeeds.
  useEffect(() => {
    const draft = reportDrafts.get(worksheetId);
    if (draft) reset(draft, { keepDefaultValues: true });
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => reportDrafts.set(worksheetId, structuredClone(values)),
    });
  }, [worksheetId, reset, subscribe]);

  /** Shows what main stored as the form's new starting point. */
  const applySaved = useCallback(
    (saved: ReportMetaView): void => {
      setView(saved);
      reset(toFormValues(saved.meta));
      reportDrafts.clear(worksheetId);
      setSavedAt(new Date());
    },
    [worksheetId, reset],
  );

  const persist = useCallback(
    async (meta: ReportMeta): Promise<boolean> => {
      setServerErrors([]);
      const result = await api.reports.saveMeta({ id: worksheetId, meta });
      if (!result.ok) {
        setServerErrors(errorLines(result.error));
        return false;
      }
      applySaved(result.value);
      return true;
    },
    [worksheetId, applySaved],
  );

  /** Validates and saves; true when stored. */
  const save = useCallback(async (): Promise<boolean> => {
    let saved = false;
    await handleSubmit(async (meta) => {
      saved = await persist(meta);
    })();
    return saved;
  }, [handleSubmit, persist]);

  // Ctrl+S (⌘S) saves while the tab is open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void save();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  /** The form's values when they pass the schema (the errors are shown otherwise), else null. */
  const validValues = (): Promise<ReportMeta | null> =>
    new Promise((resolve) => {
      void handleSubmit(
        (values) => resolve(values),
        () => resolve(null),
      )();
    });

  const print = async (): Promise<void> => {
    setPrintError(undefined);
    setPrinted(undefined);
    setPrinting(true);
    try {
      // Unsaved edits travel with the print command: main saves them, then prints (one call).
      const meta = isDirty ? await validValues() : undefined;
      const unsaved = 'Metadata laporan belum tersimpan; perbaiki isian yang ditandai lalu cetak lagi.';
      if (meta === null) {
        setPrintError(unsaved);
        return;
      }
      setServerErrors([]);
      const result = await api.reports.printLhe(meta === undefined ? { id: worksheetId } : { id: worksheetId, meta });
      if (!result.ok) {
        if (meta !== undefined && result.error.code === 'INVALID_INPUT') {
          setServerErrors(errorLines(result.error));
          setPrintError(unsaved);
        } else setPrintError(result.error.message);
        return;
      }
      if (meta !== undefined) applySaved(result.value.report);
      const { pdf } = result.value;
      const opened = await openGeneratedDocument(pdf.documentId);
      setPrinted({ pdf, url: opened.url });
      if (opened.error) setPrintError(opened.error);
    } finally {
      setPrinting(false);
    }
  };

  const recommendationTexts = liveRecommendations.map((entry) => entry.text);
  const pending = pendingSuggestions(view.suggestions, recommendationTexts);
  const room = roomForRecommendations(rekomendasi.fields.length);
  const busy = isSubmitting || printing;

  const addSuggestions = (texts: readonly string[]): void => {
    const fitting = texts.slice(0, room);
    if (fitting.length === 0) return;
    rekomendasi.append(
      fitting.map((text) => ({ text })),
      { shouldFocus: false },
    );
  };

  const moveRecommendation = (from: number, to: number): void => {
    rekomendasi.move(from, to);
    const direction = to < from ? 'up' : 'down';
    const other = direction === 'up' ? 'down' : 'up';
    focusLater(`rpt-rek-${to}-${direction}`, `rpt-rek-${to}-${other}`);
  };

  return (
    <form
      className="ws-panel ws-report form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
      aria-labelledby="rpt-title"
    >
      <div className="ws-report-head">
        <div>
          <h2 id="rpt-title" className="ws-section-title">
            Laporan Hasil Evaluasi {view.unitName} {view.year}
          </h2>
          <p className="muted">{savedLine(view)}</p>
          {locked ? (
            <p className="muted">LKE sudah final; metadata laporan tetap dapat diubah dan dicetak.</p>
          ) : null}
        </div>
      </div>

      {view.blanks.length > 0 ? (
        <p className="ws-report-blanks" role="note">
          Kolom kosong akan dicetak sebagai titik-titik (……): {view.blanks.join(', ')}.
        </p>
      ) : null}

      <fieldset className="fieldset ws-report-group">
        <legend>Surat pengantar</legend>
        <div className="ws-form-grid">
          <TextField id="rpt-nomor-surat" label="Nomor surat" name="nomorSurat" register={register} errors={errors} />
          <Field id="rpt-tanggal-surat" label="Tanggal surat" error={errors.tanggalSurat?.message}>
            {(c) => <input {...c} className="input" type="date" {...register('tanggalSurat')} />}
          </Field>
          <TextField id="rpt-sifat" label="Sifat" name="sifat" register={register} errors={errors} hint="mis. Biasa, Segera, Rahasia." />
          <TextField id="rpt-lampiran" label="Lampiran" name="lampiran" register={register} errors={errors} hint="mis. 1 (satu) berkas." />
        </div>
        <Field id="rpt-perihal" label="Perihal" error={errors.perihal?.message}>
          {(c) => <textarea {...c} className="input" rows={2} {...register('perihal')} />}
        </Field>
        <div className="ws-form-grid">
          <TextField id="rpt-kepada" label="Kepada (Yth.)" name="kepada" register={register} errors={errors} hint="Jabatan penerima, mis. Kepala Dinas …" />
          <TextField
            id="rpt-tempat"
            label="Tempat tujuan"
            name="tempatTujuan"
            register={register}
            errors={errors}
            hint="mis. “di Serang” atau “di Tempat”."
          />
        </div>
      </fieldset>

      <fieldset className="fieldset ws-report-group">
        <legend>Dasar penugasan</legend>
        <div className="ws-form-grid">
          <TextField id="rpt-nomor-laporan" label="Nomor laporan" name="nomorLaporan" register={register} errors={errors} />
          <TextField id="rpt-st-nomor" label="Nomor surat tugas" name="suratTugasNomor" register={register} errors={errors} />
          <Field id="rpt-st-tanggal" label="Tanggal surat tugas" error={errors.suratTugasTanggal?.message}>
            {(c) => <input {...c} className="input" type="date" {...register('suratTugasTanggal')} />}
          </Field>
          <TextField
            id="rpt-periode"
            label="Periode evaluasi"
            name="periodeEvaluasi"
            register={register}
            errors={errors}
            hint="mis. 12 s.d. 23 September 2022."
          />
        </div>
      </fieldset>

      <fieldset className="fieldset ws-report-group">
        <legend>Tim evaluasi</legend>
        <div className="ws-form-grid">
          <MemberFields id="rpt-dalnis" role="Pengendali Teknis" path="pengendaliTeknis" register={register} error={errors.pengendaliTeknis} />
          <MemberFields id="rpt-ketua" role="Ketua Tim" path="ketuaTim" register={register} error={errors.ketuaTim} />
        </div>
        <div className="ws-report-sub" role="group" aria-labelledby="rpt-anggota-title">
          <h3 id="rpt-anggota-title" className="ws-report-subtitle">
            Anggota tim <span className="muted">({anggota.fields.length} dari paling banyak {MAX_TEAM_MEMBERS})</span>
          </h3>
          {anggota.fields.length === 0 ? <p className="muted">Belum ada anggota.</p> : null}
          <ol className="ws-report-list">
            {anggota.fields.map((field, index) => (
              <li key={field.id} className="ws-report-member">
                <MemberFields
                  id={`rpt-anggota-${index}`}
                  role={`anggota ${index + 1}`}
                  path={`anggota.${index}`}
                  register={register}
                  error={errors.anggota?.[index]}
                />
                <button
                  type="button"
                  className="button button-ghost button-small ws-report-remove"
                  aria-label={`Hapus anggota ${index + 1}`}
                  onClick={() => {
                    anggota.remove(index);
                    focusLater('rpt-anggota-add');
                  }}
                >
                  Hapus
                </button>
              </li>
            ))}
          </ol>
          {errors.anggota?.root?.message ?? errors.anggota?.message ? (
            <p className="field-error">{errors.anggota?.root?.message ?? errors.anggota?.message}</p>
          ) : null}
          <button
            type="button"
            id="rpt-anggota-add"
            className="button button-secondary button-small"
            disabled={anggota.fields.length >= MAX_TEAM_MEMBERS}
            title={anggota.fields.length >= MAX_TEAM_MEMBERS ? `Anggota tim paling banyak ${MAX_TEAM_MEMBERS} orang.` : undefined}
            onClick={() => anggota.append({ nama: '', nip: '' })}
          >
            Tambah anggota
          </button>
        </div>
      </fieldset>

      <fieldset className="fieldset ws-report-group">
        <legend>Rekomendasi</legend>
        <p className="field-hint">Dicetak bernomor sesuai urutan di bawah. Baris kosong tidak disimpan.</p>
        {rekomendasi.fields.length === 0 ? <p className="muted">Belum ada rekomendasi.</p> : null}
        <ol className="ws-report-list">
          {rekomendasi.fields.map((field, index) => (
            <li key={field.id} className="ws-report-recommendation">
              <Field id={`rpt-rek-${index}`} label={`Rekomendasi ${index + 1}`} error={errors.rekomendasi?.[index]?.text?.message}>
                {(c) => <textarea {...c} className="input" rows={2} {...register(`rekomendasi.${index}.text`)} />}
              </Field>
              <div className="ws-report-row-actions">
                <button
                  type="button"
                  id={`rpt-rek-${index}-up`}
                  className="button button-ghost button-small"
                  aria-label={`Naikkan rekomendasi ${index + 1}`}
                  title="Naikkan"
                  disabled={index === 0}
                  onClick={() => moveRecommendation(index, index - 1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  id={`rpt-rek-${index}-down`}
                  className="button button-ghost button-small"
                  aria-label={`Turunkan rekomendasi ${index + 1}`}
                  title="Turunkan"
                  disabled={index === rekomendasi.fields.length - 1}
                  onClick={() => moveRecommendation(index, index + 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button button-ghost button-small ws-report-remove"
                  aria-label={`Hapus rekomendasi ${index + 1}`}
                  onClick={() => {
                    rekomendasi.remove(index);
                    focusLater(`rpt-rek-${index}`, `rpt-rek-${index - 1}`, 'rpt-rek-add');
                  }}
                >
                  Hapus
                </button>
              </div>
            </li>
          ))}
        </ol>
        {errors.rekomendasi?.root?.message ?? errors.rekomendasi?.message ? (
          <p className="field-error">{errors.rekomendasi?.root?.message ?? errors.rekomendasi?.message}</p>
        ) : null}
        <div>
          <button
            type="button"
            id="rpt-rek-add"
            className="button button-secondary button-small"
            disabled={room === 0}
            title={room === 0 ? `Rekomendasi paling banyak ${MAX_RECOMMENDATIONS} butir.` : undefined}
            onClick={() => rekomendasi.append({ text: '' })}
          >
            Tambah rekomendasi
          </button>
        </div>

        {view.suggestions.length > 0 ? (
          <section className="ws-report-suggestions" aria-labelledby="rpt-saran-title">
            <h3 id="rpt-saran-title" className="ws-report-subtitle">
              Saran rekomendasi dari hasil penilaian
            </h3>
            {pending.length === 0 ? (
              <p className="muted">Semua saran sudah ada di daftar rekomendasi.</p>
            ) : (
              <>
                <ul className="ws-report-suggestion-list">
                  {pending.map((text, index) => (
                    <li key={text}>
                      <span id={`rpt-saran-${index}`}>{text}</span>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-describedby={`rpt-saran-${index}`}
                        disabled={room === 0}
                        onClick={() => addSuggestions([text])}
                      >
                        Tambahkan
                      </button>
                    </li>
                  ))}
                </ul>
                <button type="button" className="button button-secondary button-small" disabled={room === 0} onClick={() => addSuggestions(pending)}>
                  Tambahkan semua
                </button>
              </>
            )}
          </section>
        ) : null}
      </fieldset>

      {serverErrors.length > 0 ? <AlertList title="Metadata laporan belum disimpan:" messages={serverErrors} /> : null}
      <Alert>{printError}</Alert>

      <div className="form-actions ws-report-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {isSubmitting && !printing ? <Spinner /> : null}
          Simpan
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void print()}>
          {printing ? <Spinner label="Menyusun PDF…" /> : 'Cetak LHE (PDF)'}
        </button>
        <span className="ws-report-state" role="status">
          {isDirty ? (
            <span className="ws-save is-pending">Ada perubahan yang belum disimpan.</span>
          ) : savedAt ? (
            <span className="ws-save is-saved">✓ Tersimpan pukul {TIME.format(savedAt)}</span>
          ) : null}
        </span>
        <span className="ws-report-shortcut muted small">Ctrl+S menyimpan</span>
      </div>

      {printed ? (
        <p className="ws-report-printed" role="status">
          PDF dibuat:{' '}
          {printed.url !== null ? (
            <a href={documentUrl(printed.pdf.documentId)} target="_blank" rel="noopener">
              LHE {printed.pdf.fileName} ({printed.pdf.pages} halaman)
            </a>
          ) : (
            <button type="button" className="link-button" onClick={() => void openGeneratedDocument(printed.pdf.documentId)}>
              LHE {printed.pdf.fileName} ({printed.pdf.pages} halaman)
            </button>
          )}{' '}
          <DocumentActions documentId={printed.pdf.documentId} subject={`LHE ${printed.pdf.fileName}`} small />
        </p>
      ) : null}
    </form>
  );
}

type TextName = 'nomorSurat' | 'sifat' | 'lampiran' | 'kepada' | 'tempatTujuan' | 'nomorLaporan' | 'suratTugasNomor' | 'periodeEvaluasi';

/** One single-line text of the metadata. */
/** Name and NIP of one team member ("Nama Ketua Tim", "NIP anggota 2"), ids `<id>-nama` and `<id>-nip`. */
function MemberFields({
  id,
  role,
  path,
  register,
  error,
}: {
  id: string;
  role: string;
  path: 'pengendaliTeknis' | 'ketuaTim' | `anggota.${number}`;
  register: UseFormRegister<ReportFormValues>;
  error: { nama?: { message?: string | undefined } | undefined; nip?: { message?: string | undefined } | undefined } | undefined;
}) {
  return (
    <>
      <Field id={`${id}-nama`} label={`Nama ${role}`} error={error?.nama?.message}>
        {(c) => <input {...c} className="input" autoComplete="off" {...register(`${path}.nama`)} />}
      </Field>
      <Field id={`${id}-nip`} label={`NIP ${role}`} error={error?.nip?.message}>
        {(c) => <input {...c} className="input nip" inputMode="numeric" autoComplete="off" {...register(`${path}.nip`)} />}
      </Field>
    </>
  );
}

function TextField({
  id,
  label,
  name,
  hint,
  register,
  errors,
}: {
  id: string;
  label: string;
  name: TextName;
  hint?: string;
  register: UseFormRegister<ReportFormValues>;
  errors: FieldErrors<ReportFormValues>;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={errors[name]?.message}>
      {(c) => <input {...c} className="input" autoComplete="off" {...register(name)} />}
    </Field>
  );
}
