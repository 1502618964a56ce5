import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { formatAngka } from '../../../../shared/format';
import type { Unit } from '../../../../shared/masterdata/schemas';
import type { Result } from '../../../../shared/result';
import {
  worksheetCreateInputSchema,
  type LayerSummary,
  type PredicateBrief,
  type TemplateInfo,
  type WorksheetList as WorksheetListData,
  type WorksheetSummary,
} from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { applyServerIssues } from '../../lib/forms';
import { useLoad } from '../../lib/useLoad';
import { LIST_ALL_HREF, listHref, worksheetHref } from './route';
import { StatusBadge } from './StatusBadge';
import { Alert } from '../../components/Alert';
import { useActiveYear } from '../app/ActiveYear';
import { MIN_YEAR, MAX_YEAR } from '../../../../shared/schemas/common';
import { getTemplate, templateCitation, templateForYear, templateServesYear, templateYearsText } from '../../../../shared/lke';

interface ListData {
  list: WorksheetListData;
  units: Unit[];
  templates: TemplateInfo[];
}

async function loadList(): Promise<Result<ListData>> {
  const [list, units, templates] = await Promise.all([api.worksheets.list(undefined), api.units.list(undefined), api.worksheets.templates(undefined)]);
  if (!list.ok) return list;
  if (!units.ok) return units;
  if (!templates.ok) return templates;
  return { ok: true, value: { list: list.value, units: units.value, templates: templates.value } };
}

const LIST_COLUMNS = [
  'Unit kerja',
  'Status',
  { label: 'Unit', className: 'num' },
  { label: 'TPI', className: 'num' },
  'Menuju WBK',
  'Menuju WBBM',
  { label: <span className="visually-hidden">Aksi</span> },
];

const PROPOSAL_TONE: Record<PredicateBrief['proposal'], string> = {
  'layak diusulkan': 'ok',
  'layak melalui afirmasi': 'warn',
  'belum layak': 'bad',
};

/** Worksheets per year with status, totals and verdicts, and "Buat lembar kerja". */
export function WorksheetList({ year }: { year: number | undefined }) {
  const load = useCallback(() => loadList(), []);
  const { data, error, reload } = useLoad(load);
  const [creating, setCreating] = useState(false);

  const years = useMemo(() => {
    const set = new Set<number>((data?.list.worksheets ?? []).map((entry) => entry.year));
    return [...set].sort((a, b) => b - a);
  }, [data]);
  const shown = (data?.list.worksheets ?? []).filter((entry) => year === undefined || entry.year === year);
  const byYear = new Map<number, WorksheetSummary[]>();
  for (const entry of shown) byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), entry]);

  return (
    <div className="ws-page">
      <PageHeader
        title="Lembar Kerja (LKE)"
        description="Lembar kerja evaluasi Zona Integritas per unit kerja per tahun: penilaian mandiri unit, reviu TPI dan hasil TPN."
        actions={
          <button type="button" className="button button-primary" onClick={() => setCreating(true)} disabled={!data}>
            Buat lembar kerja
          </button>
        }
      />
      <Alert>{error?.message}</Alert>
      {data && data.list.problems.length > 0 ? (
        <Alert variant="warning" role="alert">
          {data.list.problems.map((problem) => (
            <p key={problem.id}>
              {problem.id}: {problem.message}
            </p>
          ))}
        </Alert>
      ) : null}

      {years.length > 1 || (year !== undefined && !years.includes(year) && years.length > 0) ? (
        <nav className="ws-year-filter" aria-label="Tahun evaluasi">
          <a className={`ws-chip-link${year === undefined ? ' is-active' : ''}`} href={LIST_ALL_HREF} aria-current={year === undefined ? 'page' : undefined}>
            Semua tahun
          </a>
          {years.map((entry) => (
            <a key={entry} className={`ws-chip-link${year === entry ? ' is-active' : ''}`} href={listHref(entry)} aria-current={year === entry ? 'page' : undefined}>
              {entry}
            </a>
          ))}
        </nav>
      ) : null}

      {!data ? (
        <p className="muted" role="status">
          <Spinner label="Memuat daftar lembar kerja…" />
        </p>
      ) : shown.length === 0 ? (
        <div className="ws-empty-state">
          <p className="ws-empty-title">Belum ada lembar kerja{year ? ` tahun ${year}` : ''}.</p>
          <p className="muted">
            {data.units.some((unit) => unit.aktif)
              ? 'Buat lembar kerja untuk unit kerja yang membangun Zona Integritas.'
              : 'Daftarkan unit kerja terlebih dahulu (atau muat data contoh di Beranda).'}
          </p>
        </div>
      ) : (
        [...byYear.entries()].map(([entryYear, rows]) => (
          <section key={entryYear} className="ws-year" aria-label={`Lembar kerja tahun ${entryYear}`}>
            <h2 className="ws-year-title">Tahun {entryYear}</h2>
            <DataTable className="ws-list-table" columns={LIST_COLUMNS}>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={worksheetHref(row.id)} className="ws-list-unit">
                      {row.unit.nama}
                    </a>
                    <span className="ws-list-meta">
                      {row.unit.singkatan}
                      {row.unit.afirmasi ? ' · afirmasi' : ''} · templat {row.templateVersion}
                    </span>
                  </th>
                  <td>
                    <StatusBadge status={row.status} changedAfterReview={row.changedAfterReview} />
                  </td>
                  <td className="num">
                    <LayerCell summary={row.layers.unit} />
                  </td>
                  <td className="num">
                    <LayerCell summary={row.layers.tpi} />
                  </td>
                  <td>
                    <BriefCell brief={row.assessment.wbk} layer={row.assessment.layer} />
                  </td>
                  <td>
                    <BriefCell brief={row.assessment.wbbm} layer={row.assessment.layer} />
                  </td>
                  <td className="ws-list-action">
                    <a className="button button-secondary button-small" href={worksheetHref(row.id)} aria-label={`Buka LKE ${row.unit.nama} ${row.year}`}>
                      Buka
                    </a>
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>
        ))
      )}

      {creating && data ? (
        <CreateWorksheetDialog
          units={data.units.filter((unit) => unit.aktif)}
          templates={data.templates}
          existing={data.list.worksheets}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            reload();
            window.location.hash = worksheetHref(id);
          }}
        />
      ) : null}
    </div>
  );
}

function LayerCell({ summary }: { summary: LayerSummary }) {
  const { completeness } = summary;
  const answered = completeness.answered + completeness.inputsAnswered;
  const total = completeness.total + completeness.inputsTotal;
  const percent = total > 0 ? Math.floor((answered / total) * 100) : 0;
  return (
    <span className="ws-layer-cell">
      <span className="ws-layer-total">{answered === 0 ? '–' : formatAngka(summary.totals.total)}</span>
      <span className="ws-layer-progress">{completeness.complete ? 'lengkap' : `${percent}% terisi`}</span>
    </span>
  );
}

function BriefCell({ brief, layer }: { brief: PredicateBrief; layer: 'unit' | 'tpi' }) {
  return (
    <span className="ws-brief">
      <span className={`ws-pill ws-pill-${brief.passed ? 'ok' : 'bad'}`} title={brief.failing.join('; ')}>
        {brief.passed ? 'Memenuhi nilai' : `${brief.failing.length} kriteria kurang`}
      </span>
      <span className={`ws-brief-proposal is-${PROPOSAL_TONE[brief.proposal]}`}>
        {brief.proposal}
        {brief.complete ? '' : ' (sementara)'} · {layer === 'tpi' ? 'TPI' : 'Unit'}
      </span>
    </span>
  );
}

type CreateInput = z.input<typeof worksheetCreateInputSchema>;
type CreateOutput = z.output<typeof worksheetCreateInputSchema>;

interface CreateWorksheetDialogProps {
  units: Unit[];
  templates: TemplateInfo[];
  existing: WorksheetSummary[];
  onClose(): void;
  onCreated(id: string): void;
}

/** The short citation of a template by id ('PermenPANRB 90/2021 jo. 5/2024'), or its stored regulation. */
function templateCitationOf(id: string, regulation: string): string {
  const template = getTemplate(id);
  return template.ok ? templateCitation(template.value) : regulation;
}

function CreateWorksheetDialog({ units, templates, existing, onClose, onCreated }: CreateWorksheetDialogProps) {
  const { notify } = useToast();
  const { year: activeYear } = useActiveYear();
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const newest = templates.find((template) => template.newest) ?? templates[0];
  const sorted = [...units].sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CreateInput, unknown, CreateOutput>({
    resolver: zodResolver(worksheetCreateInputSchema),
    defaultValues: { unitId: '', year: activeYear, templateId: newest?.id ?? '', carryOver: false },
  });
  const unitId = useWatch({ control, name: 'unitId' });
  const year = useWatch({ control, name: 'year' });
  const templateId = useWatch({ control, name: 'templateId' });
  const validYear = typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  const forYear = validYear ? templateForYear(year) : undefined;
  // Rules that follow the year: a new year picks the template that serves it.
  const yearTemplateId = forYear?.ok ? forYear.value.id : undefined;
  useEffect(() => {
    if (yearTemplateId !== undefined) setValue('templateId', yearTemplateId);
  }, [yearTemplateId, setValue]);
  const chosen = typeof templateId === 'string' ? getTemplate(templateId) : undefined;
  const earlier = existing
    .filter((entry) => entry.unit.id === unitId && typeof year === 'number' && entry.year < year)
    .sort((a, b) => b.year - a.year)[0];

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await api.worksheets.create(values);
    if (result.ok) {
      notify('success', `Lembar kerja ${result.value.summary.unit.nama} ${result.value.worksheet.year} dibuat.`);
      onCreated(result.value.worksheet.id);
    } else {
      setFormError(applyServerIssues(result.error, ['unitId', 'year', 'templateId', 'carryOver'], setError).join(' ') || undefined);
    }
  });

  return (
    <Dialog title="Buat lembar kerja" onClose={onClose} description="Satu lembar kerja per unit kerja per tahun evaluasi.">
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <SelectField id="ws-create-unit" label="Unit kerja" error={errors.unitId?.message} {...register('unitId')}>
          <option value="">Pilih unit kerja…</option>
          {sorted.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.nama}
              {unit.singkatan ? ` (${unit.singkatan})` : ''}
            </option>
          ))}
        </SelectField>
        <TextField id="ws-create-year" label="Tahun evaluasi" error={errors.year?.message} inputClassName="input-short" type="number" min={2000} max={2100} {...register('year', { valueAsNumber: true })} />
        <SelectField id="ws-create-template" label="Versi templat LKE" error={errors.templateId?.message} {...register('templateId')}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              Versi {template.version}
              {template.newest ? ' (terbaru)' : ''} — LKE ZI {templateCitationOf(template.id, template.regulation)}
            </option>
          ))}
        </SelectField>
        {chosen?.ok && validYear ? (
          templateServesYear(chosen.value, year) ? (
            <p className="field-hint" id="ws-create-template-rule">
              Tahun {year} memakai templat versi {chosen.value.version}: LKE ZI {templateCitation(chosen.value)}, berlaku untuk {templateYearsText(chosen.value)}.
            </p>
          ) : (
            <Alert variant="warning" role="note">
              Templat versi {chosen.value.version} ({templateCitation(chosen.value)}) berlaku untuk {templateYearsText(chosen.value)}, bukan untuk tahun {year}.
              {forYear?.ok ? ` Untuk tahun ${year} gunakan versi ${forYear.value.version}.` : ''}
            </Alert>
          )
        ) : null}
        <div className="field">
          <label className="ws-check">
            <input type="checkbox" {...register('carryOver')} />
            Mulai dari jawaban tahun lalu
          </label>
          <p className="field-hint">
            {earlier
              ? `Jawaban unit dari LKE ${earlier.year} disalin dan ditandai “bawaan tahun lalu” sampai dikonfirmasi.`
              : 'Jawaban unit dari lembar kerja tahun sebelumnya disalin dan ditandai sampai dikonfirmasi.'}
          </p>
        </div>
        <Alert>{formError}</Alert>
        <FormActions submitLabel="Buat lembar kerja" busy={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
