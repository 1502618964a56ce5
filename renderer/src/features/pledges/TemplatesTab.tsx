import { DEFAULT_PLEDGE_KOP, PLEDGE_KOP_LABEL, PLEDGE_KOP_VALUES, type PledgeKop } from '../../../../shared/documents/kop';
import { useCallback, useMemo, useState } from 'react';
import { formatTanggal } from '../../../../shared/format';
import { renderTemplateText } from '../../../../shared/pakta/templates';
import type { IdentityField, PledgeText } from '../../../../shared/pakta/types';
import { MAX_TEMPLATE_POINTS, insertPoint, movePoint, removePoint, type PledgeTemplateView } from '../../../../shared/pledges';
import { api } from '../../api/client';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../components/Alert';

/**
 * *Templat*: the wording of the pledge as versioned data. Saving makes a new version, which new
 * pledges use; pledges already made keep the exact text they were signed with. `{instansi}`,
 * `{unitKerja}` and `{tahun}` are filled in when a pledge is made. Points can be moved, inserted
 * anywhere and removed; the preview shows the wording as a pledge would print it.
 */

interface Draft {
  title: string;
  opening: string;
  leadIn: string;
  points: string[];
  closing: string;
  signerCaption: string;
  witnessCaption: string;
  meterai: boolean;
  kop: PledgeKop;
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
    meterai: template.meterai !== false,
    kop: template.kop ?? DEFAULT_PLEDGE_KOP,
  };
}

/** The sample signer the preview shows (fictional). */
const SAMPLE_IDENTITY: Record<IdentityField, string> = {
  nama: 'Nama Pegawai Contoh, S.E.',
  nip: '19850312 201001 2 004',
  pangkatGolongan: 'Penata Tingkat I (III/d)',
  jabatan: 'Analis Kebijakan',
  instansiUnitKerja: 'Unit Kerja Contoh',
};

/** The draft's text as a pledge would print it for the sample signer, or the reason it cannot. */
function previewText(template: PledgeTemplateView, draft: Draft, instansi: string): { text: PledgeText } | { error: string } {
  try {
    return { text: renderTemplateText({ ...template, ...draft }, { instansi, unitKerja: SAMPLE_IDENTITY.instansiUnitKerja, tahun: new Date().getFullYear() }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Pratinjau: the pledge's wording laid out as printed (kop, signature and code left out). */
function TemplatePreview({ template, draft, instansi }: { template: PledgeTemplateView; draft: Draft; instansi: string }) {
  const preview = previewText(template, draft, instansi);
  return (
    <section className="panel pakta-preview" aria-labelledby="templat-pratinjau">
      <h2 id="templat-pratinjau" className="panel-title">
        Pratinjau
      </h2>
      <p className="muted small">Teks pakta seperti akan dicetak, dengan identitas contoh; kop, tanda tangan dan kode verifikasi tidak ditampilkan.</p>
      {'error' in preview ? (
        <Alert variant="warning">{preview.error}</Alert>
      ) : (
        <article className="pakta-preview-page" aria-label="Pratinjau teks pakta">
          <p className="pakta-preview-title">{preview.text.title}</p>
          <p>{preview.text.opening}</p>
          <dl className="pakta-preview-identity">
            {preview.text.identityRows.map((row) => (
              <div key={row.field}>
                <dt>{row.label}</dt>
                <dd>: {SAMPLE_IDENTITY[row.field]}</dd>
              </div>
            ))}
          </dl>
          <p>{preview.text.leadIn}</p>
          <ol>
            {preview.text.points.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ol>
          {preview.text.closing ? <p>{preview.text.closing}</p> : null}
          <p className="pakta-preview-sign">
            {preview.text.signerCaption}
            <br />
            <strong>{SAMPLE_IDENTITY.nama}</strong>
          </p>
        </article>
      )}
    </section>
  );
}

/** Moves focus to an element of the editor once React has rendered the change. */
function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function TemplatesTab() {
  const { notify } = useToast();
  const load = useCallback(() => api.pledgeTemplates.list(undefined), []);
  const templates = useLoad(load);
  const loadSettings = useCallback(() => api.settings.get(undefined), []);
  const settings = useLoad(loadSettings);
  const instansi = settings.data?.pemerintahDaerah.trim() || 'Pemerintah Kabupaten Contoh';
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
        <SelectField id="templat-pilih" layout="toolbar" label="Templat" className="pakta-template-picker" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
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
          <TextAreaField id="templat-pengantar" label="Kalimat pengantar butir" inputClassName="pakta-point-text" rows={3} value={draft.leadIn} maxLength={600} onChange={(event) => set('leadIn', event.target.value)} />
          <fieldset className="fieldset">
            <legend>Butir pernyataan</legend>
            <p className="muted small">Urutan butir dapat diubah dengan tombol Naik/Turun; butir baru dapat disisipkan di mana saja.</p>
            <ol className="pakta-points">
              {draft.points.map((point, index) => {
                const number = index + 1;
                const points = draft.points;
                return (
                  <li key={index}>
                    <label htmlFor={`templat-butir-${index}`} className="visually-hidden">
                      Butir {number}
                    </label>
                    <textarea
                      id={`templat-butir-${index}`}
                      className="input pakta-point-text"
                      rows={2}
                      value={point}
                      maxLength={600}
                      onChange={(event) => set('points', points.map((p, i) => (i === index ? event.target.value : p)))}
                    />
                    <div className="pakta-point-actions" role="group" aria-label={`Tindakan butir ${number}`}>
                      <button
                        type="button"
                        id={`templat-naik-${index}`}
                        className="button button-small button-ghost"
                        aria-label={`Naikkan butir ${number}`}
                        disabled={index === 0}
                        onClick={() => {
                          set('points', movePoint(points, index, -1));
                          focusLater(index - 1 === 0 ? `templat-turun-0` : `templat-naik-${index - 1}`);
                        }}
                      >
                        <span aria-hidden="true">↑</span> Naikkan
                      </button>
                      <button
                        type="button"
                        id={`templat-turun-${index}`}
                        className="button button-small button-ghost"
                        aria-label={`Turunkan butir ${number}`}
                        disabled={index === points.length - 1}
                        onClick={() => {
                          set('points', movePoint(points, index, 1));
                          focusLater(index + 1 === points.length - 1 ? `templat-naik-${index + 1}` : `templat-turun-${index + 1}`);
                        }}
                      >
                        <span aria-hidden="true">↓</span> Turunkan
                      </button>
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        aria-label={`Sisipkan butir setelah butir ${number}`}
                        disabled={points.length >= MAX_TEMPLATE_POINTS}
                        onClick={() => {
                          set('points', insertPoint(points, index + 1));
                          focusLater(`templat-butir-${index + 1}`);
                        }}
                      >
                        + Sisipkan
                      </button>
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        aria-label={`Hapus butir ${number}`}
                        disabled={points.length <= 1}
                        onClick={() => set('points', removePoint(points, index))}
                      >
                        Hapus
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="button button-small button-secondary decl-add"
              onClick={() => {
                set('points', insertPoint(draft.points, 0));
                focusLater('templat-butir-0');
              }}
              disabled={draft.points.length >= MAX_TEMPLATE_POINTS}
            >
              Tambah butir di awal
            </button>{' '}
            <button
              type="button"
              className="button button-small button-secondary decl-add"
              onClick={() => {
                set('points', insertPoint(draft.points, draft.points.length));
                focusLater(`templat-butir-${draft.points.length}`);
              }}
              disabled={draft.points.length >= MAX_TEMPLATE_POINTS}
            >
              Tambah butir di akhir
            </button>
          </fieldset>
          <TextAreaField id="templat-penutup" label="Kalimat penutup" inputClassName="pakta-point-text" rows={2} value={draft.closing} maxLength={600} onChange={(event) => set('closing', event.target.value)} />
          <div className="field-row">
            <TextField id="templat-penanda" label="Keterangan penanda tangan" value={draft.signerCaption} maxLength={60} onChange={(event) => set('signerCaption', event.target.value)} />
            <TextField id="templat-saksi" label="Keterangan saksi" value={draft.witnessCaption} maxLength={60} onChange={(event) => set('witnessCaption', event.target.value)} />
          </div>
          <div className="field">
            <CheckboxField
              id="templat-meterai"
              label="Cetak kotak Meterai 10.000 pada pakta bertanda tangan basah"
              checked={draft.meterai}
              onChange={(event) => set('meterai', event.target.checked)}
            />
            <p className="field-hint">Kotak meterai tidak pernah dicetak pada pakta bertanda tangan digital atau pindaian.</p>
          </div>
          <SelectField id="templat-kop" label="Kop surat pakta" value={draft.kop} onChange={(event) => set('kop', event.target.value as PledgeKop)}>
            {PLEDGE_KOP_VALUES.map((kop) => (
              <option key={kop} value={kop}>
                {PLEDGE_KOP_LABEL[kop]}
              </option>
            ))}
          </SelectField>
          <Alert>{error}</Alert>
          <FormActions submitLabel={`Simpan sebagai versi ${newest.version + 1}`} busy={busy} onCancel={() => setEdits(undefined)} cancelLabel="Kembalikan" />
        </form>
      ) : (
        <p className="muted">Memuat…</p>
      )}
      {draft && newest ? <TemplatePreview template={newest} draft={draft} instansi={instansi} /> : null}
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
