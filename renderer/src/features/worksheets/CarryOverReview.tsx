import { useState } from 'react';
import { itemsByCode, type Template } from '../../../../shared/lke';
import type { Result } from '../../../../shared/result';
import { answerText, carriedCodes, type EvidenceReference, type Worksheet, type WorksheetDetail } from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';

interface CarryOverReviewProps {
  worksheet: Worksheet;
  template: Template;
  /** Runs a call that returns the worksheet and takes its result (the editor's `mutate`). */
  mutate(run: () => Promise<Result<WorksheetDetail>>): Promise<Result<WorksheetDetail>>;
  onClose(): void;
}

/**
 * The review list of answers carried over from last year: each item with its question, the carried
 * answer, note and evidence references (marked with their year); confirmed item by item or all at
 * once, and the last confirmation can be undone (the items become unconfirmed again).
 */
export function CarryOverReview({ worksheet, template, mutate, onClose }: CarryOverReviewProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [last, setLast] = useState<string[]>([]);
  const items = itemsByCode(template);
  const codes = carriedCodes(worksheet);
  const year = worksheet.carriedFromYear ?? worksheet.year - 1;

  const run = async (call: () => Promise<Result<WorksheetDetail>>, after: (ok: boolean) => void): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await mutate(call);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    after(result.ok);
  };

  const confirm = (chosen: string[] | undefined): Promise<void> =>
    run(
      () => api.worksheets.confirmCarried(chosen ? { id: worksheet.id, codes: chosen } : { id: worksheet.id }),
      (ok) => {
        if (ok) setLast(chosen ?? codes);
      },
    );

  const undo = (): Promise<void> =>
    run(
      () => api.worksheets.undoConfirmCarried({ id: worksheet.id, codes: last }),
      (ok) => {
        if (ok) setLast([]);
      },
    );

  return (
    <Dialog
      title={`Tinjau jawaban bawaan ${year}`}
      size="large"
      onClose={busy ? undefined : onClose}
      description={
        <p>
          Jawaban, catatan dan referensi bukti dukung Unit berikut dibawa dari LKE {year}. Periksa setiap butir, lalu konfirmasi satu per satu
          atau sekaligus; konfirmasi terakhir dapat diurungkan.
        </p>
      }
    >
      {last.length > 0 ? (
        <div className="import-summary" role="status">
          {last.length} jawaban bawaan dikonfirmasi.{' '}
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void undo()}>
            Urungkan konfirmasi
          </button>
        </div>
      ) : null}
      {codes.length === 0 ? (
        <p className="muted" role="status">
          Semua jawaban bawaan sudah dikonfirmasi.
        </p>
      ) : (
        <DataTable
          label="Jawaban bawaan"
          className="table-compact ws-excel-table"
          wrap="tall"
          columns={['Kode', 'Pertanyaan', `Jawaban ${year}`, `Catatan ${year}`, 'Bukti dukung', 'Aksi']}
        >
          {codes.map((code) => {
            const item = worksheet.items[code];
            const references = (item?.evidence ?? []).filter(
              (entry): entry is EvidenceReference => entry.kind === 'reference' && entry.carriedFromYear !== undefined,
            );
            return (
              <tr key={code}>
                <th scope="row" className="ws-code">
                  {code}
                </th>
                <td className="ws-excel-question">{items.get(code)?.item.text ?? ''}</td>
                <td>{answerText(item?.unit.answer ?? null) || <span className="muted">—</span>}</td>
                <td className="ws-excel-note">{item?.unit.note || <span className="muted">—</span>}</td>
                <td className="ws-excel-note">
                  {references.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul>
                      {references.map((entry) => (
                        <li key={entry.id}>
                          {entry.text} <span className="muted">(dari {entry.carriedFromYear})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy}
                    aria-label={`Konfirmasi butir ${code}`}
                    onClick={() => void confirm([code])}
                  >
                    Konfirmasi
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Alert>{error}</Alert>
      <div className="form-actions">
        {codes.length > 0 ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm(undefined)}>
            {busy ? <Spinner /> : null}
            Konfirmasi semua ({codes.length})
          </button>
        ) : null}
        <button type="button" className="button button-secondary" disabled={busy} onClick={onClose} data-autofocus>
          Selesai
        </button>
      </div>
    </Dialog>
  );
}
