import { useId, useRef, useState } from 'react';
import type { InstitutionView } from '../../../../shared/contract';
import { MAX_LOGO_BYTES } from '../../../../shared/limits';
import { api } from '../../api/client';
import { FileInput } from '../../components/FileInput';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { fileToBase64, formatFileSize } from '../../lib/files';
import { Alert } from '../../components/Alert';

/** The two kop images: the institution's logo and the regency emblem of the Pemerintah Kabupaten kop. */
const KINDS = {
  logo: { title: 'Logo', file: 'Berkas logo', saved: 'Logo disimpan.', removed: 'Logo dihapus.', remove: 'Hapus logo', uploading: 'Mengunggah logo…', hint: 'Logo langsung disimpan dan tampil di pratinjau.' },
  lambang: {
    title: 'Lambang daerah (kop Pemerintah Kabupaten)',
    file: 'Berkas lambang daerah',
    saved: 'Lambang daerah disimpan.',
    removed: 'Lambang daerah dihapus.',
    remove: 'Hapus lambang',
    uploading: 'Mengunggah lambang…',
    hint: 'Dicetak pada kop Pemerintah Kabupaten (Piagam, surat usulan); tanpa lambang, logo yang dipakai.',
  },
} as const;

/** Upload or remove a kop image; the bytes go to main, which checks that they really are PNG/JPEG. */
export function LogoPanel({ hasLogo, onChange, kind = 'logo' }: { hasLogo: boolean; onChange: (view: InstitutionView) => void; kind?: keyof typeof KINDS }) {
  const text = KINDS[kind];
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
    const payload = { fileName: file.name, dataBase64: await fileToBase64(file) };
    const result = kind === 'logo' ? await api.settings.setLogo(payload) : await api.settings.setLambang(payload);
    setBusy(undefined);
    if (input.current) input.current.value = '';
    if (result.ok) {
      onChange(result.value);
      notify('success', text.saved);
    } else {
      setError(result.error.message);
    }
  };

  const remove = async (): Promise<void> => {
    setError(undefined);
    setBusy('remove');
    const result = kind === 'logo' ? await api.settings.removeLogo(undefined) : await api.settings.removeLambang(undefined);
    setBusy(undefined);
    if (result.ok) {
      onChange(result.value);
      notify('success', text.removed);
    } else {
      setError(result.error.message);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`} className="panel-title">
        {text.title}
      </h2>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {text.file}
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
          PNG atau JPEG, paling besar {formatFileSize(MAX_LOGO_BYTES)}. {text.hint}
        </p>
      </div>
      {busy === 'upload' ? (
        <p className="muted" role="status">
          <Spinner label={text.uploading} />
        </p>
      ) : null}
      <Alert>{error}</Alert>
      {hasLogo ? (
        <button type="button" className="button button-secondary" onClick={() => void remove()} disabled={busy !== undefined}>
          {busy === 'remove' ? <Spinner /> : null}
          {text.remove}
        </button>
      ) : null}
    </section>
  );
}
