import { useCallback, useMemo, useState } from 'react';
import { formatTanggal } from '../../../../shared/format';
import type { PledgeTemplateView } from '../../../../shared/pledges';
import { api } from '../../api/client';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../components/Alert';

/**
 * *Templat*: the wording of the pledge as versioned data. Saving makes a new version, which new
 * pledges use; pledges already made keep the exact text they were signed with. `{instansi}`,
 * `{unitKerja}` and `{tahun}` are filled in when a pledge is made.
 */

interface Draft {
  title: string;
  opening: string;
  leadIn: string;
  points: string[];
  closing: string;
  signerCaption: string;
  witnessCaption: string;
}

function draftOf(template: PledgeTemplateView): Draft {
  return {
    title: template.title,
    opening: template.opening,
    leadIn: template.leadIn,
    points: [...template.points],
    closing: template.closing,
    signerCaption: template.signerCaption,
    witnessCaption: template.witnessCaption,
  };
}

export function TemplatesTab() {
  const { notify } = useToast();
  const load = useCallback(() => api.pledgeTemplates.list(undefined), []);
  const templates = useLoad(load);
  const ids = useMemo(() => [...new Set((templates.data ?? []).map((t) => t.id))], [templates.data]);
  const [templateId, setTemplateId] = useState('pakta-asn');
  const newest = (templates.data ?? []).find((t) => t.id === templateId && t.newest);
  const history = (templates.data ?? []).filter((t) => t.id === templateId);
  // Edits belong to one version: after a save (or another template), the newest version shows again.
  const [edits, setEdits] = useState<{ key: string; draft: Draft } | undefined>(undefined);
  const key = newest ? `${newest.id}@${newest.version}` : '';
  const draft = newest ? (edits?.key === key ? edits.draft : draftOf(newest)) : undefined;
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    if (!newest || !draft) return;
    setBusy(true);
    setError(undefined);
    const result = await api.pledgeTemplates.saveVersion({ templateId: newest.id, baseVersion: newest.version, changes: draft });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notify('success', `Versi ${result.value.version} templat "${result.value.name}" disimpan.`);
    templates.reload();
  };

  const set = <K extends keyof Draft>(field: K, value: Draft[K]): void => {
    if (draft) setEdits({ key, draft: { ...draft, [field]: value } });
  };

  return (
    <div className="pakta-templates">
      <div className="toolbar">
        <SelectField id="templat-pilih" layout="toolbar" label="Templat" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
          {ids.map((id) => (
            <option key={id} value={id}>
              {(templates.data ?? []).find((t) => t.id === id && t.newest)?.name ?? id}
            </option>
          ))}
        </SelectField>
        {newest ? <span className="badge badge-info">Versi {newest.version} dipakai untuk pakta baru</span> : null}
      </div>
      <Alert>{templates.error?.message}</Alert>
      {draft && newest ? (
        <form
          className="form panel"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p className="muted small">
            Isian yang tersedia: <code>{'{instansi}'}</code>, <code>{'{unitKerja}'}</code>, <code>{'{tahun}'}</code>. Menyimpan membuat versi baru; pakta yang sudah
            dibuat tetap memakai teks versinya.
          </p>
          <TextField id="templat-judul" label="Judul" value={draft.title} maxLength={120} onChange={(event) => set('title', event.target.value)} />
          <TextField id="templat-pembuka" label="Kalimat pembuka" value={draft.opening} maxLength={300} onChange={(event) => set('opening', event.target.value)} />
          <TextAreaField id="templat-pengantar" label="Kalimat pengantar butir" rows={3} value={draft.leadIn} maxLength={600} onChange={(event) => set('leadIn', event.target.value)} />
          <fieldset className="fieldset">
            <legend>Butir pernyataan</legend>
            <ol className="pakta-points">
              {draft.points.map((point, index) => (
                <li key={index}>
                  <label htmlFor={`templat-butir-${index}`} className="visually-hidden">
                    Butir {index + 1}
                  </label>
                  <textarea
                    id={`templat-butir-${index}`}
                    className="input"
                    rows={2}
                    value={point}
                    maxLength={600}
                    onChange={(event) => set('points', draft.points.map((p, i) => (i === index ? event.target.value : p)))}
                  />
                  <button type="button" className="button button-small button-ghost" onClick={() => set('points', draft.points.filter((_p, i) => i !== index))} disabled={draft.points.length <= 1}>
                    Hapus butir {index + 1}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="button button-small button-secondary decl-add" onClick={() => set('points', [...draft.points, ''])} disabled={draft.points.length >= 12}>
              Tambah butir
            </button>
          </fieldset>
          <TextAreaField id="templat-penutup" label="Kalimat penutup" rows={2} value={draft.closing} maxLength={600} onChange={(event) => set('closing', event.target.value)} />
          <div className="field-row">
            <TextField id="templat-penanda" label="Keterangan penanda tangan" value={draft.signerCaption} maxLength={60} onChange={(event) => set('signerCaption', event.target.value)} />
            <TextField id="templat-saksi" label="Keterangan saksi" value={draft.witnessCaption} maxLength={60} onChange={(event) => set('witnessCaption', event.target.value)} />
          </div>
          <Alert>{error}</Alert>
          <FormActions submitLabel={`Simpan sebagai versi ${newest.version + 1}`} busy={busy} onCancel={() => setEdits(undefined)} cancelLabel="Kembalikan" />
        </form>
      ) : (
        <p className="muted">Memuat…</p>
      )}
      {history.length > 0 ? (
        <section aria-labelledby="templat-riwayat">
          <h2 id="templat-riwayat" className="section-title">
            Riwayat versi
          </h2>
          <ul className="pakta-history">
            {history.map((t) => (
              <li key={t.version}>
                Versi {t.version} — {t.builtIn ? 'bawaan ZI Desk' : `oleh ${t.createdBy ?? '—'}, ${t.createdAt ? formatTanggal(new Date(t.createdAt)) : ''}`}
                {t.newest ? ' (dipakai)' : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
