import { useCallback, useState } from 'react';
import { formatUkuran, formatWaktu } from '../../../../shared/backups';
import { bundleKinds, type BundleApplyResult, type BundleChange, type BundleExportStatus, type BundleKind, type BundlePreview, type ChangeSide } from '../../../../shared/bundles';
import { conflictId, type Resolutions } from '../../../../shared/sync';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { CheckFilePanel } from '../../components/CheckFilePanel';
import { DataTable } from '../../components/DataTable';
import { CheckboxField, TextField } from '../../components/Field';
import { JobProgress, useExportJob } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { PathForm, useChooser } from '../../components/PathForm';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { useLoad } from '../../lib/useLoad';
import { useActiveYear } from '../app/ActiveYear';
import { useNativeDialogs } from '../app/AppStatusContext';
import { DocumentsResult, DocumentsSection } from './DocumentsPreview';
import './bundles.css';

/**
 * *Kirim & Terima dari Rekan*: send a selection (years, units, kinds) as a signed `.zidesk` bundle
 * into a folder, and receive one: preview (sender and trust, new records, changes, conflicts with a
 * choice per item, per worksheet or for all), then apply all or nothing and show the state hash
 * both laptops can compare.
 */

type Side = 'ours' | 'theirs';

const KIND_LABELS: Record<BundleKind, string> = {
  worksheets: 'Lembar kerja (LKE): jawaban, catatan, bukti, riwayat',
  master: 'Data induk: unit kerja dan pegawai',
  documents: 'Pakta & piagam: pakta integritas dan piagam pencanangan terbitan laptop ini, dengan riwayat statusnya',
};

const CHANGE_LABELS: Record<BundleChange['kind'], string> = { new: 'Baru', theirs: 'Perubahan', conflict: 'Konflik' };

/** "2022, 2023" → [2022, 2023]; undefined when a part is not a year. */
function parseYears(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const years = parts.map(Number);
  return years.every((year) => Number.isInteger(year) && year >= 2000 && year <= 2100) ? [...new Set(years)] : undefined;
}

function SendPanel() {
  const { year } = useActiveYear();
  const loadUnits = useCallback(() => api.units.list(undefined), []);
  const units = useLoad(loadUnits);
  const [yearsText, setYearsText] = useState(String(year));
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [kinds, setKinds] = useState<BundleKind[]>([...bundleKinds]);
  const [destination, setDestination] = useState('');
  const { status, error, setError, running, start: startJob } = useExportJob((jobId) => api.bundles.exportStatus({ jobId }), 'Berkas untuk rekan selesai ditulis.');
  const chooseFolder = useChooser(useNativeDialogs() ? () => api.bundles.chooseFolder(undefined) : undefined, setDestination, setError);

  const start = async (): Promise<void> => {
    const years = parseYears(yearsText);
    if (years === undefined || years.length === 0) {
      setError('Tulis tahun evaluasi sebagai angka, misalnya 2022 atau 2022, 2023.');
      return;
    }
    await startJob(() => api.bundles.export({ destination, years, unitIds, kinds }), (jobId): BundleExportStatus => ({ jobId, state: 'running', done: 0, total: 0, result: null, error: null }));
  };

  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((value) => value !== item));
  return (
    <section className="panel" aria-labelledby="kirim-judul">
      <h2 id="kirim-judul" className="panel-title">
        Kirim ke rekan
      </h2>
      <p className="muted">Satu berkas .zidesk bertanda tangan berisi LKE terpilih (beserta catatan, bukti, dan riwayat), data induk, serta pakta dan piagam terbitan laptop ini, misalnya untuk dikirim lewat flashdisk.</p>
      <div className="bundle-choices">
        <TextField id="kirim-tahun" label="Tahun evaluasi" hint="Satu atau beberapa tahun, dipisah koma." value={yearsText} onChange={(event) => setYearsText(event.target.value)} disabled={running} />
        <fieldset className="fieldset">
          <legend>Jenis data</legend>
          {bundleKinds.map((kind) => (
            <CheckboxField key={kind} id={`kirim-jenis-${kind}`} label={KIND_LABELS[kind]} checked={kinds.includes(kind)} disabled={running} onChange={(event) => setKinds(toggle(kinds, kind, event.target.checked))} />
          ))}
        </fieldset>
        <fieldset className="fieldset bundle-units">
          <legend>Unit kerja (kosongkan untuk semua unit)</legend>
          {(units.data ?? []).map((unit) => (
            <CheckboxField key={unit.id} id={`kirim-unit-${unit.id}`} label={unit.nama} checked={unitIds.includes(unit.id)} disabled={running} onChange={(event) => setUnitIds(toggle(unitIds, unit.id, event.target.checked))} />
          ))}
          {units.data?.length === 0 ? <p className="muted small">Belum ada unit kerja.</p> : null}
        </fieldset>
      </div>
      <PathForm
        id="kirim-folder"
        label="Folder tujuan"
        hint="Lokasi lengkap folder di komputer ini, misalnya E:\Kirim pada flashdisk."
        value={destination}
        onChange={setDestination}
        busy={running}
        submitLabel="Kirim ke rekan"
        primary
        canSubmit={destination.trim() !== ''}
        onSubmit={() => void start()}
        choose={chooseFolder && { label: 'Pilih folder…', onChoose: chooseFolder }}
      />
      <Alert>{error}</Alert>
      {status ? (
        <JobProgress
          id="kirim-progres"
          label="Progres penulisan berkas"
          status={status}
          text={
            status.state === 'running'
              ? `Menulis berkas… ${status.done} dari ${status.total || '…'}`
              : status.state === 'done' && status.result
                ? `Selesai: ${status.result.file} (${formatUkuran(status.result.sizeBytes)}): ${status.result.worksheets} LKE, ${status.result.units} unit kerja, ${status.result.people} pegawai, ${status.result.files} berkas${status.result.pledges === undefined ? '' : `, ${status.result.pledges} pakta, ${status.result.declarations ?? 0} piagam`}.`
                : ''
          }
        />
      ) : null}
    </section>
  );
}

function SideCell({ side }: { side: ChangeSide | null }) {
  if (side === null) return <td className="muted">—</td>;
  return (
    <td>
      <span className="bundle-value">{side.text}</span>
      <span className="muted small bundle-who">
        {side.by || 'tanpa nama'}, {side.where}, {formatWaktu(side.at)}
      </span>
    </td>
  );
}

/** A radio group "Milik saya" / "Milik rekan" (arrow keys move within it, as native radios do). */
function SideChoice({ name, legend, value, onChange, hideLegend = false }: { name: string; legend: string; value: Side | undefined; onChange: (side: Side) => void; hideLegend?: boolean }) {
  return (
    <fieldset className="bundle-choice">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="radio-group">
        {(['ours', 'theirs'] as const).map((side) => (
          <label key={side} className="radio">
            <input type="radio" name={name} value={side} checked={value === side} onChange={() => onChange(side)} />
            {side === 'ours' ? 'Milik saya' : 'Milik rekan'}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ChangesTable({ label, group, changes, resolutions, onRecord }: { label: string; group: string; changes: BundleChange[]; resolutions: Resolutions; onRecord: (id: string, side: Side) => void }) {
  return (
    <DataTable label={label} columns={['Butir', 'Jenis', 'Milik saya', 'Milik rekan', 'Pilihan']} wrap="none" className="bundle-changes">
      {changes.map((change) => {
        const id = conflictId(change.group, change.key);
        return (
          <tr key={id} className={change.kind === 'conflict' ? 'bundle-conflict' : undefined}>
            <th scope="row">{change.label}</th>
            <td>{CHANGE_LABELS[change.kind]}</td>
            <SideCell side={change.ours} />
            <SideCell side={change.theirs} />
            <td>
              {change.kind === 'conflict' ? (
                <SideChoice name={`pilih-${id}`} legend={`Pilihan untuk ${change.label}`} hideLegend value={resolutions.records?.[id] ?? resolutions.groups?.[group] ?? resolutions.all} onChange={(side) => onRecord(id, side)} />
              ) : (
                <span className="muted small">Diambil dari rekan</span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

function ApplyResult({ result }: { result: BundleApplyResult }) {
  return (
    <section className="panel" aria-labelledby="hasil-judul">
      <h2 id="hasil-judul" className="panel-title">
        Hasil penggabungan
      </h2>
      <p role="status">
        {result.worksheetsAdded} LKE baru, {result.worksheetsChanged} LKE diperbarui ({result.recordsChanged} butir/data), {result.unitsChanged} unit kerja, {result.peopleChanged} pegawai, {result.filesAdded} berkas bukti
        ditambahkan.
      </p>
      {result.skipped.map((skip) => (
        <Alert key={skip.id} variant="warning">
          {skip.reason}
        </Alert>
      ))}
      <DocumentsResult result={result.documents} />
      <p className="muted small">
        Kode keadaan data: <code data-testid="kode-keadaan">{result.stateHash}</code>. Bandingkan dengan kode di laptop rekan: kode yang sama berarti data keduanya sudah sama.
      </p>
    </section>
  );
}

function PreviewPanel({ preview, onPreview, onApplied }: { preview: BundlePreview; onPreview: (preview: BundlePreview) => void; onApplied: (result: BundleApplyResult) => void }) {
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [allowFinal, setAllowFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [trustLabel, setTrustLabel] = useState(preview.sender.label);
  const groups = [...preview.worksheets.map((sheet) => ({ id: sheet.id, changes: sheet.changes })), { id: 'master', changes: preview.master }];
  const unresolved = groups.flatMap((group) => group.changes.filter((change) => change.kind === 'conflict').map((change) => ({ group: group.id, change }))).filter(
    ({ group, change }) => (resolutions.records?.[conflictId(group, change.key)] ?? resolutions.groups?.[group] ?? resolutions.all) === undefined,
  ).length;

  const setRecord = (id: string, side: Side): void => setResolutions((current) => ({ ...current, records: { ...current.records, [id]: side } }));
  const setGroup = (group: string, side: Side): void =>
    setResolutions((current) => ({
      ...current,
      groups: { ...current.groups, [group]: side },
      records: Object.fromEntries(Object.entries(current.records ?? {}).filter(([id]) => !id.startsWith(`${group}|`))),
    }));
  const setAll = (side: Side): void => setResolutions({ all: side });

  const trust = async (): Promise<void> => {
    setError(undefined);
    const result = await api.bundles.trustSender({ previewId: preview.previewId, label: trustLabel });
    if (!result.ok) setError(result.error.message);
    else onPreview(result.value);
  };
  const apply = async (): Promise<void> => {
    setError(undefined);
    setBusy(true);
    const result = await api.bundles.apply({ previewId: preview.previewId, resolutions, ...(preview.needsFinalConfirmation ? { allowFinal } : {}) });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onApplied(result.value);
  };
  const { sender, counts } = preview;
  const conflictsIn = (changes: BundleChange[]): boolean => changes.some((change) => change.kind === 'conflict');
  return (
    <section className="panel" aria-labelledby="pratinjau-judul">
      <h2 id="pratinjau-judul" className="panel-title">
        Pratinjau berkas dari {sender.label || sender.user}
      </h2>
      <p>
        Dikirim oleh <strong>{sender.user || 'tanpa nama'}</strong> dari <strong>{sender.label}</strong> pada {formatWaktu(preview.createdAt)}. Sidik kunci:{' '}
        <code>{sender.fingerprintDisplay}</code>.{' '}
        {sender.own ? 'Berkas ini dibuat di laptop ini.' : sender.trusted ? 'Pengirim ini sudah Anda percayai.' : null}
      </p>
      {!sender.trusted && !sender.own ? (
        <Alert
          variant="warning"
          title="Pengirim belum dipercayai"
          actions={
            <button type="button" className="button button-secondary" onClick={() => void trust()}>
              Percayai pengirim ini
            </button>
          }
        >
          Tanda tangan berkas utuh, tetapi kunci pengirim belum dikenal di laptop ini. Cocokkan sidik kunci di atas dengan rekan (misalnya lewat telepon), lalu percayai pengirim bila sama.
          <TextField id="percaya-nama" label="Nama pengirim" value={trustLabel} onChange={(event) => setTrustLabel(event.target.value)} />
        </Alert>
      ) : null}
      <p role="status">
        {counts.newRecords} data baru, {counts.updates} perubahan, {counts.conflicts} konflik, {counts.unchanged} tidak berubah.
      </p>
      {counts.conflicts > 0 ? (
        <SideChoice name="pilih-semua" legend="Untuk semua konflik" value={resolutions.all} onChange={setAll} />
      ) : null}
      {preview.worksheets.map((sheet) => (
        <div key={sheet.id} className="bundle-sheet">
          <h3 className="bundle-sheet-title">
            LKE {sheet.unitName} {sheet.year}
            {sheet.isNew ? ' (baru di laptop ini)' : ''}
            {sheet.final ? ' — Final' : ''}
          </h3>
          {sheet.refused ? <Alert variant="warning">{sheet.refused}</Alert> : null}
          {sheet.changes.length === 0 ? <p className="muted small">Tidak ada perubahan.</p> : null}
          {conflictsIn(sheet.changes) ? (
            <SideChoice name={`pilih-lke-${sheet.id}`} legend={`Semua konflik LKE ${sheet.unitName} ${sheet.year}`} value={resolutions.groups?.[sheet.id]} onChange={(side) => setGroup(sheet.id, side)} />
          ) : null}
          {sheet.changes.length > 0 ? (
            <ChangesTable label={`Perubahan LKE ${sheet.unitName} ${sheet.year}`} group={sheet.id} changes={sheet.changes} resolutions={resolutions} onRecord={setRecord} />
          ) : null}
        </div>
      ))}
      {preview.master.length > 0 ? (
        <div className="bundle-sheet">
          <h3 className="bundle-sheet-title">Data induk</h3>
          {conflictsIn(preview.master) ? <SideChoice name="pilih-induk" legend="Semua konflik data induk" value={resolutions.groups?.master} onChange={(side) => setGroup('master', side)} /> : null}
          <ChangesTable label="Perubahan data induk" group="master" changes={preview.master} resolutions={resolutions} onRecord={setRecord} />
        </div>
      ) : null}
      <DocumentsSection documents={preview.documents} from={sender.label || 'laptop pengirim'} />
      {preview.twoNips.map((pair) => (
        <Alert key={`${pair.ourNip}|${pair.theirNip}`} variant="warning">
          {pair.nama} tercatat dengan NIP {pair.ourNip} di laptop ini dan NIP {pair.theirNip} di laptop rekan. Periksa dan perbaiki NIP di menu Pegawai bila orangnya sama.
        </Alert>
      ))}
      {preview.sameUnits.map((pair) => (
        <Alert key={`${pair.ourId}|${pair.theirId}`} variant="warning" title="Mungkin unit yang sama">
          Unit kerja &quot;{pair.theirNama}&quot; dari laptop rekan {pair.match === 'nama' ? 'bernama sama atau hampir sama dengan' : 'bersingkatan sama dengan'} &quot;{pair.ourNama}&quot; di laptop ini,
          tetapi keduanya dibuat terpisah. Bila diterapkan, keduanya disimpan sebagai dua unit dengan LKE masing-masing; tidak ada yang digabung otomatis. Bila
          memang unit yang sama, sepakati dengan rekan satu unit yang dipakai sebelum menerapkan, lalu minta rekan mengirim paket baru.
        </Alert>
      ))}
      {preview.needsFinalConfirmation ? (
        <CheckboxField
          id="izinkan-final"
          label="Saya setuju mengubah LKE yang sudah berstatus Final dengan data dari rekan."
          checked={allowFinal}
          onChange={(event) => setAllowFinal(event.target.checked)}
        />
      ) : null}
      <Alert>{error}</Alert>
      {unresolved > 0 ? <p className="muted small">Tentukan pilihan untuk {unresolved} konflik lagi sebelum menerapkan.</p> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || unresolved > 0 || (preview.needsFinalConfirmation && !allowFinal)}
          onClick={() => void apply()}
        >
          {busy ? <Spinner /> : null}
          Terapkan
        </button>
      </div>
    </section>
  );
}

function ReceivePanel({ onPreview }: { onPreview: (preview: BundlePreview) => void }) {
  const native = useNativeDialogs();
  return (
    <CheckFilePanel
      id="terima"
      title="Terima dari rekan"
      intro="Berkas diperiksa dulu (tanda tangan, keutuhan setiap isi); data baru, perubahan, dan konflik ditampilkan sebelum Anda menerapkannya."
      label="Berkas dari rekan (.zidesk)"
      hint="Lokasi lengkap berkas di komputer ini, misalnya E:\Kirim\ZI-Desk-rekan.zidesk."
      submitLabel="Periksa berkas"
      chooseLabel="Pilih berkas…"
      choose={native ? () => api.bundles.chooseBundle(undefined) : undefined}
      check={(path) => api.bundles.preview({ path })}
      onResult={onPreview}
    />
  );
}

export function BundlesPage() {
  const { notify } = useToast();
  const [preview, setPreview] = useState<BundlePreview | null>(null);
  const [result, setResult] = useState<BundleApplyResult | null>(null);
  return (
    <>
      <PageHeader title="Kirim & Terima dari Rekan" description="Bertukar LKE, data induk, serta pakta dan piagam dengan laptop anggota tim lain: kirim berkas .zidesk, lalu rekan memeriksa dan menggabungkannya." />
      <div className="backup-panels">
        <SendPanel />
        <ReceivePanel
          onPreview={(next) => {
            setResult(null);
            setPreview(next);
          }}
        />
      </div>
      {preview ? (
        <PreviewPanel
          key={preview.previewId}
          preview={preview}
          onPreview={setPreview}
          onApplied={(applied) => {
            setPreview(null);
            setResult(applied);
            notify('success', 'Data dari rekan sudah digabungkan.');
          }}
        />
      ) : null}
      {result ? <ApplyResult result={result} /> : null}
    </>
  );
}
