import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { FileInput } from '../../components/FileInput';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { downloadBytes } from '../../lib/download';
import './settings.css';

/** The export form: the passphrase twice, checked here before main is asked. */
function ExportDialog({ onClose }: { onClose: () => void }) {
  const { notify } = useToast();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (passphrase !== again) {
      setError('Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama di kedua kolom.');
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await api.signing.exportKeys({ passphrase });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBytes(result.value.fileName, 'application/json', new TextEncoder().encode(result.value.json));
    notify('success', `Kunci (sidik ${result.value.fingerprintDisplay}) diekspor ke ${result.value.fileName}. Simpan berkas dan frasa sandinya di tempat terpisah.`);
    onClose();
  };

  return (
    <Dialog title="Ekspor kunci" onClose={onClose} description="Semua kunci instalasi ini dalam satu berkas yang dienkripsi dengan frasa sandi pilihan Anda.">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="ekspor-frasa" label="Frasa sandi (paling sedikit 10 karakter)" type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} disabled={busy} />
        <TextField id="ekspor-frasa-ulang" label="Ketik ulang frasa sandi" type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} disabled={busy} />
        <Alert>{error}</Alert>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || passphrase === ''}>
            {busy ? <Spinner /> : null}
            Ekspor kunci
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Batal
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The restore form: the exported file and its passphrase. */
function RestoreDialog({ onClose }: { onClose: () => void }) {
  const { notify } = useToast();
  const [json, setJson] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await api.signing.restoreKeys({ json, passphrase });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notify('success', `Kunci (sidik ${result.value.fingerprintDisplay}) dipulihkan: ${result.value.files} berkas. Penerbitan dokumen dapat dilanjutkan.`);
    onClose();
  };

  return (
    <Dialog title="Pulihkan kunci" onClose={onClose} description="Dari berkas hasil &quot;Ekspor kunci…&quot;, misalnya di komputer baru atau setelah folder kunci hilang.">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="pulihkan-berkas" className="field-label">
            Berkas ekspor kunci (.json)
          </label>
          <FileInput id="pulihkan-berkas" accept=".json,application/json" disabled={busy} onFile={(file) => void file.text().then(setJson)} />
        </div>
        <TextField id="pulihkan-frasa" label="Frasa sandi" type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} disabled={busy} />
        <Alert>{error}</Alert>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || json === '' || passphrase === ''}>
            {busy ? <Spinner /> : null}
            Pulihkan kunci
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Batal
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * *Cadangan kunci*: "Ekspor kunci…" and "Pulihkan kunci…". Shown apart from the certificate, so a
 * restore stays possible while the keys cannot be opened.
 */
export function KeyCustodyPanel() {
  const [open, setOpen] = useState<'export' | 'restore' | null>(null);
  return (
    <section className="panel" aria-labelledby="kunci-cadangan-judul">
      <h2 id="kunci-cadangan-judul" className="panel-title">
        Cadangan kunci
      </h2>
      <p className="muted">
        Kunci tanda tangan hanya dapat dibuka di komputer ini. Untuk pindah komputer atau berjaga bila folder kunci hilang, ekspor kunci ke berkas yang dienkripsi
        dengan frasa sandi, lalu pulihkan di komputer lain.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => setOpen('export')}>
          Ekspor kunci…
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen('restore')}>
          Pulihkan kunci…
        </button>
      </div>
      {open === 'export' ? <ExportDialog onClose={() => setOpen(null)} /> : null}
      {open === 'restore' ? <RestoreDialog onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
