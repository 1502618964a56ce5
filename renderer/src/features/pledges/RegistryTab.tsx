import { zodResolver } from '@hookform/resolvers/zod';
import { useActiveYear } from '../app/ActiveYear';
import { useCallback, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatAngka, formatNip, formatTanggal } from '../../../../shared/format';
import {
  MAX_REVOKE_REASON_LENGTH,
  MAX_SIGNED_SCAN_BYTES,
  PLEDGE_INTEGRITY_LABEL,
  PLEDGE_STATUS_LABEL,
  REVOKED_STATE_LABEL,
  pledgeRevokeInputSchema,
  type PledgeStatus,
  type PledgeView,
  type RegistryRow,
  type RevokedPledgeView,
  type YearIntegrity,
} from '../../../../shared/pledges';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { UnitOptions } from '../../components/Options';
import { RowActionButton, RowActions } from '../../components/RowActions';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { applyServerIssues } from '../../lib/forms';
import { useLoad } from '../../lib/useLoad';
import { openGeneratedDocument } from './openDocument';
import { createPledgeHref } from './route';
import { Alert } from '../../components/Alert';

/**
 * *Daftar & cakupan*: per unit (or all units) and year, who signed digitally, who signed by hand
 * (marked, or with the signed paper's scan attached), who has not; the coverage that feeds the LKE
 * item on members' involvement. Actions per pledge: reprint, mark as signed, attach the scan,
 * revoke with a reason. Revoked pledges stay listed ("Dicabut", or "Diganti" once renewed).
 * Pledges received from another installation in a bundle count the same, say where they were issued
 * ("Diterbitkan di: …") and have no actions here: their issuer changes, revokes and reprints them.
 */

const STATUS_BADGE: Record<PledgeStatus, string> = {
  DIGITAL: 'badge badge-ok',
  BASAH: 'badge badge-ok',
  PINDAIAN: 'badge badge-ok',
  MENUNGGU: 'badge badge-info',
  BELUM: 'badge badge-muted',
};

/**
 * The integrity column: "Utuh", "Isi berubah" (the record no longer matches its signature) or
 * "Riwayat rusak" (its signed status log disagrees), with the reason as the cell's text for
 * screen readers and on hover.
 */
function IntegrityBadge({ integrity, pledgeId }: { integrity: YearIntegrity; pledgeId: string }) {
  const found = integrity.pledges[pledgeId];
  if (!found) return <span className="badge badge-ok">{PLEDGE_INTEGRITY_LABEL.UTUH}</span>;
  return (
    <span className="badge badge-error" title={found.reason} data-testid="integritas-rusak">
      {PLEDGE_INTEGRITY_LABEL[found.state]}
      <span className="visually-hidden">: {found.reason}</span>
    </span>
  );
}

/** A warning above the registry when a record or the year's status log was changed outside ZI Desk. */
function IntegrityAlert({ integrity }: { integrity: YearIntegrity }) {
  const damaged = Object.keys(integrity.pledges).length;
  if (integrity.unchecked) return <Alert variant="warning">{integrity.unchecked}</Alert>;
  if (damaged === 0 && !integrity.chainBroken) return null;
  return (
    <Alert variant="error" title={`Riwayat rusak: data Pakta Integritas ${integrity.year} diubah di luar ZI Desk`}>
      {integrity.chainBroken ? <p>{integrity.chainBroken}</p> : null}
      <p>
        {damaged} pakta tidak utuh (lihat kolom Keutuhan; alasannya tampil saat penunjuk diarahkan ke labelnya). Pakta yang isinya berubah tidak dapat
        dicetak ulang. Pulihkan folder data dari cadangan, atau hubungi pengelola ZI Desk.
      </p>
    </Alert>
  );
}

const revokeFormSchema = pledgeRevokeInputSchema.pick({ reason: true });
type RevokeForm = z.input<typeof revokeFormSchema>;
type RevokeOutput = z.output<typeof revokeFormSchema>;

/**
 * "Cabut pakta?": rendered outside the table (a cell's no-wrap and right alignment must not reach
 * it); the reason is required and checked by the contract's schema here and again in main.
 */
function RevokeDialog({ pledge, onClose, onDone }: { pledge: PledgeView; onClose: () => void; onDone: () => void }) {
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<RevokeForm, unknown, RevokeOutput>({
    resolver: zodResolver(revokeFormSchema),
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async ({ reason }) => {
    setServerMessages([]);
    const result = await api.pledges.revoke({ id: pledge.id, reason });
    if (result.ok) onDone();
    else setServerMessages(applyServerIssues(result.error, ['reason'], setError));
  });
  return (
    <Dialog title="Cabut pakta?" onClose={isSubmitting ? undefined : onClose} size="small">
      <form className="form pakta-revoke" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>
          Pakta <strong>{pledge.signer.nama}</strong> tahun {pledge.year} (kode <code>{pledge.code}</code>) akan dicabut: verifikasinya menyatakan
          dokumen tidak berlaku lagi. Data pakta tetap tersimpan dan tetap tampil di daftar sebagai &ldquo;Dicabut&rdquo;.
        </p>
        <TextAreaField
          id="cabut-alasan"
          label="Alasan pencabutan"
          rows={3}
          maxLength={MAX_REVOKE_REASON_LENGTH}
          error={errors.reason?.message}
          hint="Wajib diisi, minimal 5 karakter; dicatat dan ditampilkan saat kode diverifikasi."
          {...register('reason')}
        />
        <ErrorSummary items={serverMessages.map((message) => ({ message }))} title="Pakta belum dicabut" />
        <FormActions submitLabel="Cabut pakta" tone="danger" busy={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function Actions({
  row,
  pledge,
  onChanged,
  onError,
  onRevoke,
}: {
  row: RegistryRow | null;
  pledge: PledgeView;
  onChanged: (message: string) => void;
  onError: (message: string) => void;
  onRevoke: (pledge: PledgeView) => void;
}) {
  const [busy, setBusy] = useState<string | undefined>(undefined);
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
  if (pledge.issuer) {
    return (
      <td className="col-actions small muted" title="Pakta terbitan instalasi lain hanya dapat diubah, dicabut, atau dicetak ulang oleh penerbitnya.">
        Dikelola di {pledge.issuer.label || 'instalasi lain'}
      </td>
    );
  }
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
      <RowActionButton subject={`pakta ${who}`} action={{ label: 'Cabut', tone: 'ghost', onClick: () => onRevoke(pledge), disabled: !idle }} />
    </RowActions>
  );
}

/** "Diterbitkan di: Laptop Ketua Tim" for a pledge received from another installation. */
function issuerNote(pledge: PledgeView): string[] {
  return pledge.issuer ? [`Diterbitkan di: ${pledge.issuer.label || 'instalasi lain'}`] : [];
}

function printedNote(pledge: PledgeView | null): string {
  if (!pledge) return '';
  const last = pledge.printed[pledge.printed.length - 1];
  const parts = [...issuerNote(pledge), pledge.code];
  if (last) parts.push(`dicetak ${formatTanggal(new Date(last.at))}${pledge.printed.length > 1 ? ` (${pledge.printed.length}×)` : ''}`);
  if (pledge.wetSignedAt) parts.push(`ditandatangani ${formatTanggal(pledge.wetSignedAt)}`);
  if (pledge.scan) parts.push(`pindaian: ${pledge.scan.fileName}`);
  return parts.join(' · ');
}

/** "dicabut 5 Desember 2026 oleh Dewi: alasan", and the replacing pledge's code when there is one. */
function revokedNote(pledge: RevokedPledgeView): string {
  const revoked = pledge.revoked;
  const parts = [...issuerNote(pledge), pledge.code];
  if (revoked) parts.push(`dicabut ${formatTanggal(new Date(revoked.at))}${revoked.by ? ` oleh ${revoked.by}` : ''}: ${revoked.reason}`);
  if (pledge.replacedBy) parts.push(`diganti ${pledge.replacedBy}`);
  return parts.join(' · ');
}

/** The row header of a pledge listed outside the roster rows: the signer's name and jabatan. */
function SignerHeader({ pledge }: { pledge: PledgeView }) {
  return (
    <th scope="row" className="cell-main">
      {pledge.signer.nama}
      <span className="cell-sub">{pledge.signer.jabatan}</span>
    </th>
  );
}

function RevokedBadge({ pledge }: { pledge: RevokedPledgeView }) {
  return <span className={pledge.state === 'DIGANTI' ? 'badge badge-muted' : 'badge badge-error'}>{REVOKED_STATE_LABEL[pledge.state]}</span>;
}

export function RegistryTab() {
  const { notify } = useToast();
  const loadUnits = useCallback(() => api.units.list({}), []);
  const units = useLoad(loadUnits);
  const [unitId, setUnitId] = useState('');
  const activeYear = useActiveYear().year;
  const [year, setYear] = useState(activeYear);
  const [error, setError] = useState<string | undefined>(undefined);
  const [revoking, setRevoking] = useState<PledgeView | undefined>(undefined);
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
      {data ? <IntegrityAlert integrity={data.integrity} /> : null}
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
          columns={['Nama', 'NIP', 'Unit kerja', 'Status', 'Keutuhan', 'Keterangan']}
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
              <td className="pakta-unit-cell">{row.unitNama}</td>
              <td className="pakta-status-cell">
                {!row.pledge && row.revokedPledge ? <RevokedBadge pledge={row.revokedPledge} /> : <span className={STATUS_BADGE[row.status]}>{PLEDGE_STATUS_LABEL[row.status]}</span>}
              </td>
              <td>
                {row.pledge ? <IntegrityBadge integrity={data.integrity} pledgeId={row.pledge.id} /> : null}
                {!row.pledge && row.revokedPledge ? <IntegrityBadge integrity={data.integrity} pledgeId={row.revokedPledge.id} /> : null}
              </td>
              <td className="small muted pakta-note">
                {row.pledge ? printedNote(row.pledge) : null}
                {row.pledge && row.revokedPledge ? ` · menggantikan ${row.revokedPledge.code}` : null}
                {!row.pledge && row.revokedPledge ? revokedNote(row.revokedPledge) : null}
              </td>
              {row.pledge ? (
                <Actions row={row} pledge={row.pledge} onChanged={changed} onError={setError} onRevoke={setRevoking} />
              ) : (
                <td className="col-actions">
                  <a className="button button-small button-ghost" href={createPledgeHref(row.personId, data.year)}>
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
                <SignerHeader pledge={pledge} />
                <td>
                  <span className={STATUS_BADGE[pledge.status]}>{PLEDGE_STATUS_LABEL[pledge.status]}</span>{' '}
                  <IntegrityBadge integrity={data.integrity} pledgeId={pledge.id} />
                </td>
                <td className="small muted">{printedNote(pledge)}</td>
                <Actions row={null} pledge={pledge} onChanged={changed} onError={setError} onRevoke={setRevoking} />
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      {data && data.revoked.length > 0 ? (
        <>
          <h2 className="section-title">Pakta dicabut dan diganti</h2>
          <p className="muted small">Pakta yang dicabut tetap tersimpan; kodenya dinyatakan tidak berlaku saat diverifikasi.</p>
          <DataTable label={`Pakta dicabut dan diganti ${data.year}`} columns={['Nama', 'Status', 'Keterangan']}>
            {data.revoked.map((pledge) => (
              <tr key={pledge.id}>
                <SignerHeader pledge={pledge} />
                <td>
                  <RevokedBadge pledge={pledge} /> <IntegrityBadge integrity={data.integrity} pledgeId={pledge.id} />
                </td>
                <td className="small muted pakta-note">{revokedNote(pledge)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      {revoking ? (
        <RevokeDialog
          pledge={revoking}
          onClose={() => setRevoking(undefined)}
          onDone={() => {
            setRevoking(undefined);
            changed(`Pakta ${revoking.signer.nama} dicabut.`);
          }}
        />
      ) : null}
    </>
  );
}
