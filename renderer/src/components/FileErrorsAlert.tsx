import { AlertList } from './Alert';

/** The problems that make a whole uploaded file unusable, as an alert ("Berkas tidak dapat diimpor:"). */
export function FileErrorsAlert({ errors }: { errors: readonly string[] }) {
  return <AlertList title="Berkas tidak dapat diimpor:" messages={errors} />;
}
