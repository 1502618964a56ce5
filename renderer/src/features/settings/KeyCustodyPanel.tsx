import { useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { FileInput } from '../../components/FileInput';
import { FormActions } from '../../components/FormActions';
import { useToast } from '../../components/Toast';
import { downloadBytes } from '../../lib/download';
import './settings.css';

/**
 * The shape both key-custody dialogs share: a form in a dialog, an optional check made here before
 * main is asked, the request with its busy state, its error under the fields, and on success a
 * notice (`done` returns its text) and the dialog closed.
 */
function CustodyDialog<T>(props: {
  title: string;
  description: string;
  submitLabel: string;
  /** Whether the form is filled enough to submit. */
  ready: boolean;
  /** A problem found before main is asked, shown as the form's error. */
  check?: () => string | undefined;
  request: () => Promise<Result<T>>;
  /** What follows a success (a download, for instance); returns the notice. */
  done: (value: T) => string;
  onClose: () => void;
  /** The fields, disabled while `busy`. */
  children: (busy: boolean) => ReactNode;
}) {
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problem = props.check?.();
    if (problem !== undefined) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await props.request();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notify('success', props.done(result.value));
    props.onClose();
  };

  return (
    <Dialog title={props.title} onClose={props.onClose} description={props.description}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {props.children(busy)}
        <Alert>{error}</Alert>
        <FormActions submitLabel={props.submitLabel} busy={busy} canSubmit={props.ready} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}

/** The export form: the passphrase twice, checked here before main is asked. */
function ExportDialog({ onClose }: { onClose: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  return (
    <CustodyDialog
      title="Ekspor kunci"
      description="Semua kunci instalasi ini dalam satu berkas yang dienkripsi dengan frasa sandi pilihan Anda."
      submitLabel="Ekspor kunci"
      ready={passphrase !== ''}
      check={() => (passphrase !== again ? 'Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama di kedua kolom.' : undefined)}
      request={() => api.signing.exportKeys({ passphrase })}
      done={(exported) => {
        downloadBytes(exported.fileName, 'application/json', new TextEncoder().encode(exported.json));
        return `Kunci (sidik ${exported.fingerprintDisplay}) diekspor ke ${exported.fileName}. Simpan berkas dan frasa sandinya di tempat terpisah.`;
      }}
      onClose={onClose}
    >
      {(busy) => (
        <>
          <TextField id="ekspor-frasa" label="Frasa sandi (paling sedikit 10 karakter)" type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} disabled={busy} />
          <TextField id="ekspor-frasa-ulang" label="Ketik ulang frasa sandi" type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} disabled={busy} />
        </>
      )}
    </CustodyDialog>
  );
}

/** The restore form: the exported file and its passphrase. */
function RestoreDialog({ onClose }: { onClose: () => void }) {
  const [json, setJson] = useState('');
  const [passphrase, setPassphrase] = useState('');
  return (
    <CustodyDialog
      title="Pulihkan kunci"
      description="Dari berkas hasil &quot;Ekspor kunci…&quot;, misalnya di komputer baru atau setelah folder kunci hilang."
      submitLabel="Pulihkan kunci"
      ready={json !== '' && passphrase !== ''}
      request={() => api.signing.restoreKeys({ json, passphrase })}
      done={(restored) => `Kunci (sidik ${restored.fingerprintDisplay}) dipulihkan: ${restored.files} berkas. Penerbitan dokumen dapat dilanjutkan.`}
      onClose={onClose}
    >
      {(busy) => (
        <>
          <div className="field">
            <label htmlFor="pulihkan-berkas" className="field-label">
              Berkas ekspor kunci (.json)
            </label>
            <FileInput id="pulihkan-berkas" accept=".json,application/json" disabled={busy} onFile={(file) => void file.text().then(setJson)} />
          </div>
          <TextField id="pulihkan-frasa" label="Frasa sandi" type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} disabled={busy} />
        </>
      )}
    </CustodyDialog>
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
