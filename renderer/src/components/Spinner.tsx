/** A small rotating ring; the text beside it says what is happening. */
export function Spinner({ label }: { label?: string }) {
  return (
    <>
      <span className="spinner" aria-hidden="true" />
      {label ? <span>{label}</span> : null}
    </>
  );
}
