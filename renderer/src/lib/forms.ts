import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { SummaryItem } from '../components/ErrorSummary';
import type { AppError } from '../../../shared/result';

/**
 * Puts the server's field issues (`error.issues`, e.g. a duplicate NIP on `nip`) next to the
 * fields they name, focusing the first, and returns the messages that belong to no field (plus the
 * general message, unless it only repeats a field's) for the error summary.
 */
export function applyServerIssues<T extends FieldValues>(
  error: AppError,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string[] {
  const unplaced: string[] = [];
  const placed: string[] = [];
  for (const issue of error.issues ?? []) {
    const field = fields.find((name) => name === issue.path);
    if (field === undefined) {
      unplaced.push(issue.message);
      continue;
    }
    setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed.length === 0 });
    placed.push(issue.message);
  }
  if (!placed.includes(error.message) && !unplaced.includes(error.message)) unplaced.unshift(error.message);
  return unplaced;
}

/**
 * The lines of a form's error summary: the server's messages that belong to no field, then (once
 * the form was submitted) each field's error, in the order of `fields`, linked to its input.
 */
export function summaryItems(
  serverMessages: readonly string[],
  submitted: boolean,
  fields: readonly { id: string; label: string }[],
  messageOf: (index: number) => string | undefined,
): SummaryItem[] {
  return [
    ...serverMessages.map((message) => ({ message })),
    ...(submitted
      ? fields.flatMap((field, index) => {
          const message = messageOf(index);
          return message ? [{ fieldId: field.id, label: field.label, message }] : [];
        })
      : []),
  ];
}
