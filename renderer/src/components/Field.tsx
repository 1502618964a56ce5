import type { ComponentProps, ReactNode } from 'react';

/** What an input needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** The frame around one input: its label, hint and error, and where it stands. */
export interface FieldFrame {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  /** Classes added to the frame (not to the input). */
  className?: string | undefined;
  /** `form` (label above, in a form grid) or `toolbar` (a filter above a list). */
  layout?: 'form' | 'toolbar';
}

interface FieldProps extends FieldFrame {
  children: (control: ControlProps) => ReactNode;
}

/** Label above, input, hint and error under it; the input is described by both. */
export function Field({ id, label, error, hint, optional = false, className, layout = 'form', children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const frame = layout === 'toolbar' ? 'toolbar-field' : 'field';
  return (
    <div className={`${frame}${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {optional ? <span className="field-optional">opsional</span> : null}
      </div>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Splits a field's props into its frame and the props of its control. */
function split<P extends FieldFrame & { inputClassName?: string | undefined }>(props: P) {
  const { id, label, error, hint, optional, className, layout, inputClassName, ...control } = props;
  const frame: FieldFrame = { id, label, error, hint, ...(optional === undefined ? {} : { optional }), className, ...(layout ? { layout } : {}) };
  return { frame, control, inputClass: `input${inputClassName ? ` ${inputClassName}` : ''}` };
}

type Control<E extends 'input' | 'select' | 'textarea'> = FieldFrame & Omit<ComponentProps<E>, 'id' | 'className'> & { inputClassName?: string | undefined };

/**
 * A text, search, date or number input in its frame: `<TextField id label error {...register('x')} />`.
 * `inputClassName` adds classes to the input (`nip`, `input-year`).
 */
export function TextField(props: Control<'input'>) {
  const { frame, control, inputClass } = split(props);
  return <Field {...frame}>{(c) => <input {...c} className={inputClass} {...control} />}</Field>;
}

/** A select in its frame; the options are its children. */
export function SelectField(props: Control<'select'>) {
  const { frame, control, inputClass } = split(props);
  return <Field {...frame}>{(c) => <select {...c} className={inputClass} {...control} />}</Field>;
}

/** A multi-line text in its frame. */
export function TextAreaField(props: Control<'textarea'>) {
  const { frame, control, inputClass } = split(props);
  return <Field {...frame}>{(c) => <textarea {...c} className={inputClass} {...control} />}</Field>;
}

/** A checkbox with its label to the right: `<CheckboxField id label checked onChange />` or `{...register('x')}`. */
export function CheckboxField({ id, label, className, ...input }: { id: string; label: ReactNode; className?: string } & Omit<ComponentProps<'input'>, 'id' | 'type' | 'className'>) {
  return (
    <label className={`checkbox-inline${className ? ` ${className}` : ''}`} htmlFor={id}>
      <input id={id} type="checkbox" {...input} />
      {label}
    </label>
  );
}
