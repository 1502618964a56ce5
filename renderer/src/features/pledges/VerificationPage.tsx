import { useCallback, useState, type DragEvent } from 'react';
import { MAX_VERIFY_PDF_BYTES, type VerificationView } from '../../../../shared/documents';
import { api } from '../../api/client';
import { FileInput } from '../../components/FileInput';
import { PageHeader } from '../../components/PageHeader';
import './pledges.css';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../components/Alert';

/**
 * *Verifikasi dokumen*: type the code printed at the bottom of a pledge or a
 * piagam (or paste what a QR scanner read), or drop the PDF. Main checks the Ed25519 signature and
 * recomputes the content from the stored record; the answer says valid or not, why, and shows the
 * record. The installation's public key can be exported for other ZI Desk installations, and
 * theirs imported.
 */

function Result({ result }: { result: VerificationView }) {
  return (
    <section className={`panel verify-result ${result.valid ? 'verify-valid' : 'verify-invalid'}`} aria-labelledby="verifikasi-hasil">
      <h2 id="verifikasi-hasil" className="panel-title">
        <span aria-hidden="true">{result.valid ? '✓ ' : '✗ '}</span>
        {result.valid ? 'Dokumen sah' : result.status === 'REVOKED' ? 'Dokumen dicabut' : result.status === 'SIGNATURE_ONLY' ? 'Tanda tangan sah, isi belum dapat dicocokkan' : 'Dokumen tidak sah'}
      </h2>
      <p role="status">{result.message}</p>
      <dl className="verify-meta">
        {result.code ? (
          <>
            <dt>Kode</dt>
            <dd>
              <code>{result.code}</code>
            </dd>
          </>
        ) : null}
        {result.issuer ? (
          <>
            <dt>Penerbit</dt>
            <dd>
              {result.issuer.label} (sidik kunci {result.issuer.fingerprint.toUpperCase().match(/.{1,4}/g)?.join(' ')})
            </dd>
          </>
        ) : null}
      </dl>
      {result.record ? (
        <>
          <h3 className="section-title">
            {result.record.title} {result.record.source === 'dokumen' ? '(dari isi PDF)' : '(data tersimpan)'}
          </h3>
          <table className="table table-compact" aria-label="Data dokumen">
            <tbody>
              {result.record.fields.map((field) => (
                <tr key={field.label}>
                  <th scope="row">{field.label}</th>
                  <td>{field.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function KeysPanel() {
  const { notify } = useToast();
  const loadKey = useCallback(() => api.verification.exportPublicKey(undefined), []);
  const publicKey = useLoad(loadKey);
  const loadTrusted = useCallback(() => api.verification.listTrustedKeys(undefined), []);
  const trusted = useLoad(loadTrusted);
  const [label, setLabel] = useState('');
  const [pem, setPem] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const download = (): void => {
    if (!publicKey.data) return;
    const url = URL.createObjectURL(new Blob([publicKey.data.pem], { type: 'application/x-pem-file' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = publicKey.data.fileName;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 5000);
  };

  const importKey = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await api.verification.importTrustedKey({ pem, label });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notify('success', `Kunci ${result.value.label} (${result.value.fingerprintDisplay}) dipercaya.`);
    setPem('');
    setLabel('');
    trusted.reload();
  };

  return (
    <section className="panel" aria-labelledby="kunci-judul">
      <h2 id="kunci-judul" className="panel-title">
        Kunci verifikasi
      </h2>
      {publicKey.data ? (
        <p>
          Sidik kunci instalasi ini: <code>{publicKey.data.fingerprintDisplay}</code>{' '}
          <button type="button" className="button button-small button-secondary" onClick={download}>
            Ekspor kunci publik
          </button>
        </p>
      ) : (
        <Alert>{publicKey.error?.message}</Alert>
      )}
      <p className="muted small">Agar dokumen dari instalasi ZI Desk lain dapat diperiksa, impor kunci publiknya (cocokkan sidik kunci melalui telepon lebih dahulu).</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="kunci-label" className="field-label">
            Pemilik kunci
          </label>
          <input id="kunci-label" className="input" value={label} maxLength={200} placeholder="Inspektorat Kabupaten Lebak" onChange={(event) => setLabel(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="kunci-berkas" className="field-label">
            Berkas kunci publik (.pem)
          </label>
          <FileInput id="kunci-berkas" accept=".pem,application/x-pem-file,text/plain" onFile={(file) => void file.text().then(setPem)} />
        </div>
      </div>
      <Alert>{error}</Alert>
      <button type="button" className="button button-secondary" onClick={() => void importKey()} disabled={busy || pem === ''}>
        {busy ? <Spinner /> : null}
        Impor kunci tepercaya
      </button>
      {trusted.data && trusted.data.length > 0 ? (
        <ul className="pakta-history">
          {trusted.data.map((key) => (
            <li key={key.fingerprint}>
              {key.label} — <code>{key.fingerprintDisplay}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function VerificationPage() {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<VerificationView | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState(false);

  const verifyCode = async (): Promise<void> => {
    setError(undefined);
    setResult(undefined);
    setBusy('Memeriksa kode…');
    const answer = await api.verification.verify({ code });
    setBusy(undefined);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error.message);
  };

  const verifyFile = async (file: File): Promise<void> => {
    setError(undefined);
    setResult(undefined);
    if (file.size > MAX_VERIFY_PDF_BYTES) {
      setError(`Berkas terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(MAX_VERIFY_PDF_BYTES)}.`);
      return;
    }
    setBusy(`Memeriksa ${file.name}…`);
    const answer = await api.verification.verify({ pdfBase64: await fileToBase64(file) });
    setBusy(undefined);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error.message);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void verifyFile(file);
  };

  return (
    <>
      <PageHeader title="Verifikasi dokumen" description="Periksa keaslian Pakta Integritas atau Piagam Pencanangan yang dibuat ZI Desk, tanpa internet." />
      <div className="verify-layout">
        <div>
          <section className="panel" aria-labelledby="verifikasi-kode-judul">
            <h2 id="verifikasi-kode-judul" className="panel-title">
              Ketik kode atau pilih PDF
            </h2>
            <form
              className="verify-code-form"
              onSubmit={(event) => {
                event.preventDefault();
                void verifyCode();
              }}
            >
              <div className="field">
                <label htmlFor="verifikasi-kode" className="field-label">
                  Kode verifikasi
                </label>
                <input
                  id="verifikasi-kode"
                  className="input verify-code-input"
                  value={code}
                  maxLength={400}
                  placeholder="ZI-1A2B3C4D-9F8E7D6C"
                  autoComplete="off"
                  spellCheck={false}
                  aria-describedby="verifikasi-kode-hint"
                  onChange={(event) => setCode(event.target.value)}
                />
                <p id="verifikasi-kode-hint" className="field-hint">
                  Tercetak di bagian bawah dokumen. Isi kode QR hasil pindaian juga dapat ditempel di sini.
                </p>
              </div>
              <button type="submit" className="button button-primary" disabled={busy !== undefined || code.trim() === ''}>
                Periksa kode
              </button>
            </form>
            <div
              className={`verify-drop${dragging ? ' verify-drop-active' : ''}`}
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
            >
              <p>Seret berkas PDF ke sini, atau</p>
              <label htmlFor="verifikasi-pdf" className="field-label">
                Pilih berkas PDF
              </label>
              <FileInput id="verifikasi-pdf" accept="application/pdf,.pdf" onFile={(file) => void verifyFile(file)} />
            </div>
            {busy ? (
              <div className="progress" role="status">
                <Spinner label={busy} />
              </div>
            ) : null}
            <Alert>{error}</Alert>
          </section>
          {result ? <Result result={result} /> : null}
        </div>
        <KeysPanel />
      </div>
    </>
  );
}
