import { useId, useRef, useState } from 'react';
import type { InstitutionView } from '../../../../shared/contract';
import { MAX_LOGO_BYTES } from '../../../../shared/limits';
import { api } from '../../api/client';
import { FileInput } from '../../components/FileInput';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { Alert } from '../../components/Alert';

/** Upload or remove the logo; the bytes go to main, which checks that they really are PNG/JPEG. */
export function LogoPanel({ hasLogo, onChange }: { hasLogo: boolean; onChange: (view: InstitutionView) => void }) {
  const { notify } = useToast();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const upload = async (file: File): Promise<void> => {
    setError(undefined);
    if (file.size > MAX_LOGO_BYTES) {
      setError(`Logo terlalu besar (${formatFileSize(file.size)}); maksimal ${formatFileSize(MAX_LOGO_BYTES)}.`);
      return;
    }
    setBusy('upload');
    const result = await api.settings.setLogo({ fileName: file.name, dataBase64: await fileToBase64(file) });
    setBusy(undefined);
    if (input.current) input.current.value = '';
    if (result.ok) {
      onChange(result.value);
      notify('success', 'Logo disimpan.');
    } else {
      setError(result.error.message);
    }
  };

  const remove = async (): Promise<void> => {
    setError(undefined);
    setBusy('remove');
    const result = await api.settings.removeLogo(undefined);
    setBusy(undefined);
    if (result.ok) {
      onChange(result.value);
      notify('success', 'Logo dihapus.');
    } else {
      setError(result.error.message);
    }
  };

  return (
    <section className="panel" aria-labelledby="logo-title">
      <h2 id="logo-title" className="panel-title">
        Logo
      </h2>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          Berkas logo
        </label>
        <FileInput
          ref={input}
          id={inputId}
          accept="image/png,image/jpeg,.png,.jpg,.jpeg"
          describedBy={`${inputId}-hint`}
          disabled={busy !== undefined}
          onFile={(file) => void upload(file)}
        />
        <p id={`${inputId}-hint`} className="field-hint">
          PNG atau JPEG, paling besar {formatFileSize(MAX_LOGO_BYTES)}. Logo langsung disimpan dan tampil di pratinjau.
        </p>
      </div>
      {busy === 'upload' ? (
        <p className="muted" role="status">
          <Spinner label="Mengunggah logo…" />
        </p>
      ) : null}
      <Alert>{error}</Alert>
      {hasLogo ? (
        <button type="button" className="button button-secondary" onClick={() => void remove()} disabled={busy !== undefined}>
          {busy === 'remove' ? <Spinner /> : null}
          Hapus logo
        </button>
      ) : null}
    </section>
  );
}
