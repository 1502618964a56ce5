import { TextField } from './Field';
import { Spinner } from './Spinner';

/** Asks main for a native dialog's path (null: cancelled). */
export type AskPath = () => Promise<{ ok: true; value: { path: string | null } } | { ok: false; error: { message: string } }>;

/**
 * A function that asks main for a native dialog and puts the chosen path into the field (a
 * cancelled dialog changes nothing); undefined without `ask` — the web host has no native dialogs
 * and keeps the typed field (callers pass `ask` only where `useNativeDialogs()` says so).
 */
export function useChooser(ask: AskPath | undefined, setPath: (path: string) => void, setError: (message: string | undefined) => void): (() => void) | undefined {
  if (ask === undefined) return undefined;
  return () =>
    void ask().then((result) => {
      if (!result.ok) setError(result.error.message);
      else if (result.value.path !== null) {
        setError(undefined);
        setPath(result.value.path);
      }
    });
}

/** One path field (a folder or an archive on this computer) with its button; Enter submits. */
export function PathForm(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
  busy: boolean;
  submitLabel: string;
  primary?: boolean;
  canSubmit?: boolean;
  onSubmit: () => void;
  /** Electron only: a button that fills the field from a native dialog ("Pilih folder…"). */
  choose?: { label: string; onChoose: () => void } | undefined;
}) {
  return (
    <form
      className="path-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <TextField
        id={props.id}
        label={props.label}
        hint={props.hint}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        disabled={props.busy}
        className="path-form-field"
      />
      <div className="form-actions">
        {props.choose ? (
          <button type="button" className="button button-secondary" disabled={props.busy} onClick={props.choose.onChoose}>
            {props.choose.label}
          </button>
        ) : null}
        <button type="submit" className={`button ${props.primary ? 'button-primary' : 'button-secondary'}`} disabled={props.busy || props.canSubmit === false}>
          {props.busy ? <Spinner /> : null}
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
