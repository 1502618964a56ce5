import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatAngka, parseAngka } from '../../../../shared/format';
import {
  opiniBpkLevels,
  predikatLevels,
  type InstansiYearRecord,
  type OpiniBpk,
  type Predikat,
  type PrerequisiteScope,
  type ProposalStatus,
  type UnitChecklist,
} from '../../../../shared/lke';
import type { Result } from '../../../../shared/result';
import type { WorksheetDetail } from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { LAYER_LABEL, type Layer } from './model/answers';
import { Alert } from '../../components/Alert';

interface PrerequisitesTabProps {
  detail: WorksheetDetail;
  proposals: { wbk: ProposalStatus; wbbm: ProposalStatus };
  layer: Layer;
  instansi: InstansiYearRecord | null;
  onInstansiSaved(): void;
  mutate(run: () => Promise<Result<WorksheetDetail>>): Promise<Result<WorksheetDetail>>;
}

const SCOPE_LABEL: Record<PrerequisiteScope, string> = {
  NILAI: 'Syarat nilai LKE',
  INSTANSI: 'Syarat tingkat instansi',
  UNIT: 'Syarat tingkat unit',
};

/**
 * The proposal prerequisites of the round's regulation (PermenPANRB 5/2024 from 2024; before it,
 * information only — prerequisiteRules.ts): the unit's checklist (stored with the
 * worksheet), the instansi's record for the year (shared by every unit of that year), and every
 * check of both predicates with its outcome.
 */
export function PrerequisitesTab({ detail, proposals, layer, instansi, onInstansiSaved, mutate }: PrerequisitesTabProps) {
  const locked = detail.worksheet.status === 'FINAL';
  return (
    <div className="ws-prereq">
      <div className="ws-prereq-forms">
        <UnitChecklistForm detail={detail} locked={locked} mutate={mutate} />
        <InstansiForm year={detail.worksheet.year} record={instansi} onSaved={onInstansiSaved} />
      </div>
      <section className="ws-panel" aria-label="Hasil pemeriksaan prasyarat">
        <h2 className="ws-section-title">Hasil pemeriksaan</h2>
        <p className="muted">
          Nilai dari lapisan {LAYER_LABEL[layer]}; diukur pada tanggal usulan {detail.proposal.tanggalUsulan}
          {detail.summary.unit.afirmasi ? '. Unit ini termasuk unit afirmasi.' : '.'}
        </p>
        <Alert variant="info" role="note" title={`Aturan tahun ${detail.worksheet.year}`}>
          <p>{proposals.wbk.rules.description}</p>
        </Alert>
        <div className="ws-prereq-results">
          {[proposals.wbk, proposals.wbbm].map((proposal) => (
            <ProposalChecks key={proposal.predicate} proposal={proposal} />
          ))}
        </div>
      </section>
    </div>
  );
}

function ProposalChecks({ proposal }: { proposal: ProposalStatus }) {
  const scopes: PrerequisiteScope[] = ['NILAI', 'INSTANSI', 'UNIT'];
  const tone = proposal.status === 'layak diusulkan' ? 'ok' : proposal.status === 'layak melalui afirmasi' ? 'warn' : 'bad';
  return (
    <div className="ws-prereq-card">
      <h3 className="ws-prereq-title">
        Menuju {proposal.predicate}
        <span className={`ws-pill ws-pill-${tone}`}>{proposal.status}</span>
      </h3>
      {scopes.map((scope) => {
        const checks = proposal.checks.filter((check) => check.scope === scope);
        if (checks.length === 0) return null;
        const informasi = checks.every((check) => check.informasi === true);
        const failed = checks.filter((check) => !check.passed && check.informasi !== true).length;
        return (
          <details key={scope} className="ws-check-group" open={scope !== 'NILAI' || failed > 0}>
            <summary>
              {SCOPE_LABEL[scope]}{' '}
              <span className="muted">({informasi ? 'informasi' : failed === 0 ? 'semua terpenuhi' : `${failed} belum terpenuhi`})</span>
            </summary>
            <ul className="ws-check-list">
              {checks.map((check) => (
                <li key={check.id} className={check.informasi === true ? 'is-info' : check.passed ? 'is-pass' : 'is-fail'}>
                  <span className="ws-mark" aria-label={check.informasi === true ? 'informasi' : check.passed ? 'terpenuhi' : 'belum terpenuhi'}>
                    {check.informasi === true ? 'i' : check.passed ? '✓' : '✗'}
                  </span>
                  <span>{check.detail}</span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

interface ChecklistValues {
  tindakLanjutTemuan: string;
  kepatuhanLhkpn: string;
  kepatuhanLhkasn: string;
  tanggalPencanangan: string;
  sakipUnit: string;
  tanggalUsulan: string;
}

function percentText(value: number | null): string {
  return value === null ? '' : formatAngka(value, 2).replace(/,00$/, '');
}

function isPredikat(value: string): value is Predikat {
  return (predikatLevels as readonly string[]).includes(value);
}

function isOpini(value: string): value is OpiniBpk {
  return (opiniBpkLevels as readonly string[]).includes(value);
}

function UnitChecklistForm({ detail, locked, mutate }: { detail: WorksheetDetail; locked: boolean; mutate: PrerequisitesTabProps['mutate'] }) {
  const { notify } = useToast();
  const stored = detail.worksheet.prerequisites;
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<ChecklistValues>({
    defaultValues: {
      tindakLanjutTemuan: percentText(stored.tindakLanjutTemuan),
      kepatuhanLhkpn: percentText(stored.kepatuhanLhkpn),
      kepatuhanLhkasn: percentText(stored.kepatuhanLhkasn),
      tanggalPencanangan: stored.tanggalPencanangan ?? '',
      sakipUnit: stored.sakipUnit ?? '',
      tanggalUsulan: detail.worksheet.tanggalUsulan ?? '',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    let valid = true;
    const percent = (name: 'tindakLanjutTemuan' | 'kepatuhanLhkpn' | 'kepatuhanLhkasn'): number | null => {
      const text = values[name].trim().replace(/%$/, '');
      if (text === '') return null;
      const value = parseAngka(text);
      if (value === undefined || value < 0 || value > 100) {
        setError(name, { type: 'manual', message: 'Isi persentase 0–100, mis. 87,5.' });
        valid = false;
        return null;
      }
      return value;
    };
    const checklist: UnitChecklist = {
      tindakLanjutTemuan: percent('tindakLanjutTemuan'),
      kepatuhanLhkpn: percent('kepatuhanLhkpn'),
      kepatuhanLhkasn: percent('kepatuhanLhkasn'),
      tanggalPencanangan: values.tanggalPencanangan === '' ? null : values.tanggalPencanangan,
      sakipUnit: isPredikat(values.sakipUnit) ? values.sakipUnit : null,
    };
    if (!valid) return;
    const tanggalUsulan = values.tanggalUsulan === '' ? null : values.tanggalUsulan;
    const result = await mutate(() => api.worksheets.setPrerequisites({ id: detail.worksheet.id, checklist, tanggalUsulan }));
    if (result.ok) {
      notify('success', 'Prasyarat unit disimpan.');
      reset(values);
    } else {
      setFormError(result.error.message);
    }
  });

  return (
    <form className="ws-panel ws-form form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Prasyarat tingkat unit">
      <h2 className="ws-section-title">Prasyarat tingkat unit</h2>
      <p className="muted">Dicatat untuk lembar kerja ini (persyaratan PermenPANRB 5/2024; sebelum tahun 2024 sebagai informasi). Kosongkan yang belum diketahui.</p>
      <fieldset disabled={locked} className="ws-fieldset">
        <div className="ws-form-grid">
          <Field id="prq-tl" label="Tindak lanjut temuan (%)" error={errors.tindakLanjutTemuan?.message}>
            {(control) => <input {...control} className="input" inputMode="decimal" {...register('tindakLanjutTemuan')} />}
          </Field>
          <Field id="prq-lhkpn" label="Kepatuhan LHKPN (%)" error={errors.kepatuhanLhkpn?.message}>
            {(control) => <input {...control} className="input" inputMode="decimal" {...register('kepatuhanLhkpn')} />}
          </Field>
          <Field id="prq-lhkasn" label="Kepatuhan LHKASN (%)" error={errors.kepatuhanLhkasn?.message}>
            {(control) => <input {...control} className="input" inputMode="decimal" {...register('kepatuhanLhkasn')} />}
          </Field>
          <Field id="prq-sakip" label="Predikat SAKIP unit" error={errors.sakipUnit?.message}>
            {(control) => (
              <select {...control} className="input" {...register('sakipUnit')}>
                <option value="">Belum diketahui</option>
                {predikatLevels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="prq-pencanangan" label="Tanggal pencanangan ZI" error={errors.tanggalPencanangan?.message}>
            {(control) => <input {...control} className="input" type="date" {...register('tanggalPencanangan')} />}
          </Field>
          <Field id="prq-usulan" label="Tanggal usulan" hint="Kosong: 31 Mei tahun evaluasi." error={errors.tanggalUsulan?.message}>
            {(control) => <input {...control} className="input" type="date" {...register('tanggalUsulan')} />}
          </Field>
        </div>
      </fieldset>
      <Alert>{formError}</Alert>
      {!locked ? (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting || !isDirty}>
            {isSubmitting ? <Spinner /> : null}
            Simpan prasyarat unit
          </button>
        </div>
      ) : null}
    </form>
  );
}

interface InstansiValues {
  opiniBpk: string;
  sakip: string;
  indeksRb: string;
  maturitasSpip: string;
}

function InstansiForm({ year, record, onSaved }: { year: number; record: InstansiYearRecord | null; onSaved(): void }) {
  const { notify } = useToast();
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const values = (source: InstansiYearRecord | null): InstansiValues => ({
    opiniBpk: source?.opiniBpk ?? '',
    sakip: source?.sakip ?? '',
    indeksRb: source?.indeksRb ?? '',
    maturitasSpip: source?.maturitasSpip === null || source?.maturitasSpip === undefined ? '' : formatAngka(source.maturitasSpip, 2).replace(/,00$/, ''),
  });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<InstansiValues>({ values: values(record) });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(undefined);
    let maturitasSpip: number | null = null;
    if (input.maturitasSpip.trim() !== '') {
      const parsed = parseAngka(input.maturitasSpip);
      if (parsed === undefined || parsed < 0 || parsed > 5) {
        setError('maturitasSpip', { type: 'manual', message: 'Isi level 0–5, mis. 3,12.' });
        return;
      }
      maturitasSpip = parsed;
    }
    const result = await api.prerequisites.saveYear({
      year,
      opiniBpk: isOpini(input.opiniBpk) ? input.opiniBpk : null,
      sakip: isPredikat(input.sakip) ? input.sakip : null,
      indeksRb: isPredikat(input.indeksRb) ? input.indeksRb : null,
      maturitasSpip,
    });
    if (result.ok) {
      notify('success', `Data instansi tahun ${year} disimpan.`);
      reset(values(result.value));
      onSaved();
    } else {
      setFormError(result.error.message);
    }
  });

  const grade = (name: 'sakip' | 'indeksRb', id: string, label: string) => (
    <Field id={id} label={label} error={errors[name]?.message}>
      {(control) => (
        <select {...control} className="input" {...register(name)}>
          <option value="">Belum diketahui</option>
          {predikatLevels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form className="ws-panel ws-form form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`Data instansi tahun ${year}`}>
      <h2 className="ws-section-title">Data instansi tahun {year}</h2>
      <p className="muted">Berlaku untuk semua unit yang dievaluasi pada tahun {year}.</p>
      <div className="ws-form-grid">
        <Field id="ins-bpk" label="Opini BPK" error={errors.opiniBpk?.message}>
          {(control) => (
            <select {...control} className="input" {...register('opiniBpk')}>
              <option value="">Belum diketahui</option>
              {opiniBpkLevels.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        </Field>
        {grade('sakip', 'ins-sakip', 'Predikat SAKIP instansi')}
        {grade('indeksRb', 'ins-rb', 'Indeks RB')}
        <Field id="ins-spip" label="Maturitas SPIP (level)" error={errors.maturitasSpip?.message}>
          {(control) => <input {...control} className="input" inputMode="decimal" {...register('maturitasSpip')} />}
        </Field>
      </div>
      <Alert>{formError}</Alert>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? <Spinner /> : null}
          Simpan data instansi
        </button>
      </div>
    </form>
  );
}
