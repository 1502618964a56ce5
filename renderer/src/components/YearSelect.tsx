import { SelectField } from './Field';

interface YearSelectProps {
  id: string;
  /** The years offered, newest first. */
  years: readonly number[];
  /** The year shown; undefined while the screen still loads ("Memuat…"). */
  value: number | undefined;
  /** The address of the same screen for another year (the choice is kept in the address). */
  hrefOf: (year: number) => string;
  disabled?: boolean;
  className?: string;
}

/** The toolbar's "Tahun evaluasi" select of a screen that shows one evaluation year. */
export function YearSelect({ id, years, value, hrefOf, disabled = false, className }: YearSelectProps) {
  return (
    <SelectField
      id={id}
      label="Tahun evaluasi"
      layout="toolbar"
      className={className}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => {
        window.location.hash = hrefOf(Number(event.target.value));
      }}
    >
      {value === undefined ? <option value="">Memuat…</option> : null}
      {years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </SelectField>
  );
}
