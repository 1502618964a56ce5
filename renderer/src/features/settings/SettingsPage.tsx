import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { InstitutionView } from '../../../../shared/contract';
import { PAPER_SIZES, PAPER_SIZE_VALUES, formatNip, formatTempatTanggal, todayIso } from '../../../../shared/format';
import { institutionInputSchema, type InstitutionInput } from '../../../../shared/masterdata/schemas';
import { DEFAULT_MARGINS_MM, DOCUMENT_FONTS, DOCUMENT_FONT_LABEL, MARGIN_LABEL, MARGIN_RANGE_MM, checkMargin, type PageMarginsMm } from '../../../../shared/documents/page';
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
  { name: 'margin.top', id: 'inst-margin-top', label: MARGIN_LABEL.top },
  { name: 'margin.left', id: 'inst-margin-left', label: MARGIN_LABEL.left },
  { name: 'margin.right', id: 'inst-margin-right', label: MARGIN_LABEL.right },
  { name: 'margin.bottom', id: 'inst-margin-bottom', label: MARGIN_LABEL.bottom },
  { name: 'huruf', id: 'inst-huruf', label: 'Jenis huruf dokumen' },
  { name: 'alamatPemda', id: 'inst-alamat-pemda', label: 'Alamat Pemerintah Kabupaten' },
] as const satisfies readonly { name: Path<InstitutionInput>; id: string; label: string }[];

function toFormValues(view: InstitutionView): InstitutionInput {
  return {
    pemerintahDaerah: view.pemerintahDaerah,
    namaInspektorat: view.namaInspektorat,
    alamat: view.alamat,
    kota: view.kota,
    inspektur: { nama: view.inspektur.nama, nip: formatNip(view.inspektur.nip), golongan: view.inspektur.golongan },
    kertas: view.kertas,
    margin: { ...view.margin },
    huruf: view.huruf,
    alamatPemda: view.alamatPemda,
  };
}

const MARGIN_SIDES = ['top', 'left', 'right', 'bottom'] as const;

/** The margins the preview draws: the typed ones while they are valid numbers, else the defaults. */
function previewMargins(margin: Partial<Record<(typeof MARGIN_SIDES)[number], number | undefined>> | undefined): PageMarginsMm {
  const pick = (side: (typeof MARGIN_SIDES)[number]): number => {
    const value = margin?.[side];
    return typeof value === 'number' && checkMargin(side, value) === undefined ? value : DEFAULT_MARGINS_MM[side];
  };
  return { top: pick('top'), left: pick('left'), right: pick('right'), bottom: pick('bottom') };
}

function InstitutionForm({ initial }: { initial: InstitutionView }) {
  const { notify } = useToast();
  const [logoDataUrl, setLogoDataUrl] = useState(initial.logoDataUrl);
  const [lambangDataUrl, setLambangDataUrl] = useState(initial.lambangDataUrl);
  const [kopVariant, setKopVariant] = useState<'inspektorat' | 'pemkab'>('inspektorat');
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

        <TextAreaField
          id="inst-alamat-pemda"
          label="Alamat Pemerintah Kabupaten"
          optional
          error={errors.alamatPemda?.message}
          hint="Dicetak di bawah nama pemerintah daerah pada kop Pemerintah Kabupaten (Piagam Pencanangan, surat usulan)."
          rows={2}
          {...register('alamatPemda')}
        />

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

        <fieldset className="fieldset">
          <legend>Halaman dokumen</legend>
          <p className="field-hint">
            Berlaku untuk semua dokumen (Pakta Integritas, Piagam, LHE, rekapitulasi). Bawaan Tata Naskah Dinas: atas {DEFAULT_MARGINS_MM.top} mm, kiri {DEFAULT_MARGINS_MM.left} mm, kanan {DEFAULT_MARGINS_MM.right} mm, bawah{' '}
            {DEFAULT_MARGINS_MM.bottom} mm; isi huruf 12 pt.
          </p>
          <div className="field-row field-row-margins">
            {MARGIN_SIDES.map((side) => (
              <TextField
                key={side}
                id={`inst-margin-${side}`}
                label={`${MARGIN_LABEL[side]} (mm)`}
                error={errors.margin?.[side]?.message}
                hint={`${MARGIN_RANGE_MM[side][0]}–${MARGIN_RANGE_MM[side][1]} mm`}
                type="number"
                inputMode="decimal"
                step="0.5"
                min={MARGIN_RANGE_MM[side][0]}
                max={MARGIN_RANGE_MM[side][1]}
                {...register(`margin.${side}`, { valueAsNumber: true })}
              />
            ))}
          </div>
          <SelectField id="inst-huruf" label="Jenis huruf dokumen" error={errors.huruf?.message} hint="Dicetak dengan tebal (bold) yang sebenarnya dan disematkan di setiap PDF." {...register('huruf')}>
            {DOCUMENT_FONTS.map((font) => (
              <option key={font} value={font}>
                {DOCUMENT_FONT_LABEL[font]}
              </option>
            ))}
          </SelectField>
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
          <div className="radio-group" role="radiogroup" aria-label="Kop yang ditampilkan">
            <label className="radio" htmlFor="kop-preview-inspektorat">
              <input type="radio" id="kop-preview-inspektorat" name="kop-preview" checked={kopVariant === 'inspektorat'} onChange={() => setKopVariant('inspektorat')} />
              Kop Inspektorat (LHE, rekapitulasi)
            </label>
            <label className="radio" htmlFor="kop-preview-pemkab">
              <input type="radio" id="kop-preview-pemkab" name="kop-preview" checked={kopVariant === 'pemkab'} onChange={() => setKopVariant('pemkab')} />
              Kop Pemerintah Kabupaten (Piagam)
            </label>
          </div>
          <KopPreview
            pemerintahDaerah={live.pemerintahDaerah ?? ''}
            namaInspektorat={live.namaInspektorat ?? ''}
            alamat={live.alamat ?? ''}
            kota={live.kota ?? ''}
            kertas={live.kertas === 'A4' ? 'A4' : 'F4'}
            margin={previewMargins(live.margin)}
            huruf={live.huruf === 'Bonum' ? 'Bonum' : 'Arimo'}
            logoDataUrl={logoDataUrl}
            variant={kopVariant}
            alamatPemda={live.alamatPemda ?? ''}
            lambangDataUrl={lambangDataUrl}
          />
        </section>
        <LogoPanel hasLogo={logoDataUrl !== null} onChange={(view) => setLogoDataUrl(view.logoDataUrl)} />
        <LogoPanel kind="lambang" hasLogo={lambangDataUrl !== null} onChange={(view) => setLambangDataUrl(view.lambangDataUrl)} />
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
