import type { ReportFormValues } from './model/reportForm';

/**
 * Unsaved report-metadata edits per worksheet, kept while the session lasts so that switching to
 * another tab (or screen) and back does not throw away what was typed. Cleared when saved.
 */
const drafts = new Map<string, ReportFormValues>();

export const reportDrafts = {
  get(worksheetId: string): ReportFormValues | undefined {
    return drafts.get(worksheetId);
  },
  set(worksheetId: string, values: ReportFormValues): void {
    drafts.set(worksheetId, values);
  },
  clear(worksheetId: string): void {
    drafts.delete(worksheetId);
  },
};
