import { useState } from 'react';
import { todayIso } from '../../../../shared/format';
import { MAX_YEAR, MIN_YEAR } from '../../../../shared/schemas/common';
import { api } from '../../api/client';
import { useAppStatus } from './AppStatusContext';

/** The calendar year, within the years the app accepts. */
export function calendarYear(): number {
  return Math.min(Math.max(new Date().getFullYear(), MIN_YEAR), MAX_YEAR);
}

/**
 * The active evaluation year: the one chosen in the header, else the calendar year. The default
 * year of pledges, worksheets and the dashboard, so recording an earlier round later (the 2022
 * pledges in 2026) does not need the year changed on every form.
 */
export function useActiveYear(): { year: number; chosen: boolean } {
  const { status } = useAppStatus();
  return status.activeYear === null ? { year: calendarYear(), chosen: false } : { year: status.activeYear, chosen: true };
}

/** Today when it falls in `year`, else blank: a date in another year must be entered, never assumed. */
export function defaultDateIn(year: number): string {
  const today = todayIso();
  return today.startsWith(`${year}-`) ? today : '';
}

/** Years offered in the header: from the first rounds of PermenPANRB 90/2021 to next year. */
function yearChoices(active: number): number[] {
  const last = Math.min(calendarYear() + 1, MAX_YEAR);
  const years = new Set<number>([active]);
  for (let year = 2020; year <= last; year += 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/**
 * "Periode evaluasi" in the app's header, saved in the user's preferences. (Named "periode", not
 * "tahun", so it never shares a label with a screen's own year fields.)
 */
export function ActiveYearPicker() {
  const { setStatus } = useAppStatus();
  const { year } = useActiveYear();
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <div className="active-year">
      <label htmlFor="tahun-aktif" className="active-year-label">
        Periode evaluasi
      </label>
      <select
        id="tahun-aktif"
        className="input active-year-select"
        value={year}
        aria-describedby={error ? 'tahun-aktif-error' : undefined}
        onChange={(event) => {
          const next = Number(event.target.value);
          void api.app.setActiveYear({ year: next }).then((result) => {
            if (result.ok) {
              setError(undefined);
              setStatus(result.value);
            } else {
              setError(result.error.message);
            }
          });
        }}
      >
        {yearChoices(year).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {error ? (
        <p id="tahun-aktif-error" className="active-year-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
