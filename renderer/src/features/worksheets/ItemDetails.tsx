import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { formatAngka, formatTanggal } from '../../../../shared/format';
import type { Answer } from '../../../../shared/lke';
import { answerText, type Evidence, type HistoryEntry, type WorksheetItem } from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { downloadBase64 } from '../../lib/download';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { ExternalLink } from '../documents/ExternalLink';
import { openEvidenceFile } from '../documents/openThings';
import { LAYER_LABEL, LAYERS, noteProblem, type Layer } from './model/answers';
import type { ItemRow } from './model/tree';

interface ItemDetailsProps {
  worksheetId: string;
  item: ItemRow;
  stored: WorksheetItem | undefined;
  layer: Layer;
  /** Notes as on screen (including edits not saved yet). */
  notes: Readonly<Record<Layer, string>>;
  canEditNote: boolean;
  canEditEvidence: boolean;
  focusNote: boolean;
  columns: number;
  onNote(layer: Layer, code: string, note: string): void;
  /** Runs an evidence change; resolves to an error message or undefined. */
  onEvidence(run: () => ReturnType<typeof api.worksheets.removeEvidence>): Promise<string | undefined>;
  onClose(code: string): void;
}

/** What an item's history line says, in Bahasa Indonesia. */
export function historyText(entry: HistoryEntry): string {
  const show = (answer: Answer | null): string => (answer === null ? 'kosong' : answerText(answer));
  const parts: string[] = [];
  if (entry.kind === 'carryOver') parts.push(`dibawa dari tahun lalu: ${show(entry.newAnswer)}`);
  else if (entry.kind === 'confirm') parts.push(`jawaban bawaan dikonfirmasi: ${show(entry.newAnswer)}`);
  else if (entry.kind === 'unconfirm') parts.push(`konfirmasi jawaban bawaan diurungkan: ${show(entry.newAnswer)}`);
  else if (!sameNullable(entry.oldAnswer, entry.newAnswer)) parts.push(`${show(entry.oldAnswer)} → ${show(entry.newAnswer)}`);
  if (entry.oldNote !== entry.newNote) {
    parts.push(entry.newNote === '' ? 'catatan dihapus' : entry.oldNote === '' ? `catatan: “${entry.newNote}”` : `catatan diubah: “${entry.newNote}”`);
  }
  return parts.join('; ') || 'tanpa perubahan';
}

function sameNullable(a: Answer | null, b: Answer | null): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && a.value === b.value;
}

function timeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatTanggal(date)} ${hh}.${mm}`;
}

/**
 * The expanded part of a question: criteria and options, the note of each layer (the active one
 * editable), the evidence with upload/reference/remove, and the item's history.
 */
export function ItemDetails(props: ItemDetailsProps) {
  const { worksheetId, item, stored, layer, notes, canEditNote, canEditEvidence, focusNote, columns, onNote, onEvidence, onClose } = props;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [noteText, setNoteText] = useState(notes[layer]);
  const [noteLayer, setNoteLayer] = useState(layer);
  const [noteError, setNoteError] = useState<string | undefined>(undefined);
  // The note this field sent last: a stored note that differs (a save refused and rolled back)
  // replaces what is on screen, so the field never shows a note that is not kept.
  const [noteSent, setNoteSent] = useState(notes[layer]);
  const [noteSeen, setNoteSeen] = useState(notes[layer]);
  if (noteLayer !== layer) {
    setNoteLayer(layer);
    setNoteText(notes[layer]);
    setNoteSent(notes[layer]);
    setNoteSeen(notes[layer]);
    setNoteError(undefined);
  } else if (noteSeen !== notes[layer]) {
    setNoteSeen(notes[layer]);
    if (notes[layer] !== noteSent) {
      setNoteText(notes[layer]);
      setNoteSent(notes[layer]);
      setNoteError(undefined);
    }
  }

  const changeNote = (text: string): void => {
    setNoteText(text);
    const problem = noteProblem(text);
    setNoteError(problem);
    if (problem) return;
    setNoteSent(text);
    onNote(layer, item.code, text);
  };

  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [focusNote]);

  const backToRow = (): void => {
    const row = document.querySelector<HTMLElement>(`tr[data-code="${CSS.escape(item.code)}"]`);
    row?.focus();
  };

  const onNoteKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      backToRow();
      onClose(item.code);
    }
  };

  const history = stored?.history ?? [];
  const evidence = stored?.evidence ?? [];
  const noteId = `ws-note-${item.code}`;

  return (
    <tr className="ws-detail-row" data-details-for={item.code}>
      <td colSpan={columns}>
        <div className="ws-detail">
          <section className="ws-detail-block ws-detail-criteria" aria-label={`Kriteria butir ${item.code}`}>
            <h3 className="ws-detail-title">Kriteria</h3>
            {item.options.length > 0 ? (
              <ul className="ws-option-list">
                {item.options.map((option) => (
                  <li key={option.key}>
                    <span className="ws-option-key">{option.key}</span>
                    <span className="ws-option-value">{formatAngka(option.value)}</span>
                    <span>{option.label}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {item.criteria && item.options.length === 0 ? <p className="ws-criteria-text">{item.criteria}</p> : null}
            {item.answerType === 'PERSEN' ? (
              <p className="ws-hint">Dihitung otomatis dari butir {item.inputs.join(', ')}.</p>
            ) : null}
            {item.answerType === 'INDEKS' ? <p className="ws-hint">Isi indeks 0–4 dengan paling banyak dua desimal, mis. 3,62.</p> : null}
          </section>

          <section className="ws-detail-block" aria-label={`Catatan butir ${item.code}`}>
            <h3 className="ws-detail-title">Catatan</h3>
            <label className="ws-field-label" htmlFor={noteId}>
              Catatan {LAYER_LABEL[layer]}
            </label>
            <textarea
              id={noteId}
              ref={noteRef}
              className="input ws-note-input"
              rows={3}
              value={noteText}
              disabled={!canEditNote}
              placeholder={canEditNote ? 'Tulis catatan, lalu Esc untuk kembali ke butir' : 'Lapisan ini terkunci'}
              aria-invalid={noteError !== undefined}
              aria-describedby={noteError ? `${noteId}-error` : undefined}
              onChange={(event) => changeNote(event.target.value)}
              onKeyDown={onNoteKey}
            />
            {noteError ? (
              <p id={`${noteId}-error`} className="field-error" role="alert">
                {noteError}
              </p>
            ) : null}
            {LAYERS.filter((entry) => entry !== layer && notes[entry] !== '').map((entry) => (
              <p key={entry} className="ws-other-note">
                <span className="ws-other-note-layer">Catatan {LAYER_LABEL[entry]}:</span> {notes[entry]}
              </p>
            ))}
          </section>

          <EvidenceBlock worksheetId={worksheetId} code={item.code} evidence={evidence} canEdit={canEditEvidence} onEvidence={onEvidence} />

          <section className="ws-detail-block ws-history" aria-label={`Riwayat butir ${item.code}`}>
            <h3 className="ws-detail-title">Riwayat</h3>
            {history.length === 0 ? (
              <p className="muted">Belum ada perubahan.</p>
            ) : (
              <ol className="ws-history-list">
                {[...history].reverse().map((entry, index) => (
                  <li key={`${entry.at}-${index}`}>
                    <span className="ws-history-meta">
                      <span className={`ws-layer-tag is-${entry.layer}`}>{LAYER_LABEL[entry.layer]}</span>
                      <span className="ws-history-when">{timeText(entry.at)}</span>
                      <span className="ws-history-who">{entry.by}</span>
                    </span>
                    <span className="ws-history-what">{historyText(entry)}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </td>
    </tr>
  );
}

interface EvidenceBlockProps {
  worksheetId: string;
  code: string;
  evidence: readonly Evidence[];
  canEdit: boolean;
  onEvidence: ItemDetailsProps['onEvidence'];
}

function EvidenceBlock({ worksheetId, code, evidence, canEdit, onEvidence }: EvidenceBlockProps) {
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (action: () => ReturnType<typeof api.worksheets.removeEvidence>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    const message = await onEvidence(action);
    setBusy(false);
    if (message) setError(message);
    return message === undefined;
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const dataBase64 = await fileToBase64(file);
    await run(() => api.worksheets.addEvidenceFile({ id: worksheetId, code, fileName: file.name, dataBase64 }));
  };

  const addReference = async (): Promise<void> => {
    const text = reference.trim();
    if (text === '') {
      setError('Tulis rujukan atau tautan bukti dukung lebih dahulu.');
      return;
    }
    if (await run(() => api.worksheets.addEvidenceReference({ id: worksheetId, code, text }))) setReference('');
  };

  const open = async (entry: Evidence): Promise<void> => {
    const outcome = await openEvidenceFile(worksheetId, entry.id);
    if (outcome.error !== null) setError(outcome.error);
  };

  /** "Simpan salinan…": the browser's download, a save dialog in Electron (will-download). */
  const saveCopy = async (entry: Evidence): Promise<void> => {
    const result = await api.worksheets.evidenceBlob({ id: worksheetId, evidenceId: entry.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBase64(result.value);
  };

  const referenceId = `ws-ref-${code}`;
  return (
    <section className="ws-detail-block" aria-label={`Bukti dukung butir ${code}`}>
      <h3 className="ws-detail-title">Bukti dukung</h3>
      {evidence.length === 0 ? <p className="muted">Belum ada bukti dukung.</p> : null}
      <ul className="ws-evidence-list">
        {evidence.map((entry) => (
          <li key={entry.id}>
            {entry.kind === 'file' ? (
              <>
                <span className="ws-evidence-icon" aria-hidden="true">
                  ▤
                </span>
                <button type="button" className="link-button" title={entry.name} onClick={() => void open(entry)}>
                  {entry.name}
                </button>
                <span className="muted">{formatFileSize(entry.size)}</span>
                <button type="button" className="link-button" onClick={() => void saveCopy(entry)}>
                  Simpan salinan…<span className="visually-hidden"> {entry.name}</span>
                </button>
              </>
            ) : (
              <>
                <span className="ws-evidence-icon" aria-hidden="true">
                  ↗
                </span>
                <ExternalLink url={entry.text} />
              </>
            )}
            <span className="muted ws-evidence-by">{entry.addedBy}</span>
            {canEdit ? (
              <button
                type="button"
                className="link-button ws-danger-link"
                disabled={busy}
                aria-label={`Hapus bukti ${entry.kind === 'file' ? entry.name : entry.text}`}
                onClick={() => void run(() => api.worksheets.removeEvidence({ id: worksheetId, code, evidenceId: entry.id }))}
              >
                Hapus
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <div className="ws-evidence-add">
          <input ref={fileRef} type="file" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(event) => void onFile(event)} />
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => fileRef.current?.click()}>
            Unggah berkas…
          </button>
          <label className="visually-hidden" htmlFor={referenceId}>
            Rujukan atau tautan bukti dukung
          </label>
          <input
            id={referenceId}
            className="input ws-ref-input"
            placeholder="Rujukan/tautan, mis. SK Tim ZI No. 800/12/2022"
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void addReference();
              }
            }}
          />
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void addReference()}>
            Tambah rujukan
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
