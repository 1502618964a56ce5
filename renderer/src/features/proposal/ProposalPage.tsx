import { useCallback, useMemo, useState } from 'react';
import { documentUrl, type GeneratedPdf } from '../../../../shared/documents';
import { MAX_YEAR, MIN_YEAR } from '../../../../shared/schemas/common';
import type { ProposalCandidate, ProposalCategory, ProposalLetter, ProposalView } from '../../../../shared/proposal';
import { api } from '../../api/client';
import { Alert, AlertList } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { YearSelect } from '../../components/YearSelect';
import { downloadBase64 } from '../../lib/download';
import { useLoad } from '../../lib/useLoad';
import { calendarYear, useActiveYear } from '../app/ActiveYear';
import { useDashboardYear } from '../dashboard/route';
import { DocumentActions } from '../documents/DocumentActions';
import { openGeneratedDocument } from '../pledges/openDocument';
import { worksheetHref } from '../worksheets/route';
import { MissingParts } from './ProposalDeadline';
import { categoryLabel, deadlineLine, eligibilityBadge, formIssues, formOf, proposalHref, saveInput, type ProposalForm } from './model';
import './proposal.css';

/**
 * "Usulan ke KemenPANRB" (`#/usulan?tahun=2022`): the proposal package of a year — pick the units
 * (eligible ones; the others listed with the reason, afirmasi marked), fill in the letter fields,
 * print the Surat Pengajuan Evaluasi and the SPTJM, and export the PortalRB data as JSON and Excel.
 * Eligibility, letters and files all come from main (`proposal:*`); a print or export saves unsaved
 * edits first.
 */

type Work = 'save' | 'surat' | 'sptjm' | 'json' | 'excel';

const WORK_LABEL: Record<Work, string> = {
  save: 'Menyimpan…',
  surat: 'Menyusun surat…',
  sptjm: 'Menyusun SPTJM…',
  json: 'Menyusun JSON…',
  excel: 'Menyusun Excel…',
};

interface Made {
  key: Work;
  label: string;
  pdf?: { file: GeneratedPdf; url: string | null };
  fileName?: string;
}

function yearOptions(selected: number): number[] {
  const years = new Set<number>([selected]);
  for (let year = Math.max(MIN_YEAR, 2021); year <= Math.min(calendarYear() + 1, MAX_YEAR); year += 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/** The screen of `#/usulan`. */
export function ProposalPage() {
  const active = useActiveYear();
  const year = useDashboardYear() ?? active.year;
  const load = useCallback(() => api.proposal.get({ year }), [year]);
  const { data, error, reload } = useLoad(load);
  const ready = data !== undefined && data.year === year;

  return (
    <>
      <PageHeader
        title="Usulan ke KemenPANRB"
        description="Paket usulan evaluasi Zona Integritas: unit kerja yang diusulkan, Surat Pengajuan Evaluasi, SPTJM, dan data LKE untuk PortalRB."
      />
      <div className="toolbar">
        <YearSelect id="proposal-tahun" years={yearOptions(year)} value={year} hrefOf={proposalHref} />
        <p className="muted" role="status">
          {!ready && !error ? <Spinner label="Memuat usulan…" /> : null}
        </p>
      </div>
      {error ? (
        <Alert actions={<button type="button" className="button button-secondary" onClick={reload}>Coba lagi</button>}>
          Usulan belum dapat dimuat. {error.message}
        </Alert>
      ) : null}
      {ready ? <ProposalEditor key={year} view={data} reload={reload} /> : null}
    </>
  );
}

function ProposalEditor({ view, reload }: { view: ProposalView; reload: () => void }) {
  const { notify } = useToast();
  const [form, setForm] = useState<ProposalForm>(() => formOf(view));
  const [saved, setSaved] = useState<ProposalForm>(() => formOf(view));
  const [issues, setIssues] = useState<{ fieldId: string; message: string }[]>([]);
  const [serverError, setServerError] = useState<string[]>([]);
  const [busy, setBusy] = useState<Work | undefined>(undefined);
  const [made, setMade] = useState<Made[]>([]);
  const dirty = useMemo(() => JSON.stringify(form) !== JSON.stringify(saved), [form, saved]);
  const issueOf = (fieldId: string): string | undefined => issues.find((issue) => issue.fieldId === fieldId)?.message;

  const setLetter = (patch: Partial<ProposalLetter>): void => setForm((current) => ({ ...current, letter: { ...current.letter, ...patch } }));
  const setSigner = (patch: Partial<ProposalLetter['penandatangan']>): void =>
    setForm((current) => ({ ...current, letter: { ...current.letter, penandatangan: { ...current.letter.penandatangan, ...patch } } }));
  const toggle = (candidate: ProposalCandidate, on: boolean): void =>
    setForm((current) => {
      const chosen = Object.fromEntries(Object.entries(current.chosen).filter(([unitId]) => unitId !== candidate.unitId));
      if (on && candidate.kategori !== null) chosen[candidate.unitId] = candidate.kategori;
      return { ...current, chosen };
    });
  const setCategory = (unitId: string, kategori: ProposalCategory): void => setForm((current) => ({ ...current, chosen: { ...current.chosen, [unitId]: kategori } }));

  /** Validates and saves; true when stored. */
  const save = async (): Promise<boolean> => {
    const found = formIssues(view.year, form, view.candidates);
    setIssues(found);
    setServerError([]);
    if (found.length > 0) return false;
    const result = await api.proposal.save(saveInput(view.year, form, view.candidates));
    if (!result.ok) {
      setServerError([result.error.message, ...(result.error.issues ?? []).map((issue) => issue.message)]);
      return false;
    }
    const next = formOf(result.value);
    setForm(next);
    setSaved(next);
    reload();
    return true;
  };

  const run = async (work: Work, action: () => Promise<Made | null>): Promise<void> => {
    setBusy(work);
    try {
      if (work === 'save') {
        if (await save()) notify('success', 'Usulan disimpan.');
        return;
      }
      if (dirty && !(await save())) return;
      const result = await action();
      if (result) setMade((current) => [...current.filter((entry) => entry.key !== result.key), result]);
      reload();
    } finally {
      setBusy(undefined);
    }
  };

  const printPdf = (key: 'surat' | 'sptjm', label: string) => async (): Promise<Made | null> => {
    const result = key === 'surat' ? await api.proposal.printLetter({ year: view.year }) : await api.proposal.printSptjm({ year: view.year });
    if (!result.ok) {
      setServerError([`${label} belum dapat dicetak. ${result.error.message}`]);
      return null;
    }
    const opened = await openGeneratedDocument(result.value.documentId);
    if (opened.error) setServerError([`${label} tersimpan tetapi belum dapat dibuka. ${opened.error}`]);
    return { key, label, pdf: { file: result.value, url: opened.url } };
  };

  const exportFile = (key: 'json' | 'excel', label: string) => async (): Promise<Made | null> => {
    const result = key === 'json' ? await api.proposal.exportJson({ year: view.year }) : await api.proposal.exportExcel({ year: view.year });
    if (!result.ok) {
      setServerError([`${label} belum dapat disusun. ${result.error.message}`]);
      return null;
    }
    downloadBase64(result.value);
    return { key, label, fileName: result.value.fileName };
  };

  const chosenCount = Object.keys(form.chosen).length;
  const letter = form.letter;
  return (
    <>
      <section className="panel" aria-labelledby="proposal-deadline-title">
        <h2 id="proposal-deadline-title" className="panel-title">
          Batas pengusulan: {deadlineLine(view.deadline, view.daysLeft)}
        </h2>
        <MissingParts missing={view.missing} />
      </section>

      <section aria-labelledby="proposal-units-title">
        <h2 id="proposal-units-title" className="section-title">
          Unit kerja tahun {view.year}
        </h2>
        {view.candidates.length === 0 ? (
          <p>Belum ada lembar kerja LKE tahun {view.year}. Buat dan nilai lembar kerja unit kerja terlebih dahulu.</p>
        ) : (
          <div className="table-wrap" id="proposal-units" tabIndex={-1}>
            <table className="table proposal-units" aria-label={`Unit kerja yang dapat diusulkan tahun ${view.year}`}>
              <thead>
                <tr>
                  <th scope="col">Usulkan</th>
                  <th scope="col">Unit kerja</th>
                  <th scope="col">Kelayakan</th>
                  <th scope="col">Kategori</th>
                </tr>
              </thead>
              <tbody>
                {view.candidates.map((candidate) => {
                  const chosen = form.chosen[candidate.unitId];
                  const badge = eligibilityBadge(candidate);
                  const categoryId = `proposal-kategori-${candidate.unitId}`;
                  return (
                    <tr key={candidate.unitId}>
                      <td>
                        <input
                          type="checkbox"
                          id={`proposal-unit-${candidate.unitId}`}
                          aria-label={`Usulkan ${candidate.nama}`}
                          checked={chosen !== undefined}
                          disabled={!candidate.eligible && chosen === undefined}
                          onChange={(event) => toggle(candidate, event.target.checked)}
                        />
                      </td>
                      <th scope="row" className="cell-main">
                        <a href={worksheetHref(candidate.worksheetId)}>{candidate.nama}</a>
                        {candidate.afirmasi ? (
                          <>
                            {' '}
                            <span className="badge badge-info">Afirmasi</span>
                          </>
                        ) : null}
                      </th>
                      <td>
                        <span className={badge.className}>{badge.label}</span>
                        {candidate.reasons.length > 0 ? (
                          <ul className="proposal-reasons" aria-label={candidate.eligible ? `Yang masih harus dipenuhi ${candidate.nama}` : `Alasan ${candidate.nama} belum layak`}>
                            {candidate.reasons.map((reason) => (
                              <li key={reason}>{reason}</li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                      <td>
                        {candidate.categories.length > 1 && chosen !== undefined ? (
                          <>
                            <label htmlFor={categoryId} className="visually-hidden">
                              Kategori {candidate.nama}
                            </label>
                            <select id={categoryId} className="input" value={chosen} onChange={(event) => setCategory(candidate.unitId, event.target.value as ProposalCategory)}>
                              {candidate.categories.map((category) => (
                                <option key={category} value={category}>
                                  {categoryLabel(category)}
                                </option>
                              ))}
                            </select>
                          </>
                        ) : chosen !== undefined ? (
                          categoryLabel(chosen)
                        ) : candidate.kategori !== null ? (
                          <span className="muted">{candidate.categories.map(categoryLabel).join(' atau ')}</span>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <p className="muted proposal-count">{chosenCount} unit kerja dipilih.</p>
      </section>

      <form
        className="panel form"
        aria-labelledby="proposal-letter-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run('save', () => Promise.resolve(null));
        }}
      >
        <h2 id="proposal-letter-title" className="panel-title">
          Surat Pengajuan Evaluasi dan SPTJM
        </h2>
        <p className="muted">
          Nomor dan tanggal yang belum diisi dicetak sebagai titik-titik untuk diisi dengan tangan. Kedua surat ditandatangani Bupati.
        </p>
        <div className="proposal-form-grid">
          <TextField id="proposal-nomorSurat" label="Nomor surat" optional value={letter.nomorSurat} error={issueOf('proposal-nomorSurat')} onChange={(event) => setLetter({ nomorSurat: event.target.value })} />
          <TextField id="proposal-tanggalSurat" type="date" label="Tanggal surat" optional value={letter.tanggalSurat} error={issueOf('proposal-tanggalSurat')} onChange={(event) => setLetter({ tanggalSurat: event.target.value })} />
          <TextField id="proposal-sifat" label="Sifat" value={letter.sifat} error={issueOf('proposal-sifat')} onChange={(event) => setLetter({ sifat: event.target.value })} />
          <TextField id="proposal-lampiran" label="Lampiran" value={letter.lampiran} error={issueOf('proposal-lampiran')} onChange={(event) => setLetter({ lampiran: event.target.value })} />
          <TextField id="proposal-perihal" className="proposal-wide" label="Perihal" value={letter.perihal} error={issueOf('proposal-perihal')} onChange={(event) => setLetter({ perihal: event.target.value })} />
          <TextField id="proposal-tempat" label="Tempat (baris tanggal)" value={letter.tempat} error={issueOf('proposal-tempat')} onChange={(event) => setLetter({ tempat: event.target.value })} />
          <TextField
            id="proposal-batasWaktu"
            type="date"
            label="Batas waktu pengusulan"
            optional
            hint="Kosongkan untuk 31 Mei, atau isi tanggal yang diumumkan KemenPANRB."
            value={letter.batasWaktu}
            error={issueOf('proposal-batasWaktu')}
            onChange={(event) => setLetter({ batasWaktu: event.target.value })}
          />
          <TextAreaField
            id="proposal-alamatInstansi"
            className="proposal-wide"
            label="Alamat Pemerintah Kabupaten"
            hint="Dicetak pada kop surat dan sebagai alamat instansi pada SPTJM."
            rows={2}
            value={letter.alamatInstansi}
            error={issueOf('proposal-alamatInstansi')}
            onChange={(event) => setLetter({ alamatInstansi: event.target.value })}
          />
          <TextField id="proposal-penandatangan-nama" label="Nama Bupati" value={letter.penandatangan.nama} error={issueOf('proposal-penandatangan-nama')} onChange={(event) => setSigner({ nama: event.target.value })} />
          <TextField id="proposal-penandatangan-jabatan" label="Jabatan penanda tangan" value={letter.penandatangan.jabatan} error={issueOf('proposal-penandatangan-jabatan')} onChange={(event) => setSigner({ jabatan: event.target.value })} />
          <TextField
            id="proposal-penandatangan-nip"
            label="NIP penanda tangan"
            optional
            inputClassName="nip"
            hint="Hanya untuk Penjabat (Pj.) Bupati yang berstatus PNS."
            value={letter.penandatangan.nip}
            error={issueOf('proposal-penandatangan-nip')}
            onChange={(event) => setSigner({ nip: event.target.value })}
          />
        </div>
        <ErrorSummary items={issues.map((issue) => ({ fieldId: issue.fieldId, message: issue.message }))} />
        {serverError.length > 0 ? <AlertList title="Usulan belum dapat diproses" messages={serverError} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy !== undefined}>
            {busy === 'save' ? <Spinner label={WORK_LABEL.save} /> : 'Simpan usulan'}
          </button>
          {dirty ? <span className="muted">Ada perubahan yang belum disimpan.</span> : view.savedAt ? <span className="muted">Tersimpan.</span> : null}
        </div>
      </form>

      <section className="panel" aria-labelledby="proposal-outputs-title">
        <h2 id="proposal-outputs-title" className="panel-title">
          Dokumen dan data usulan
        </h2>
        <p className="muted">Hanya unit kerja yang dipilih dan layak yang dicantumkan. Perubahan yang belum disimpan disimpan terlebih dahulu.</p>
        <div className="proposal-outputs">
          <button type="button" className="button button-primary" disabled={busy !== undefined} onClick={() => void run('surat', printPdf('surat', 'Surat Pengajuan Evaluasi'))}>
            {busy === 'surat' ? <Spinner label={WORK_LABEL.surat} /> : 'Cetak Surat Pengajuan'}
          </button>
          <button type="button" className="button button-primary" disabled={busy !== undefined} onClick={() => void run('sptjm', printPdf('sptjm', 'SPTJM'))}>
            {busy === 'sptjm' ? <Spinner label={WORK_LABEL.sptjm} /> : 'Cetak SPTJM'}
          </button>
          <button type="button" className="button button-secondary" disabled={busy !== undefined} onClick={() => void run('json', exportFile('json', 'Data PortalRB (JSON)'))}>
            {busy === 'json' ? <Spinner label={WORK_LABEL.json} /> : 'Unduh data PortalRB (.json)'}
          </button>
          <button type="button" className="button button-secondary" disabled={busy !== undefined} onClick={() => void run('excel', exportFile('excel', 'Excel pengusulan'))}>
            {busy === 'excel' ? <Spinner label={WORK_LABEL.excel} /> : 'Unduh Excel pengusulan (.xlsx)'}
          </button>
        </div>
        <div role="status">
          {made.length > 0 ? (
            <ul className="proposal-made">
              {made.map((entry) => (
                <li key={entry.key}>
                  {entry.pdf ? (
                    <>
                      {entry.label}:{' '}
                      {entry.pdf.url ? (
                        <a href={documentUrl(entry.pdf.file.documentId)} target="_blank" rel="noopener">
                          {entry.pdf.file.fileName}
                        </a>
                      ) : (
                        <button type="button" className="link-button" onClick={() => void openGeneratedDocument(entry.pdf?.file.documentId ?? '')}>
                          {entry.pdf.file.fileName}
                        </button>
                      )}{' '}
                      <DocumentActions documentId={entry.pdf.file.documentId} subject={entry.pdf.file.fileName} small />
                    </>
                  ) : (
                    `${entry.label} diunduh: ${entry.fileName ?? ''}`
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
    </>
  );
}
