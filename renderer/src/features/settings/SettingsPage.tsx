import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { InstitutionView } from '../../../../shared/contract';
import { PAPER_SIZES, PAPER_SIZE_VALUES, formatNip, formatTempatTanggal, todayIso } from '../../../../shared/format';
import { institutionInputSchema, type InstitutionInput } from '../../../../shared/masterdata/schemas';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { GolonganOptions } from '../../components/Options';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { applyServerIssues, summaryItems } from '../../lib/forms';
import { useLoad } from '../../lib/useLoad';
import { KopPreview } from './KopPreview';
import { CertificatePanel } from './CertificatePanel';
import { KeyCustodyPanel } from './KeyCustodyPanel';
import { LogoPanel } from './LogoPanel';
import { Alert } from '../../components/Alert';

type InstitutionOutput = z.output<typeof institutionInputSchema>;

const FIELDS = [
  { name: 'pemerintahDaerah', id: 'inst-pemda', label: 'Pemerintah daerah' },
  { name: 'namaInspektorat', id: 'inst-nama', label: 'Nama Inspektorat' },
  { name: 'alamat', id: 'inst-alamat', label: 'Alamat' },
  { name: 'kota', id: 'inst-kota', label: 'Kota untuk tanggal surat' },
  { name: 'inspektur.nama', id: 'inst-inspektur-nama', label: 'Nama Inspektur' },
  { name: 'inspektur.nip', id: 'inst-inspektur-nip', label: 'NIP Inspektur' },
  { name: 'inspektur.golongan', id: 'inst-inspektur-golongan', label: 'Pangkat/golongan Inspektur' },
  { name: 'kertas', id: 'inst-kertas-A4', label: 'Ukuran kertas' },
] as const satisfies readonly { name: Path<InstitutionInput>; id: string; label: string }[];

function toFormValues(view: InstitutionView): InstitutionInput {
  return {
    pemerintahDaerah: view.pemerintahDaerah,
    namaInspektorat: view.namaInspektorat,
    alamat: view.alamat,
    kota: view.kota,
    inspektur: { nama: view.inspektur.nama, nip: formatNip(view.inspektur.nip), golongan: view.inspektur.golongan },
    kertas: view.kertas,
  };
}

function InstitutionForm({ initial }: { initial: InstitutionView }) {
  const { notify } = useToast();
  const [logoDataUrl, setLogoDataUrl] = useState(initial.logoDataUrl);
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    getFieldState,
    formState,
  } = useForm<InstitutionInput, unknown, InstitutionOutput>({
    resolver: zodResolver(institutionInputSchema),
    defaultValues: toFormValues(initial),
  });
  const { errors, isSubmitting, isSubmitted, isDirty } = formState;
  const live = useWatch({ control });

  const onSubmit = handleSubmit(async (values) => {
    setServerMessages([]);
    const result = await api.settings.save(values);
    if (result.ok) {
      reset(toFormValues(result.value));
      notify('success', 'Pengaturan instansi disimpan.');
    } else {
      setServerMessages(applyServerIssues(result.error, FIELDS.map((f) => f.name), setError));
    }
  });

  const summary = summaryItems(serverMessages, isSubmitted, FIELDS, (index) => {
    const name = FIELDS[index]?.name;
    return name ? getFieldState(name, formState).error?.message : undefined;
  });

  const kotaExample = formatTempatTanggal(live.kota?.trim() || 'Serang', todayIso());

  return (
    <div className="settings-layout">
      <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="inst-form-title">
        <h2 id="inst-form-title" className="panel-title">
          Identitas instansi
        </h2>
        <TextField id="inst-pemda" label="Pemerintah daerah" error={errors.pemerintahDaerah?.message} hint="Baris pertama kop surat, mis. Pemerintah Kabupaten Serang." {...register('pemerintahDaerah')} />
        <TextField id="inst-nama" label="Nama Inspektorat" error={errors.namaInspektorat?.message} hint="Mis. Inspektorat Kabupaten Serang." {...register('namaInspektorat')} />
        <TextAreaField id="inst-alamat" label="Alamat" optional error={errors.alamat?.message} hint="Alamat, telepon dan surel di bawah nama instansi." rows={2} {...register('alamat')} />
        <TextField id="inst-kota" label="Kota untuk tanggal surat" error={errors.kota?.message} hint={`Dicetak pada baris tanggal: "${kotaExample}".`} inputClassName="input-medium" {...register('kota')} />

        <fieldset className="fieldset">
          <legend>Inspektur</legend>
          <TextField id="inst-inspektur-nama" label="Nama Inspektur" optional error={errors.inspektur?.nama?.message} hint="Lengkap dengan gelar, seperti pada tanda tangan." {...register('inspektur.nama')} />
          <div className="field-row field-row-wide">
            <TextField id="inst-inspektur-nip" label="NIP Inspektur" optional error={errors.inspektur?.nip?.message} hint="18 digit; spasi boleh." inputMode="numeric" autoComplete="off" {...register('inspektur.nip')} />
            <SelectField id="inst-inspektur-golongan" label="Pangkat/golongan Inspektur" optional error={errors.inspektur?.golongan?.message} {...register('inspektur.golongan')}>
              <option value="">— Pilih pangkat/golongan —</option>
              <GolonganOptions jenis="PNS" />
            </SelectField>
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>Ukuran kertas bawaan</legend>
          <div className="radio-group">
            {PAPER_SIZE_VALUES.map((size) => (
              <label key={size} className="radio" htmlFor={`inst-kertas-${size}`}>
                <input type="radio" id={`inst-kertas-${size}`} value={size} {...register('kertas')} />
                {PAPER_SIZES[size].label}
              </label>
            ))}
          </div>
          {errors.kertas?.message ? <p className="field-error">{errors.kertas.message}</p> : null}
        </fieldset>

        <ErrorSummary items={summary} title="Pengaturan belum disimpan" />
        <FormActions submitLabel="Simpan pengaturan" busy={isSubmitting}>
          {isDirty ? <span className="muted small">Ada perubahan yang belum disimpan.</span> : null}
        </FormActions>
      </form>

      <div className="settings-side">
        <section className="panel" aria-labelledby="kop-title">
          <h2 id="kop-title" className="panel-title">
            Pratinjau kop surat
          </h2>
          <KopPreview
            pemerintahDaerah={live.pemerintahDaerah ?? ''}
            namaInspektorat={live.namaInspektorat ?? ''}
            alamat={live.alamat ?? ''}
            kota={live.kota ?? ''}
            kertas={live.kertas === 'A4' ? 'A4' : 'F4'}
            logoDataUrl={logoDataUrl}
          />
        </section>
        <LogoPanel hasLogo={logoDataUrl !== null} onChange={(view) => setLogoDataUrl(view.logoDataUrl)} />
      </div>
    </div>
  );
}

/** *Pengaturan instansi*: identity for the kop surat, the Inspektur, default paper and the logo. */
export function SettingsPage() {
  const load = useCallback(() => api.settings.get(undefined), []);
  const settings = useLoad(load);
  return (
    <>
      <PageHeader title="Pengaturan instansi" description="Identitas yang dicetak pada kop surat, Pakta Integritas dan laporan." />
      <Alert>{settings.error?.message}</Alert>
      {settings.data ? <InstitutionForm initial={settings.data} /> : settings.error ? null : <p className="muted">Memuat pengaturan…</p>}
      <CertificatePanel />
      <KeyCustodyPanel />
    </>
  );
}
