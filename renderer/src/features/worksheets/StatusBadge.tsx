import { LockIcon } from './LockIcon';
import { worksheetStatusLabels, type WorksheetStatus } from '../../../../shared/worksheets';

/** The workflow status as a coloured badge, plus "diubah setelah direviu" when it applies. */
export function StatusBadge({ status, changedAfterReview }: { status: WorksheetStatus; changedAfterReview: boolean }) {
  return (
    <span className="ws-status-badges">
      <span className={`ws-status ws-status-${status.toLowerCase()}`} data-testid="worksheet-status">
        {status === 'FINAL' ? <LockIcon /> : null}
        {worksheetStatusLabels[status]}
      </span>
      {changedAfterReview && status !== 'FINAL' ? <span className="ws-status ws-status-changed">Diubah setelah direviu</span> : null}
    </span>
  );
}
