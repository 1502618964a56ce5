import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { formatNip } from '../../../../shared/format';
import { JENIS_UNIT, JENIS_UNIT_LABEL, unitInputSchema, type Unit, type UnitInput } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { applyServerIssues, summaryItems } from '../../lib/forms';

type UnitOutput = z.output<typeof unitInputSchema>;

const FIELDS = [
  { name: 'nama', id: 'unit-nama', label: 'Nama unit kerja' },
  { name: 'singkatan', id: 'unit-singkatan', label: 'Singkatan' },
  { name: 'jenis', id: 'unit-jenis', label: 'Jenis unit' },
  { name: 'kepalaNama', id: 'unit-kepala-nama', label: 'Nama kepala unit' },
  { name: 'kepalaNip', id: 'unit-kepala-nip', label: 'NIP kepala unit' },
  { name: 'kepalaJabatan', id: 'unit-kepala-jabatan', label: 'Jabatan kepala unit' },
  { name: 'alamat', id: 'unit-alamat', label: 'Alamat unit kerja' },
  { name: 'afirmasi', id: 'unit-afirmasi', label: 'Afirmasi' },
] as const satisfies readonly { name: Path<UnitInput>; id: string; label: string }[];

export const AFIRMASI_HINT =
  'Jalur afirmasi untuk unit layanan publik: RSUD, Disdukcapil, SAMSAT, DPMPTSP, serta unit layanan pendidikan dan ketenagakerjaan.';

function toFormValues(unit: Unit | undefined): UnitInput {
  return unit
    ? {
        nama: unit.nama,
        singkatan: unit.singkatan,
        jenis: unit.jenis,
        kepalaNama: unit.kepalaNama,
        kepalaNip: formatNip(unit.kepalaNip),
        kepalaJabatan: unit.kepalaJabatan,
        afirmasi: unit.afirmasi,
        alamat: unit.alamat ?? '',
      }
    : { nama: '', singkatan: '', jenis: 'DINAS_BADAN_KANTOR', kepalaNama: '', kepalaNip: '', kepalaJabatan: '', afirmasi: false, alamat: '' };
}

/** Create or edit one unit kerja in a dialog; the contract's schema checks it here and again in main. */
export function UnitForm({ unit, onSaved, onClose }: { unit?: Unit; onSaved: (unit: Unit) => void; onClose: () => void }) {
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, getFieldState, formState } = useForm<UnitInput, unknown, UnitOutput>({
    resolver: zodResolver(unitInputSchema),
    defaultValues: toFormValues(unit),
  });
  const { errors, isSubmitting, isSubmitted } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setServerMessages([]);
    const result = unit ? await api.units.update({ id: unit.id, data: values }) : await api.units.create(values);
    if (result.ok) onSaved(result.value);
    else setServerMessages(applyServerIssues(result.error, FIELDS.map((f) => f.name), setError));
  });

  const summary = summaryItems(serverMessages, isSubmitted, FIELDS, (index) => {
    const name = FIELDS[index]?.name;
    return name ? getFieldState(name, formState).error?.message : undefined;
  });

  return (
    <Dialog title={unit ? `Ubah unit kerja` : 'Tambah unit kerja'} onClose={isSubmitting ? undefined : onClose} size="medium">
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField id="unit-nama" label="Nama unit kerja" error={errors.nama?.message} hint="Nama lengkap, mis. Dinas Kependudukan dan Pencatatan Sipil." {...register('nama')} />
        <div className="field-row">
          <TextField id="unit-singkatan" label="Singkatan" optional error={errors.singkatan?.message} hint="Dipakai juga saat impor pegawai." {...register('singkatan')} />
          <SelectField id="unit-jenis" label="Jenis unit" error={errors.jenis?.message} {...register('jenis')}>
            {JENIS_UNIT.map((jenis) => (
              <option key={jenis} value={jenis}>
                {JENIS_UNIT_LABEL[jenis]}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset className="fieldset">
          <legend>Kepala unit</legend>
          <TextField id="unit-kepala-nama" label="Nama kepala unit" optional error={errors.kepalaNama?.message} {...register('kepalaNama')} />
          <div className="field-row">
            <TextField
              id="unit-kepala-nip"
              label="NIP kepala unit"
              optional
              error={errors.kepalaNip?.message}
              hint="18 digit; spasi boleh."
              inputMode="numeric"
              autoComplete="off"
              {...register('kepalaNip')}
            />
            <TextField id="unit-kepala-jabatan" label="Jabatan kepala unit" optional error={errors.kepalaJabatan?.message} {...register('kepalaJabatan')} />
          </div>
        </fieldset>
        <TextAreaField id="unit-alamat" label="Alamat unit kerja" optional error={errors.alamat?.message} hint="Dicetak pada kop unit di Pakta Integritas pegawainya; bila kosong, kop Inspektorat yang dipakai." rows={2} {...register('alamat')} />
        <div className="checkbox-field">
          <input type="checkbox" id="unit-afirmasi" aria-describedby="unit-afirmasi-hint" {...register('afirmasi')} />
          <div>
            <label htmlFor="unit-afirmasi">Unit afirmasi</label>
            <p id="unit-afirmasi-hint" className="field-hint">
              {AFIRMASI_HINT}
            </p>
          </div>
        </div>
        <ErrorSummary items={summary} title="Unit kerja belum disimpan" />
        <FormActions submitLabel="Simpan" busy={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
