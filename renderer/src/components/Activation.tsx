import { useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { ConfirmDialog } from './ConfirmDialog';
import type { RowAction } from './RowActions';
import { useToast } from './Toast';

interface Activatable {
  id: string;
  nama: string;
  aktif: boolean;
}

interface ActivationOptions<T extends Activatable> {
  /** The channel that switches a record on or off (`api.units.setActive`, `api.people.setActive`). */
  setActive: (input: { id: string; aktif: boolean }) => Promise<Result<unknown>>;
  /** Called after a change, to reload the list. */
  onChanged: () => void;
  /** The confirmation's title ("Nonaktifkan pegawai?"). */
  confirmTitle: string;
  /** What deactivating means for this record, shown in the confirmation. */
  describe: (record: T) => ReactNode;
}

/**
 * Deactivate (after a confirmation) and reactivate master-data records from a list: the row
 * actions, the error of a failed reactivation, and the confirmation dialog. Nothing is deleted.
 */
export function useActivation<T extends Activatable>({ setActive, onChanged, confirmTitle, describe }: ActivationOptions<T>) {
  const { notify } = useToast();
  const [deactivating, setDeactivating] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const change = async (record: T, aktif: boolean): Promise<string | undefined> => {
    const result = await setActive({ id: record.id, aktif });
    if (!result.ok) return result.error.message;
    notify('success', aktif ? `${record.nama} diaktifkan kembali.` : `${record.nama} dinonaktifkan.`);
    setDeactivating(undefined);
    onChanged();
    return undefined;
  };

  const action = (record: T): RowAction =>
    record.aktif
      ? { label: 'Nonaktifkan', tone: 'ghost', onClick: () => setDeactivating(record) }
      : {
          label: 'Aktifkan',
          tone: 'ghost',
          onClick: () => {
            setError(undefined);
            void change(record, true).then(setError);
          },
        };

  const dialog = deactivating ? (
    <ConfirmDialog
      title={confirmTitle}
      confirmLabel="Nonaktifkan"
      tone="danger"
      onConfirm={() => change(deactivating, false)}
      onClose={() => setDeactivating(undefined)}
    >
      {describe(deactivating)}
    </ConfirmDialog>
  ) : null;

  return { action, error, dialog };
}
