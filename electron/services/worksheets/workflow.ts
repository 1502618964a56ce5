import { checkTransition, type WorksheetDetail, type WorksheetStatus } from '../../../shared/worksheets';
import { unwrap, type WorksheetRepo } from './repo';

/** The worksheet workflow: one status step at a time, with who, when and the reviewer's note. */
export interface WorkflowOperations {
  transition(id: string, to: WorksheetStatus, note?: string): Promise<WorksheetDetail>;
}

export function workflowOperations(repo: WorksheetRepo): WorkflowOperations {
  return {
    async transition(id, to, note) {
      const worksheet = await repo.open(id);
      const template = repo.templateOf(worksheet);
      unwrap(checkTransition(worksheet, template, to));
      return repo.mutate(id, (draft) => {
        unwrap(checkTransition(draft, template, to));
        const at = repo.stamp();
        draft.statusHistory.push({ at, by: repo.who(), from: draft.status, to, note: note?.trim() ?? '' });
        draft.status = to;
        if (to === 'DIREVIU_TPI') {
          // A new review takes in every change made since the previous one.
          draft.reviewedAt = at;
          draft.changedAfterReview = false;
        }
        repo.touch(draft, false);
      });
    },
  };
}
