import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { formatNip } from '../../../../shared/format';
import { JENIS_ASN, JENIS_ASN_LABEL, personInputSchema, type Person, type PersonInput, type Unit } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { GolonganOptions, UnitOptions } from '../../components/Options';
import { applyServerIssues, summaryItems } from '../../lib/forms';

type PersonOutput = z.output<typeof personInputSchema>;
type JenisAsn = PersonInput['jenisAsn'];

/** The label of the identity number and of the rank field change with the kind of employee. */
export function nomorIndukLabel(jenis: JenisAsn): string {
  return jenis === 'PPPK' ? 'NI PPPK' : 'NIP';
}

function golonganLabel(jenis: JenisAsn): string {
  return jenis === 'PPPK' ? 'Golongan PPPK' : 'Pangkat/golongan';
}

function fieldsFor(jenis: JenisAsn) {
  return [
    { name: 'nama', id: 'person-nama', label: 'Nama' },
    { name: 'jenisAsn', id: 'person-jenis-PNS', label: 'Jenis ASN' },
    { name: 'nip', id: 'person-nip', label: nomorIndukLabel(jenis) },
    { name: 'golongan', id: 'person-golongan', label: golonganLabel(jenis) },
    { name: 'jabatan', id: 'person-jabatan', label: 'Jabatan' },
    { name: 'unitId', id: 'person-unit', label: 'Unit kerja' },
  ] as const satisfies readonly { name: Path<PersonInput>; id: string; label: string }[];
}

const FIELD_NAMES = fieldsFor('PNS').map((f) => f.name);

function toFormValues(person: Person | undefined, defaultUnitId: string): PersonInput {
  return person
    ? {
        nama: person.nama,
        jenisAsn: person.jenisAsn,
        nip: formatNip(person.nip),
        golongan: person.golongan,
        jabatan: person.jabatan,
        unitId: person.unitId,
      }
    : { nama: '', jenisAsn: 'PNS', nip: '', golongan: '', jabatan: '', unitId: defaultUnitId };
}

interface PersonFormProps {
  person?: Person | undefined;
  /** Every unit (inactive ones too, so an existing person's unit stays selectable). */
  units: Unit[];
  defaultUnitId: string;
  onSaved: (person: Person) => void;
  onClose: () => void;
}

/**
 * Create or edit a person. The NIP is checked part by part by the shared schema (the message names
 * the wrong part); main re-checks it and refuses a NIP that already belongs to someone else.
 */
export function PersonForm({ person, units, defaultUnitId, onSaved, onClose }: PersonFormProps) {
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, setValue, clearErrors, getFieldState, control, formState } = useForm<
    PersonInput,
    unknown,
    PersonOutput
  >({
    resolver: zodResolver(personInputSchema),
    defaultValues: toFormValues(person, defaultUnitId),
  });
  const { errors, isSubmitting, isSubmitted } = formState;
  const jenis = useWatch({ control, name: 'jenisAsn' });
  const fields = fieldsFor(jenis);
  const selectableUnits = units.filter((u) => u.aktif || u.id === person?.unitId);

  const onSubmit = handleSubmit(async (values) => {
    setServerMessages([]);
    const result = person ? await api.people.update({ id: person.id, data: values }) : await api.people.create(values);
    if (result.ok) onSaved(result.value);
    else setServerMessages(applyServerIssues(result.error, FIELD_NAMES, setError));
  });

  // The id schema's own message ("ID tidak valid.") means nothing to a user who left the select empty.
  const unitError = errors.unitId ? (errors.unitId.type === 'server' ? errors.unitId.message : 'Pilih unit kerja.') : undefined;

  const summary = summaryItems(serverMessages, isSubmitted, fields, (index) => {
    const name = fields[index]?.name;
    return name === 'unitId' ? unitError : name ? getFieldState(name, formState).error?.message : undefined;
  });

  const jenisField = register('jenisAsn', {
    onChange: (event: { target: { value: string } }) => {
      // A Non-ASN has neither NIP nor golongan; PNS and PPPK use different rank lists.
      if (event.target.value === 'NON_ASN') setValue('nip', '');
      setValue('golongan', '');
      clearErrors(['nip', 'golongan']);
    },
  });

  return (
    <Dialog title={person ? 'Ubah data pegawai' : 'Tambah pegawai'} onClose={isSubmitting ? undefined : onClose} size="medium">
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField id="person-nama" label="Nama" error={errors.nama?.message} hint="Nama lengkap dengan gelar, seperti pada dokumen kepegawaian." autoComplete="off" {...register('nama')} />
        <fieldset className="fieldset fieldset-inline">
          <legend>Jenis ASN</legend>
          <div className="radio-group">
            {JENIS_ASN.map((value) => (
              <label key={value} className="radio" htmlFor={`person-jenis-${value}`}>
                <input type="radio" id={`person-jenis-${value}`} value={value} {...jenisField} />
                {JENIS_ASN_LABEL[value]}
              </label>
            ))}
          </div>
          {errors.jenisAsn?.message ? <p className="field-error">{errors.jenisAsn.message}</p> : null}
        </fieldset>
        {jenis !== 'NON_ASN' ? (
          <div className="field-row">
            <TextField
              id="person-nip"
              label={nomorIndukLabel(jenis)}
              error={errors.nip?.message}
              hint={jenis === 'PPPK' ? '18 digit, mis. 19900415 202221 2 015; spasi boleh.' : '18 digit, mis. 19700518 200503 1 005; spasi boleh.'}
              inputClassName="nip"
              inputMode="numeric"
              autoComplete="off"
              {...register('nip')}
            />
            <SelectField id="person-golongan" label={golonganLabel(jenis)} error={errors.golongan?.message} {...register('golongan')}>
              <option value="">— Pilih —</option>
              <GolonganOptions jenis={jenis} />
            </SelectField>
          </div>
        ) : (
          <p className="field-hint">Pegawai non-ASN dicatat tanpa NIP dan tanpa pangkat/golongan.</p>
        )}
        <TextField id="person-jabatan" label="Jabatan" error={errors.jabatan?.message} {...register('jabatan')} />
        <SelectField id="person-unit" label="Unit kerja" error={unitError} {...register('unitId')}>
          <option value="">— Pilih unit kerja —</option>
          <UnitOptions units={selectableUnits} markInactive />
        </SelectField>
        <ErrorSummary items={summary} title="Pegawai belum disimpan" />
        <FormActions submitLabel="Simpan" busy={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
