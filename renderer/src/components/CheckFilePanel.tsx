import { useState } from 'react';
import { Alert } from './Alert';
import { PathForm, useChooser, type AskPath } from './PathForm';

/**
 * A panel that checks a file on this computer (typed, or from a native dialog in Electron) and hands
 * the answer over: restoring an archive on the Cadangan screen, receiving a colleague's bundle on the Rekan screen.
 */
export function CheckFilePanel<T>(props: {
  id: string;
  title: string;
  intro: string;
  label: string;
  hint: string;
  submitLabel: string;
  chooseLabel: string;
  /** The native file dialog, where there is one (Electron). */
  choose: AskPath | undefined;
  check: (path: string) => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>;
  onResult: (value: T) => void;
}) {
  const [file, setFile] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const chooseFile = useChooser(props.choose, setFile, setError);
  const run = async (): Promise<void> => {
    setError(undefined);
    setBusy(true);
    const result = await props.check(file);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else props.onResult(result.value);
  };
  return (
    <section className="panel" aria-labelledby={`${props.id}-judul`}>
      <h2 id={`${props.id}-judul`} className="panel-title">
        {props.title}
      </h2>
      <p className="muted">{props.intro}</p>
      <PathForm
        id={`${props.id}-berkas`}
        label={props.label}
        hint={props.hint}
        value={file}
        onChange={setFile}
        busy={busy}
        submitLabel={props.submitLabel}
        canSubmit={file.trim() !== ''}
        onSubmit={() => void run()}
        choose={chooseFile && { label: props.chooseLabel, onChoose: chooseFile }}
      />
      <Alert>{error}</Alert>
    </section>
  );
}
