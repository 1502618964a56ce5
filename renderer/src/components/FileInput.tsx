import { useState, type ChangeEvent, type Ref } from 'react';

interface FileInputProps {
  id: string;
  accept: string;
  disabled?: boolean;
  describedBy?: string;
  onFile: (file: File) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A file picker whose button and "no file" text are ours, in Bahasa Indonesia (the native control
 * speaks the browser's language). The real input stays focusable; its label is the button.
 */
export function FileInput({ id, accept, disabled = false, describedBy, onFile, ref }: FileInputProps) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    setChosen(file?.name);
    if (file) onFile(file);
  };
  return (
    <div className="file-input">
      <input
        ref={ref}
        id={id}
        type="file"
        className="file-input-native"
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={onChange}
      />
      <label htmlFor={id} className={`button button-secondary${disabled ? ' is-disabled' : ''}`} aria-hidden="true">
        Pilih berkas…
      </label>
      <span className="file-input-name">{chosen ?? 'Belum ada berkas dipilih'}</span>
    </div>
  );
}
