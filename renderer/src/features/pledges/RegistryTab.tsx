import { useCallback, useRef, useState } from 'react';
import { formatAngka, formatNip, formatTanggal } from '../../../../shared/format';
import { MAX_SIGNED_SCAN_BYTES, PLEDGE_STATUS_LABEL, type PledgeStatus, type PledgeView, type RegistryRow } from '../../../../shared/pledges';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { UnitOptions } from '../../components/Options';
import { RowActionButton, RowActions } from '../../components/RowActions';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { useLoad } from '../../lib/useLoad';
import { openGeneratedDocument } from './openDocument';
import { Alert } from '../../components/Alert';

/**
 * *Daftar & cakupan*: per unit (or all units) and year, who signed digitally, who signed by hand
 * (marked, or with the signed paper's scan attached), who has not; the coverage that feeds the LKE
 * item on members' involvement. Actions per pledge: reprint, mark as signed, attach the scan,
 * revoke with a reason.
 */

const STATUS_BADGE: Record<PledgeStatus, string> = {
  DIGITAL: 'badge badge-ok',
  BASAH: 'badge badge-ok',
  PINDAIAN: 'badge badge-ok',
  MENUNGGU: 'badge badge-info',
  BELUM: 'badge badge-muted',
};

function RevokeDialog({ pledge, onClose, onDone }: { pledge: PledgeView; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await api.pledges.revoke({ id: pledge.id, reason });
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  };
  return (
    <Dialog title="Cabut pakta?" onClose={busy ? undefined : onClose} size="small">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>
          Pakta <strong>{pledge.signer.nama}</strong> tahun {pledge.year} (kode <code>{pledge.code}</code>) akan dicabut: verifikasinya menyatakan
          dokumen tidak berlaku lagi. Data pakta tetap tersimpan.
        </p>
        <TextAreaField id="cabut-alasan" label="Alasan pencabutan" rows={3} maxLength={300} value={reason} onChange={(event) => setReason(event.target.value)} />
        <Alert>{error}</Alert>
        <FormActions submitLabel="Cabut pakta" tone="danger" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function Actions({ row, pledge, onChanged, onError }: { row: RegistryRow | null; pledge: PledgeView; onChanged: (message: string) => void; onError: (message: string) => void }) {
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [revoking, setRevoking] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const who = pledge.signer.nama;

  const run = async (label: string, action: () => Promise<string | undefined>): Promise<void> => {
    setBusy(label);
    const error = await action();
    setBusy(undefined);
    if (error) onError(error);
  };

  const reprint = () =>
    run('cetak', async () => {
      const result = await api.pledges.pdf({ id: pledge.id });
      if (!result.ok) return result.error.message;
      const opened = await openGeneratedDocument(result.value.documentId);
      onChanged(`Pakta ${who} dicetak ulang.`);
      return opened.error ?? undefined;
    });

  const markSigned = () =>
    run('tandai', async () => {
      const result = await api.pledges.markSigned({ id: pledge.id });
      if (!result.ok) return result.error.message;
      onChanged(`Pakta ${who} ditandai sudah ditandatangani.`);
      return undefined;
    });

  const attach = (chosen: File) =>
    run('pindaian', async () => {
      if (chosen.size > MAX_SIGNED_SCAN_BYTES) return `Pindaian terlalu besar (${formatFileSize(chosen.size)}); maksimal ${formatFileSize(MAX_SIGNED_SCAN_BYTES)}.`;
      const result = await api.pledges.attachScan({ id: pledge.id, fileName: chosen.name, dataBase64: await fileToBase64(chosen) });
      if (file.current) file.current.value = '';
      if (!result.ok) return result.error.message;
      onChanged(`Pindaian pakta ${who} dilampirkan.`);
      return undefined;
    });

  const wet = pledge.signatureKind === 'wet';
  const status = row?.status ?? pledge.status;
  const idle = busy === undefined;
  return (
    <RowActions
      subject={`pakta ${who}`}
      actions={[
        { label: 'Cetak ulang', onClick: () => void reprint(), busy: busy === 'cetak', disabled: !idle },
        wet && status === 'MENUNGGU'
          ? {
              label: 'Tandai ditandatangani',
              subject: who,
              onClick: () => void markSigned(),
              busy: busy === 'tandai',
              disabled: !idle || pledge.printed.length === 0,
              title: pledge.printed.length === 0 ? 'Cetak dahulu' : undefined,
            }
          : null,
      ]}
    >
      {wet ? (
        <label className="button button-small button-ghost pakta-file-button">
          {busy === 'pindaian' ? <Spinner /> : null}
          {pledge.scan ? 'Ganti pindaian' : 'Lampirkan pindaian'}
          <span className="visually-hidden"> pakta {who}</span>
          <input
            ref={file}
            type="file"
            className="visually-hidden"
            accept="application/pdf,image/png,image/jpeg"
            disabled={busy !== undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void attach(chosen);
            }}
          />
        </label>
      ) : null}
      <RowActionButton subject={`pakta ${who}`} action={{ label: 'Cabut', tone: 'ghost', onClick: () => setRevoking(true), disabled: !idle }} />
      {revoking ? (
        <RevokeDialog
          pledge={pledge}
          onClose={() => setRevoking(false)}
          onDone={() => {
            setRevoking(false);
            onChanged(`Pakta ${who} dicabut.`);
          }}
        />
      ) : null}
    </RowActions>
  );
}

function printedNote(pledge: PledgeView | null): string {
  if (!pledge) return '';
  const last = pledge.printed[pledge.printed.length - 1];
  const parts = [pledge.code];
  if (last) parts.push(`dicetak ${formatTanggal(new Date(last.at))}${pledge.printed.length > 1 ? ` (${pledge.printed.length}×)` : ''}`);
  if (pledge.wetSignedAt) parts.push(`ditandatangani ${formatTanggal(pledge.wetSignedAt)}`);
  if (pledge.scan) parts.push(`pindaian: ${pledge.scan.fileName}`);
  return parts.join(' · ');
}

export function RegistryTab() {
  const { notify } = useToast();
  const loadUnits = useCallback(() => api.units.list({}), []);
  const units = useLoad(loadUnits);
  const [unitId, setUnitId] = useState('');
  const [year, setYear] = useState(new Date().getFullYear());
  const [error, setError] = useState<string | undefined>(undefined);
  const load = useCallback(() => api.pledges.registry({ year, ...(unitId ? { unitId } : {}) }), [year, unitId]);
  const registry = useLoad(load);
  const data = registry.data;

  const changed = (message: string): void => {
    setError(undefined);
    notify('success', message);
    registry.reload();
  };

  return (
    <>
      <div className="toolbar">
        <SelectField id="daftar-unit" layout="toolbar" label="Unit kerja" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
          <option value="">Semua unit kerja</option>
          <UnitOptions units={units.data ?? []} />
        </SelectField>
        <TextField
          id="daftar-tahun"
          layout="toolbar"
          label="Tahun"
          inputClassName="input-year"
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(event) => {
            const next = Number(event.target.value);
            if (Number.isInteger(next) && next >= 2000 && next <= 2100) setYear(next);
          }}
        />
      </div>
      <Alert>{registry.error?.message}</Alert>
      <Alert>{error}</Alert>
      {data ? (
        <section className="pakta-coverage" aria-label="Cakupan penandatanganan">
          <div className="pakta-coverage-main">
            <p className="stat-label">Cakupan {data.year}</p>
            <p className="stat-value" data-testid="cakupan-persen">
              {formatAngka(data.coverage.percent)}%
            </p>
            <progress className="pakta-progress" max={Math.max(1, data.coverage.total)} value={data.coverage.signed} aria-label="Cakupan penandatanganan" />
            <p className="muted small">
              {data.coverage.signed} dari {data.coverage.total} pegawai aktif sudah menandatangani.
            </p>
          </div>
          <ul className="pakta-coverage-counts">
            {(['DIGITAL', 'BASAH', 'PINDAIAN', 'MENUNGGU', 'BELUM'] as const).map((status) => (
              <li key={status}>
                <span className={STATUS_BADGE[status]}>{PLEDGE_STATUS_LABEL[status]}</span> {data.coverage.byStatus[status]}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted">Memuat…</p>
      )}
      {data ? (
        <DataTable
          label={`Daftar Pakta Integritas ${data.year}`}
          columns={['Nama', 'NIP', 'Unit kerja', 'Status', 'Keterangan']}
          actions
          empty={data.rows.length === 0 ? 'Belum ada pegawai aktif pada unit ini.' : undefined}
        >
          {data.rows.map((row) => (
            <tr key={row.personId}>
              <th scope="row" className="cell-main">
                {row.nama}
                <span className="cell-sub">{row.jabatan}</span>
              </th>
              <td className="nip">{row.nip ? formatNip(row.nip) : <span className="muted">—</span>}</td>
              <td>{row.unitNama}</td>
              <td>
                <span className={STATUS_BADGE[row.status]}>{PLEDGE_STATUS_LABEL[row.status]}</span>
              </td>
              <td className="small muted">{printedNote(row.pledge)}</td>
              {row.pledge ? (
                <Actions row={row} pledge={row.pledge} onChanged={changed} onError={setError} />
              ) : (
                <td className="col-actions">
                  <a className="button button-small button-ghost" href="#/pakta">
                    Buat pakta<span className="visually-hidden"> {row.nama}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      ) : null}
      {data && data.others.length > 0 ? (
        <>
          <h2 className="section-title">Penanda tangan lain</h2>
          <p className="muted small">Penanda tangan di luar daftar pegawai aktif (diisi manual, pindah unit, atau dinonaktifkan); tidak dihitung dalam cakupan.</p>
          <DataTable label="Penanda tangan lain" columns={[]}>
            {data.others.map((pledge) => (
              <tr key={pledge.id}>
                <th scope="row" className="cell-main">
                  {pledge.signer.nama}
                  <span className="cell-sub">{pledge.signer.jabatan}</span>
                </th>
                <td>
                  <span className={STATUS_BADGE[pledge.status]}>{PLEDGE_STATUS_LABEL[pledge.status]}</span>
                </td>
                <td className="small muted">{printedNote(pledge)}</td>
                <Actions row={null} pledge={pledge} onChanged={changed} onError={setError} />
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      {data && data.revoked.length > 0 ? (
        <details className="pakta-revoked">
          <summary>Pakta yang dicabut ({data.revoked.length})</summary>
          <ul>
            {data.revoked.map((pledge) => (
              <li key={pledge.id}>
                <strong>{pledge.signer.nama}</strong> — <code>{pledge.code}</code> — {pledge.revoked?.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
