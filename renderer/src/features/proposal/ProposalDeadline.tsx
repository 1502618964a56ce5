import { useCallback } from 'react';
import { api } from '../../api/client';
import { useLoad } from '../../lib/useLoad';
import { deadlineLine, proposalHref } from './model';

/** What is still missing before the deadline, or that the package is complete. */
export function MissingParts({ missing }: { missing: readonly string[] }) {
  if (missing.length === 0) return <p>Paket usulan lengkap: surat, SPTJM dan data PortalRB sudah dibuat.</p>;
  return (
    <>
      <p className="muted">Yang masih harus diselesaikan:</p>
      <ul className="proposal-missing">
        {missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The proposal deadline of a year on the dashboard, with what is still missing (units not eligible,
 * letters not printed, exports not made) and a link to "Usulan ke KemenPANRB".
 */
export function ProposalDeadline({ year }: { year: number }) {
  const load = useCallback(() => api.proposal.get({ year }), [year]);
  const { data: view } = useLoad(load);
  if (view === undefined) return null;
  return (
    <section className="panel proposal-deadline" aria-labelledby="dash-proposal-title">
      <h2 id="dash-proposal-title" className="panel-title">
        Usulan ke KemenPANRB tahun {year}
      </h2>
      <p>
        Batas pengusulan: <strong>{deadlineLine(view.deadline, view.daysLeft)}</strong>
      </p>
      <MissingParts missing={view.missing} />
      <p>
        <a href={proposalHref(year)}>Buka Usulan ke KemenPANRB</a>
      </p>
    </section>
  );
}
