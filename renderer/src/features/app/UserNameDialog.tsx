import { endSentence } from '../../../../shared/format';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../shared/contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useToast } from '../../components/Toast';
import { applyServerIssues } from '../../lib/forms';
import { useAppStatus } from './AppStatusContext';
import { Alert } from '../../components/Alert';

const schema = contract.app.setUserName.input;
type NameInput = z.input<typeof schema>;

/**
 * Asked once, on first run: the name is recorded with every answer and document the user makes
 * (answer history), so it cannot be skipped.
 */
export function UserNameDialog() {
  const { setStatus } = useAppStatus();
  const { notify } = useToast();
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NameInput, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await api.app.setUserName(values);
    if (result.ok) {
      setStatus(result.value);
      const name = result.value.userName;
      notify('success', endSentence(`Selamat bekerja, ${name}`));
    } else {
      setFormError(applyServerIssues(result.error, ['name'], setError).join(' ') || undefined);
    }
  });

  return (
    <Dialog
      title="Selamat datang di ZI Desk"
      size="small"
      description="Sebelum mulai, tuliskan nama Anda. Nama ini dicatat pada riwayat jawaban lembar kerja dan dokumen yang Anda buat."
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField id="user-name" label="Nama Anda" error={errors.name?.message} hint="Contoh: Siti Rahmawati, S.E." autoComplete="name" {...register('name')} />
        <Alert>{formError}</Alert>
        <FormActions submitLabel="Simpan dan mulai" busy={isSubmitting} />
      </form>
    </Dialog>
  );
}
