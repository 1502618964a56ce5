import { useCallback, useState, type DragEvent } from 'react';
import { MAX_VERIFY_IMAGE_BYTES, MAX_VERIFY_PDF_BYTES, type PdfSignatureView, type VerificationView } from '../../../../shared/documents';
import { formatTanggal } from '../../../../shared/format/date';
import { api } from '../../api/client';
import { FileInput } from '../../components/FileInput';
import { PageHeader } from '../../components/PageHeader';
import './pledges.css';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../components/Alert';
import { RevocationsPanel } from './RevocationsPanel';

/**
 * *Verifikasi dokumen*: type the code printed at the bottom of a pledge or a
 * piagam (or paste what a QR scanner read), or drop the PDF. For a PDF main checks its PDF signature
 * over the bytes first, then the code's Ed25519 signature against the content recomputed from the
 * stored record; the answer names one of six states, says why, and shows the certificate, the
 * record and the stored signature image beside it. The installation's public key can be exported for other ZI Desk installations, and
 * theirs imported.
 */

/** "23 Juni 2022 pukul 10.15" in the user's local time. */
function dateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${String(at.getHours()).padStart(2, '0')}.${String(at.getMinutes()).padStart(2, '0')}`;
  return `${formatTanggal(at)} pukul ${time}`;
}

const CERTIFICATE_OWNER: Readonly<Record<PdfSignatureView['certificate'], string>> = {
  current: 'sertifikat instalasi ini',
  retired: 'sertifikat lama instalasi ini (sebelum ganti kunci)',
  other: 'sertifikat pihak lain',
};

function PdfSignature({ pdf }: { pdf: PdfSignatureView }) {
  return (
    <>
      <h3 className="section-title">Tanda tangan PDF</h3>
      <dl className="verify-meta" aria-label="Tanda tangan PDF">
        <dt>Keadaan</dt>
        <dd>{pdf.intact ? 'Utuh: mencakup seluruh berkas' : 'Tidak utuh'}</dd>
        <dt>Penanda tangan</dt>
        <dd>
          {pdf.signer.subject} ({CERTIFICATE_OWNER[pdf.certificate]})
        </dd>
        <dt>Sidik jari SHA-256</dt>
        <dd>
          <code className="verify-fingerprint">{pdf.signer.fingerprint256}</code>
        </dd>
        <dt>Masa berlaku</dt>
        <dd>
          {formatTanggal(new Date(pdf.signer.validFrom))} s.d. {formatTanggal(new Date(pdf.signer.validTo))}
        </dd>
        <dt>Waktu tanda tangan</dt>
        <dd>{pdf.signingTime ? dateTime(pdf.signingTime) : 'tidak tercantum'}</dd>
        <dt>Jumlah halaman</dt>
        <dd>{pdf.pageCount}</dd>
        {pdf.signatureCount > 1 ? (
          <>
            <dt>Jumlah tanda tangan</dt>
            <dd>{pdf.signatureCount}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

function Result({ result }: { result: VerificationView }) {
  const good = result.state === 'SIGNED' || result.state === 'FOREIGN';
  const tone = good ? 'verify-valid' : result.state === 'AWAITING_SIGNATURE' ? 'verify-pending' : 'verify-invalid';
  return (
    <section className={`panel verify-result ${tone}`} aria-labelledby="verifikasi-hasil">
      <h2 id="verifikasi-hasil" className="panel-title">
        <span aria-hidden="true">{good ? '✓ ' : result.state === 'AWAITING_SIGNATURE' ? '! ' : '✗ '}</span>
        {result.stateLabel}
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
            <dt>Penerbit kode</dt>
            <dd>
              {result.issuer.own ? result.issuer.label : `instalasi lain: «${result.issuer.label}»`} (sidik kunci{' '}
              {result.issuer.fingerprint.toUpperCase().match(/.{1,4}/g)?.join(' ')})
            </dd>
          </>
        ) : null}
        {result.revoked ? (
          <>
            <dt>Dicabut</dt>
            <dd>
              {dateTime(result.revoked.at)} — {result.revoked.reason}
            </dd>
          </>
        ) : null}
      </dl>
      {result.pdf ? <PdfSignature pdf={result.pdf} /> : null}
      {result.record ? (
        <div className="verify-record">
          <div>
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
          </div>
          {result.signatureImage || result.witnessSignatureImage ? (
            <div className="verify-signatures">
              {result.signatureImage ? (
                <figure className="verify-signature">
                  <img src={result.signatureImage} alt={`Tanda tangan tersimpan ${result.record.fields[0]?.value ?? ''}`.trim()} />
                  <figcaption>Tanda tangan tersimpan: cocokkan dengan kertasnya.</figcaption>
                </figure>
              ) : null}
              {result.witnessSignatureImage ? (
                <figure className="verify-signature">
                  <img src={result.witnessSignatureImage} alt="Tanda tangan saksi tersimpan" />
                  <figcaption>Tanda tangan saksi tersimpan: cocokkan dengan kertasnya.</figcaption>
                </figure>
              ) : null}
            </div>
          ) : null}
        </div>
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
  const loadCertificates = useCallback(() => api.verification.listTrustedCertificates(undefined), []);
  const certificates = useLoad(loadCertificates);
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
    // A key file (with the PDF certificate it carries), or a PDF-signing certificate alone.
    const keyFile = pem.includes('-----BEGIN PUBLIC KEY-----');
    const result = keyFile ? await api.verification.importTrustedKey({ pem, label }) : await api.verification.importTrustedCertificate({ pem, label });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notify('success', 'fingerprintDisplay' in result.value ? `Kunci ${result.value.label} (${result.value.fingerprintDisplay}) dipercaya.` : `Sertifikat ${result.value.label} dipercaya.`);
    setPem('');
    setLabel('');
    trusted.reload();
    certificates.reload();
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
      <p className="muted small">
        Agar dokumen dari instalasi ZI Desk lain dapat diperiksa, impor kunci publiknya (cocokkan sidik kunci melalui telepon lebih dahulu): berkas itu juga memuat
        sertifikat penanda tangan PDF-nya. PDF bertanda tangan sertifikat yang tidak dipercaya terbaca &quot;penerbit tidak dikenal&quot;.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="kunci-label" className="field-label">
            Pemilik kunci
          </label>
          <input id="kunci-label" className="input" value={label} maxLength={200} placeholder="Inspektorat Kabupaten Lebak" onChange={(event) => setLabel(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="kunci-berkas" className="field-label">
            Berkas kunci publik atau sertifikat (.pem, .crt)
          </label>
          <FileInput id="kunci-berkas" accept=".pem,.crt,.cer,application/x-pem-file,text/plain" onFile={(file) => void file.text().then(setPem)} />
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
      {certificates.data && certificates.data.length > 0 ? (
        <>
          <h3 className="section-title">Sertifikat PDF tepercaya</h3>
          <ul className="pakta-history" data-testid="sertifikat-tepercaya">
            {certificates.data.map((certificate) => (
              <li key={certificate.fingerprint256}>
                {certificate.label} — <span className="muted small">{certificate.subject}</span>
              </li>
            ))}
          </ul>
        </>
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
    // A photo or scan of the paper is read for its QR; anything else is checked as a PDF.
    const image = /^image\/(png|jpeg)$/.test(file.type) || /\.(png|jpe?g)$/i.test(file.name);
    const limit = image ? MAX_VERIFY_IMAGE_BYTES : MAX_VERIFY_PDF_BYTES;
    if (file.size > limit) {
      setError(`Berkas terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(limit)}.`);
      return;
    }
    setBusy(`Memeriksa ${file.name}…`);
    const base64 = await fileToBase64(file);
    const answer = await api.verification.verify(image ? { imageBase64: base64 } : { pdfBase64: base64 });
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
                  placeholder="ZI-1A2B3C4D-9F8E7D6C-5B4A3928"
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
              <p>Seret berkas PDF, atau foto/pindaian pakta (PNG atau JPEG) untuk membaca kode QR-nya, ke sini, atau</p>
              <label htmlFor="verifikasi-pdf" className="field-label">
                Pilih berkas PDF atau gambar
              </label>
              <FileInput id="verifikasi-pdf" accept="application/pdf,.pdf,image/png,image/jpeg,.png,.jpg,.jpeg" onFile={(file) => void verifyFile(file)} />
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
        <div>
          <KeysPanel />
          <RevocationsPanel />
        </div>
      </div>
    </>
  );
}
