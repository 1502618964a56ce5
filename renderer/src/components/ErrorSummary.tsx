import { Alert } from './Alert';

export interface SummaryItem {
  /** Field to focus when the line is chosen; absent for messages about the whole form. */
  fieldId?: string;
  label?: string;
  message: string;
}

/**
 * The list of everything that stopped a save, above the buttons: each line moves focus to its
 * field, so a long form can be fixed from the keyboard.
 */
export function ErrorSummary({ items, title = 'Data belum dapat disimpan' }: { items: SummaryItem[]; title?: string }) {
  if (items.length === 0) return null;
  return (
    <Alert title={title} className="error-summary">
      <ul>
        {items.map((item, index) => (
          <li key={`${item.fieldId ?? 'form'}-${index}`}>
            {item.fieldId ? (
              <button
                type="button"
                className="link-button"
                onClick={() => document.getElementById(item.fieldId ?? '')?.focus()}
              >
                {item.label ? `${item.label}: ` : ''}
                {item.message}
              </button>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
