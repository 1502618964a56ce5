/** The problems that make a whole uploaded file unusable, as an alert ("Berkas tidak dapat diimpor:"). */
export function FileErrorsAlert({ errors }: { errors: readonly string[] }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>Berkas tidak dapat diimpor:</p>
      <ul>
        {errors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
