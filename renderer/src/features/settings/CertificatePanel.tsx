import { useCallback, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { formatTanggal } from '../../../../shared/format';
import { MAX_PKCS12_BYTES, type CertificateView, type SigningCertificateView } from '../../../../shared/signing';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { FileInput } from '../../components/FileInput';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { useLoad } from '../../lib/useLoad';
import './settings.css';

/** "CN=ZI Desk – Inspektorat…, O=…" → the CN (or the whole name when it has none). */
function commonName(name: string): string {
  return /(?:^|, )CN=([^,]+)/.exec(name)?.[1] ?? name;
}

function CertificateFacts({ certificate, children }: { certificate: CertificateView; children?: ReactNode }) {
  return (
    <dl className="certificate-facts">
      <dt>Pemilik (subjek)</dt>
      <dd>{certificate.subject}</dd>
      <dt>Penerbit</dt>
      <dd>{certificate.issuer === certificate.subject ? 'Sertifikat ini sendiri (ditandatangani sendiri)' : certificate.issuer}</dd>
      <dt>Berlaku</dt>
      <dd>
        {formatTanggal(new Date(certificate.validFrom))} s.d. {formatTanggal(new Date(certificate.validTo))}
      </dd>
      <dt>Jenis kunci</dt>
      <dd>{certificate.keyType}</dd>
      <dt>Sidik SHA-256</dt>
      <dd>
        <code className="certificate-fingerprint">{certificate.fingerprint256}</code>
      </dd>
      {children}
    </dl>
  );
}

/**
 * *Tanda tangan digital*: the certificate that signs every generated PDF, how the keys are kept,
 * importing the office's own PKCS#12 (.p12/.pfx), and "Ganti kunci".
 */
export function CertificatePanel() {
  const { notify } = useToast();
  const load = useCallback(() => api.signing.certificate(undefined), []);
  const loaded = useLoad(load);
  // The answer of the last action, until the next reload (after any write, here or in another tab) replaces it.
  const [answer, setAnswer] = useState<{ value: SigningCertificateView; over: SigningCertificateView | undefined } | null>(null);
  const current = answer && answer.over === loaded.data ? answer.value : (loaded.data ?? null);
  const setView = (value: SigningCertificateView): void => setAnswer({ value, over: loaded.data });
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [confirmRotate, setConfirmRotate] = useState(false);

  const choose = (chosen: File): void => {
    setError(undefined);
    if (chosen.size > MAX_PKCS12_BYTES) {
      setError(`Berkas sertifikat terlalu besar (${formatFileSize(chosen.size)}); maksimal ${formatFileSize(MAX_PKCS12_BYTES)}.`);
      setFile(null);
      return;
    }
    setFile(chosen);
  };

  const importCertificate = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(undefined);
    if (!file) {
      setError('Pilih berkas sertifikat .p12 atau .pfx terlebih dahulu.');
      return;
    }
    setBusy(true);
    const result = await api.signing.importCertificate({ fileName: file.name, dataBase64: await fileToBase64(file), passphrase });
    setBusy(false);
    if (result.ok) {
      setView(result.value);
      setFile(null);
      setPassphrase('');
      if (input.current) input.current.value = '';
      notify('success', `Dokumen kini ditandatangani dengan sertifikat ${commonName(result.value.certificate.subject)}.`);
    } else {
      setError(result.error.message);
    }
  };

  return (
    <section className="panel certificate-panel" aria-labelledby="certificate-title">
      <h2 id="certificate-title" className="panel-title">
        Tanda tangan digital dokumen
      </h2>
      <p className="muted">
        Setiap PDF yang dibuat ZI Desk (Pakta Integritas, Piagam, LHE, rekap) ditandatangani secara digital, sehingga pembaca PDF dapat menunjukkan apakah berkas
        berubah sejak diterbitkan.
      </p>
      <Alert>{loaded.error?.message}</Alert>
      {current ? (
        <>
          <p>
            <strong>{current.source === 'pkcs12' ? 'Sertifikat kantor (diimpor)' : 'Sertifikat instalasi ZI Desk ini'}</strong> menandatangani dokumen:{' '}
            {commonName(current.certificate.subject)}.
          </p>
          <CertificateFacts certificate={current.certificate}>
            {current.chain.length > 0 ? (
              <>
                <dt>Rantai sertifikat</dt>
                <dd>{current.chain.map((c) => commonName(c.subject)).join(' → ')}</dd>
              </>
            ) : null}
            <dt>Penyimpanan kunci</dt>
            <dd>{current.protection}</dd>
            <dt>Sidik kunci kode QR</dt>
            <dd>
              <code>{current.codeKeyFingerprint}</code>
            </dd>
            {current.retired.length > 0 ? (
              <>
                <dt>Sertifikat lama</dt>
                <dd>{current.retired.length} disimpan agar dokumen lama tetap dapat diperiksa.</dd>
              </>
            ) : null}
          </CertificateFacts>
        </>
      ) : loaded.error ? null : (
        <p className="muted">Memuat sertifikat…</p>
      )}

      <form className="certificate-import" onSubmit={(event) => void importCertificate(event)} noValidate aria-labelledby="certificate-import-title">
        <h3 id="certificate-import-title" className="certificate-subtitle">
          Gunakan sertifikat kantor
        </h3>
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            Berkas sertifikat (.p12 / .pfx)
          </label>
          <FileInput ref={input} id={fileId} accept=".p12,.pfx,application/x-pkcs12" describedBy={`${fileId}-hint`} disabled={busy} onFile={choose} />
          <p id={`${fileId}-hint`} className="field-hint">
            Misalnya sertifikat elektronik dari BSrE, lengkap dengan kunci privatnya. Kunci disimpan terenkripsi di folder data.
          </p>
        </div>
        <TextField
          id="certificate-passphrase"
          label="Kata sandi sertifikat"
          type="password"
          autoComplete="off"
          inputClassName="input-medium"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          disabled={busy}
        />
        <Alert>{error}</Alert>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? <Spinner /> : null}
            Impor sertifikat
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirmRotate(true)} disabled={busy}>
            Ganti kunci
          </button>
        </div>
      </form>

      {confirmRotate ? (
        <ConfirmDialog
          title="Ganti kunci tanda tangan?"
          confirmLabel="Ganti kunci"
          onClose={() => setConfirmRotate(false)}
          onConfirm={async () => {
            const result = await api.signing.rotateKeys(undefined);
            if (!result.ok) return result.error.message;
            setView(result.value);
            setConfirmRotate(false);
            notify('success', 'Kunci dan sertifikat baru dibuat. Dokumen dan kode lama tetap dapat diperiksa.');
            return undefined;
          }}
        >
          <p>
            ZI Desk membuat kunci dan sertifikat instalasi yang baru; dokumen berikutnya ditandatangani dengannya. Kunci publik dan sertifikat lama tetap disimpan,
            sehingga dokumen dan kode yang sudah terbit tetap dapat diperiksa.
          </p>
          <p>Instalasi lain yang memercayai kunci ini perlu mengimpor kunci publik yang baru.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
