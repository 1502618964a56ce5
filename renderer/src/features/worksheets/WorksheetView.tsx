import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatAngka } from '../../../../shared/format';
import {
  getTemplate,
  prerequisiteRulesForYear,
  proposalStatus,
  templateCitation,
  templateForYear,
  templateServesYear,
  templateYearsText,
  scoreWorksheet,
  thresholdsFor,
  verdict,
  type Answer,
  type InstansiYearRecord,
  type Template,
  type ThresholdSet,
} from '../../../../shared/lke';
import type { Result } from '../../../../shared/result';
import {
  availableTransitions,
  checkTransition,
  evidenceEditRefusal,
  layerEditRefusal,
  transitionRule,
  worksheetStatusLabels,
  type WorksheetDetail,
  type WorksheetStatus,
} from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';
import { useToast } from '../../components/Toast';
import { CarryOverReview } from './CarryOverReview';
import { ExcelExchange } from './ExcelExchange';
import { LockIcon } from './LockIcon';
import { KEYBOARD_HINT } from './model/keyboard';
import { LAYER_LABEL, LAYER_LONG_LABEL, LAYERS, type Layer } from './model/answers';
import { buildTree, indexScore } from './model/tree';
import { PlannerTab } from './PlannerTab';
import { PrerequisitesTab } from './PrerequisitesTab';
import type { RowActions } from './QuestionRow';
import { ReportTab } from './ReportTab';
import { listHref, worksheetHref, type WorksheetTab } from './route';
import { StatusBadge } from './StatusBadge';
import { StatusHistoryTab } from './StatusHistoryTab';
import { TotalsPanel, type LayerProgress } from './TotalsPanel';
import { useWorksheetEditor, type LocalState, type SaveState } from './useWorksheetEditor';
import { FILTER_LABEL, FILTERS, type Filter } from './model/filters';
import { WorksheetTable } from './WorksheetTable';
import { Alert } from '../../components/Alert';

function defaultLayer(status: WorksheetStatus): Layer {
  return status === 'DRAF' ? 'unit' : 'tpi';
}

const TAB_LABEL: Record<WorksheetTab, string> = {
  isian: 'Isian LKE',
  menuju: 'Menuju WBK/WBBM',
  prasyarat: 'Prasyarat usulan',
  laporan: 'Laporan',
  status: 'Riwayat status',
};

/** One worksheet: header with workflow, tabs, the answer table and the live totals. */
export function WorksheetView({ id, tab, focus }: { id: string; tab: WorksheetTab; focus?: string | undefined }) {
  const editor = useWorksheetEditor(id);
  const { detail, local, loadError } = editor;

  if (loadError && !detail) {
    return (
      <div className="ws-page">
        <Alert>{loadError.message}</Alert>
        <a className="button button-secondary" href={listHref()}>
          Kembali ke daftar lembar kerja
        </a>
      </div>
    );
  }
  if (!detail || !local) {
    return (
      <div className="ws-page">
        <p className="muted" role="status">
          <Spinner label="Memuat lembar kerja…" />
        </p>
      </div>
    );
  }
  const template = getTemplate(detail.worksheet.templateId);
  const thresholds = thresholdsFor(detail.worksheet.templateId);
  if (!template.ok || !thresholds.ok) {
    const message = !template.ok ? template.error.message : !thresholds.ok ? thresholds.error.message : '';
    return (
      <div className="ws-page">
        <Alert>{message}</Alert>
      </div>
    );
  }
  return <LoadedWorksheet editor={editor} detail={detail} local={local} template={template.value} thresholds={thresholds.value} tab={tab} focus={focus} />;
}

/** Why a worksheet's template does not serve its year, and what to do (rules that follow the year). */
function templateMismatchText(template: Template, year: number): string {
  const right = templateForYear(year);
  const advice = right.ok && right.value.id !== template.id
    ? ` Untuk tahun ${year} seharusnya dipakai templat versi ${right.value.version} (${templateCitation(right.value)}); buat lembar kerja baru dengan templat tersebut bila penilaian harus mengikuti aturan tahun itu.`
    : '';
  return `Lembar kerja tahun ${year} ini memakai templat versi ${template.version} (${templateCitation(template)}), yang berlaku untuk ${templateYearsText(template)}.${advice}`;
}

interface LoadedProps {
  editor: ReturnType<typeof useWorksheetEditor>;
  detail: WorksheetDetail;
  local: LocalState;
  template: Template;
  thresholds: ThresholdSet;
  tab: WorksheetTab;
  focus: string | undefined;
}

function LoadedWorksheet({ editor, detail, local, template, thresholds, tab, focus }: LoadedProps) {
  const { notify } = useToast();
  const worksheet = detail.worksheet;
  const status = worksheet.status;
  const [layer, setLayer] = useState<Layer>(() => defaultLayer(status));
  const [showTpnColumn, setShowTpnColumn] = useState(false);
  const [filter, setFilter] = useState<Filter>('semua');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [noteFocus, setNoteFocus] = useState<string | undefined>(undefined);
  const [step, setStep] = useState<WorksheetStatus | undefined>(undefined);
  const [reviewCarried, setReviewCarried] = useState(false);
  const [instansi, setInstansi] = useState<InstansiYearRecord | null>(null);
  const [instansiVersion, setInstansiVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void api.prerequisites.getYear({ year: worksheet.year }).then((result) => {
      if (current && result.ok) setInstansi(result.value);
    });
    return () => {
      current = false;
    };
  }, [worksheet.year, instansiVersion]);

  const tree = buildTree(template);
  const answers = local.answers;

  // Local scoring on every keystroke (optimistic): each layer is rescored only when it changed.
  const unitScore = useMemo(() => scoreWorksheet(template, answers.unit), [template, answers.unit]);
  const tpiScore = useMemo(() => scoreWorksheet(template, answers.tpi), [template, answers.tpi]);
  const tpnScore = useMemo(() => scoreWorksheet(template, answers.tpn), [template, answers.tpn]);
  const scores = { unit: unitScore, tpi: tpiScore, tpn: tpnScore };
  const score = scores[layer];
  const index = useMemo(() => indexScore(score), [score]);
  const wbk = useMemo(() => verdict(score, thresholds.wbk), [score, thresholds]);
  const wbbm = useMemo(() => verdict(score, thresholds.wbbm), [score, thresholds]);
  const proposals = useMemo(() => {
    const base = {
      instansi,
      unit: worksheet.prerequisites,
      afirmasi: detail.summary.unit.afirmasi,
      tanggalUsulan: detail.proposal.tanggalUsulan,
      rules: prerequisiteRulesForYear(worksheet.year),
    };
    return {
      wbk: proposalStatus({ ...base, verdict: wbk, thresholds: thresholds.wbk }),
      wbbm: proposalStatus({ ...base, verdict: wbbm, thresholds: thresholds.wbbm }),
    };
  }, [instansi, worksheet.prerequisites, worksheet.year, detail.summary.unit.afirmasi, detail.proposal.tanggalUsulan, wbk, wbbm, thresholds]);

  const progressUnit = useMemo(() => countAnswered(tree.editableCodes, answers.unit), [tree, answers.unit]);
  const progressTpi = useMemo(() => countAnswered(tree.editableCodes, answers.tpi), [tree, answers.tpi]);
  const progressTpn = useMemo(() => countAnswered(tree.editableCodes, answers.tpn), [tree, answers.tpn]);
  const progress = useMemo(
    () => ({ unit: progressUnit, tpi: progressTpi, tpn: progressTpn }),
    [progressUnit, progressTpi, progressTpn],
  );

  // The workflow gates (completeness, carried-over answers) on the stored worksheet, as main checks them.
  const blockedSteps = useMemo(() => {
    const reasons = new Map<WorksheetStatus, string>();
    for (const rule of availableTransitions(worksheet.status)) {
      const check = checkTransition(worksheet, template, rule.to);
      if (!check.ok) reasons.set(rule.to, check.error.message);
    }
    return reasons;
  }, [worksheet, template]);

  const refusal = layerEditRefusal(status, layer);
  const canEdit = refusal === null;
  const canEditEvidence = evidenceEditRefusal(status) === null && layer !== 'tpn';

  // Row callbacks read the latest values through refs so their identity never changes.
  const layerRef = useRef(layer);
  const visibleRef = useRef<string[]>([]);
  const refusalRef = useRef(refusal);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  useEffect(() => {
    layerRef.current = layer;
    refusalRef.current = refusal;
  });

  const { setAnswer, setNote, mutate } = editor;
  const confirmCarried = useCallback(
    async (codes?: string[]) => {
      const result = await mutate(() => api.worksheets.confirmCarried(codes ? { id: worksheet.id, codes } : { id: worksheet.id }));
      if (!result.ok) notify('error', result.error.message);
      else notify('success', codes?.length === 1 ? `Jawaban bawaan butir ${codes[0] ?? ''} dikonfirmasi.` : 'Jawaban bawaan dikonfirmasi.');
    },
    [mutate, notify, worksheet.id],
  );

  const actions = useMemo<RowActions>(
    () => ({
      answer(code: string, answer: Answer | null) {
        if (refusalRef.current) {
          notify('error', refusalRef.current.message);
          return;
        }
        setAnswer(layerRef.current, code, answer);
      },
      move(code: string, delta: -1 | 1, edge?: boolean) {
        const list = visibleRef.current;
        const at = list.indexOf(code);
        const target = edge ? (delta < 0 ? list[0] : list[list.length - 1]) : list[at + delta];
        if (target === undefined || target === code) return false;
        rowElements.current.get(target)?.focus();
        return true;
      },
      toggleDetails(code: string, focusNote?: boolean) {
        setExpanded((previous) => {
          const next = new Set(previous);
          if (focusNote) next.add(code);
          else if (next.has(code)) next.delete(code);
          else next.add(code);
          return next;
        });
        setNoteFocus(focusNote ? code : undefined);
      },
      confirmCarried(code: string) {
        void confirmCarried([code]);
      },
      refuse() {
        notify('error', refusalRef.current?.message ?? 'Lapisan ini tidak dapat diubah.');
      },
      registerRow(code: string, element: HTMLTableRowElement | null) {
        if (element) rowElements.current.set(code, element);
        else rowElements.current.delete(code);
      },
    }),
    [setAnswer, notify, confirmCarried],
  );

  // Keyboard order: the editable items the filter shows, in table order.
  useEffect(() => {
    const list: string[] = [];
    for (const code of tree.editableCodes) if (rowElements.current.has(code)) list.push(code);
    visibleRef.current = list;
  });

  // `?butir=CODE` (from the planner): show that item and put the keyboard on it.
  const [seenFocus, setSeenFocus] = useState(focus);
  if (focus !== seenFocus) {
    setSeenFocus(focus);
    if (focus !== undefined) setFilter('semua');
  }
  useEffect(() => {
    if (tab !== 'isian' || focus === undefined) return;
    const timer = window.setTimeout(() => rowElements.current.get(focus)?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [tab, focus]);

  const onCloseDetails = useCallback((code: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      next.delete(code);
      return next;
    });
    setNoteFocus(undefined);
  }, []);

  const onEvidence = useCallback(
    async (run: () => Promise<Result<WorksheetDetail>>): Promise<string | undefined> => {
      const result = await mutate(run);
      return result.ok ? undefined : result.error.message;
    },
    [mutate],
  );

  const locked = status === 'FINAL';
  const steps = availableTransitions(status);
  const showTpn = showTpnColumn || layer === 'tpn' || locked;
  const carriedPending = detail.summary.layers.unit.carriedPending;
  const unitName = detail.summary.unit.singkatan || detail.summary.unit.nama;

  return (
    <div className="ws-page">
      <header className="ws-header">
        <div className="ws-header-main">
          <p className="ws-breadcrumb">
            <a href={listHref(worksheet.year)}>Lembar Kerja (LKE)</a> <span aria-hidden="true">›</span> {worksheet.year}
          </p>
          <h1 className="page-title ws-title" tabIndex={-1}>
            LKE {unitName} {worksheet.year}
          </h1>
          <p className="ws-subtitle">
            {detail.summary.unit.nama} · templat {worksheet.templateVersion} ({templateCitation(template)})
            {worksheet.carriedFromYear ? ` · dimulai dari jawaban ${worksheet.carriedFromYear}` : ''}
          </p>
          <div className="ws-status-line">
            <StatusBadge status={status} changedAfterReview={worksheet.changedAfterReview} />
            <SaveIndicator state={editor.saveState} />
          </div>
        </div>
        <div className="ws-header-side">
          <div className="ws-header-actions">
            {steps.map(({ to, action }) => {
              const why = blockedSteps.get(to);
              return (
                <button
                  key={to}
                  type="button"
                  className={`button ${action.tone === 'danger' ? 'button-secondary' : 'button-primary'}`}
                  disabled={why !== undefined}
                  aria-describedby={why === undefined ? undefined : `ws-step-why-${to}`}
                  onClick={() => setStep(to)}
                >
                  {action.label}
                </button>
              );
            })}
          </div>
          {steps.map(({ to, action }) => {
            // A step that main would refuse is offered disabled, with main's own reason under it.
            const why = blockedSteps.get(to);
            return why === undefined ? null : (
              <p key={to} id={`ws-step-why-${to}`} className="field-hint ws-step-why" role="note">
                {action.label}: {why}
              </p>
            );
          })}
          <ExcelExchange worksheetId={worksheet.id} status={status} flush={editor.flush} onImported={editor.adopt} />
        </div>
      </header>

      {locked ? (
        <Alert variant="success" icon={<LockIcon className="ws-lock ws-lock-large" />} title="LKE final dan terkunci">
          <p>Jawaban Unit dan TPI, catatan dan bukti dukung tidak dapat diubah lagi. Lapisan TPN dapat diisi ketika hasil evaluasi TPN diketahui.</p>
        </Alert>
      ) : null}
      {templateServesYear(template, worksheet.year) ? null : (
        <Alert variant="warning" icon="!" title="Templat tidak sesuai tahun evaluasi" role="note">
          <p>{templateMismatchText(template, worksheet.year)}</p>
        </Alert>
      )}
      {!locked && worksheet.changedAfterReview ? (
        <Alert variant="warning" icon="!" title="Diubah setelah direviu">
          <p>Ada jawaban, catatan atau bukti dukung yang berubah setelah reviu TPI terakhir.</p>
        </Alert>
      ) : null}

      <nav className="tabs" aria-label="Bagian lembar kerja">
        {(Object.keys(TAB_LABEL) as WorksheetTab[]).map((entry) => (
          <a key={entry} className="tab" href={worksheetHref(worksheet.id, entry)} aria-current={tab === entry ? 'page' : undefined}>
            {TAB_LABEL[entry]}
          </a>
        ))}
      </nav>

      {tab === 'isian' ? (
        <div className="ws-workspace">
          <div className="ws-main">
            <div className="ws-toolbar">
              <div className="ws-toolbar-group" role="group" aria-label="Lapisan jawaban">
                <span className="ws-toolbar-label">Lapisan</span>
                <div className="ws-segmented">
                  {LAYERS.map((entry) => (
                    <button
                      key={entry}
                      type="button"
                      className={`ws-segment${layer === entry ? ' is-active' : ''}`}
                      aria-pressed={layer === entry}
                      title={LAYER_LONG_LABEL[entry]}
                      onClick={() => setLayer(entry)}
                    >
                      {LAYER_LABEL[entry]}
                    </button>
                  ))}
                </div>
              </div>
              <div className="ws-toolbar-group" role="group" aria-label="Saring butir">
                <span className="ws-toolbar-label">Tampilkan</span>
                <div className="ws-segmented">
                  {FILTERS.map((entry) => (
                    <button
                      key={entry}
                      type="button"
                      className={`ws-segment${filter === entry ? ' is-active' : ''}`}
                      aria-pressed={filter === entry}
                      onClick={() => setFilter(entry)}
                    >
                      {FILTER_LABEL[entry]}
                    </button>
                  ))}
                </div>
              </div>
              {!locked && layer !== 'tpn' ? (
                <label className="ws-check">
                  <input type="checkbox" checked={showTpnColumn} onChange={(event) => setShowTpnColumn(event.target.checked)} />
                  Kolom TPN
                </label>
              ) : null}
              {carriedPending > 0 && !locked ? (
                <button type="button" className="button button-secondary button-small" onClick={() => setReviewCarried(true)}>
                  Tinjau {carriedPending} jawaban bawaan
                </button>
              ) : null}
            </div>
            <p className="ws-hint-line" id="ws-keyboard-hint">
              <span className="ws-kbd-label">Papan ketik:</span> {KEYBOARD_HINT}
            </p>
            {refusal && !locked ? (
              <p className="ws-layer-note" role="note">
                Lapisan {LAYER_LABEL[layer]}: {refusal.message}
              </p>
            ) : null}
            <WorksheetTable
              worksheetId={worksheet.id}
              tree={tree}
              index={index}
              local={local}
              items={worksheet.items}
              layer={layer}
              showTpn={showTpn}
              canEdit={canEdit}
              canEditEvidence={canEditEvidence}
              filter={filter}
              expanded={expanded}
              noteFocus={noteFocus}
              actions={actions}
              onNote={setNote}
              onEvidence={onEvidence}
              onCloseDetails={onCloseDetails}
            />
          </div>
          <TotalsPanel layer={layer} score={score} progress={progress} wbk={wbk} wbbm={wbbm} proposals={proposals} />
        </div>
      ) : null}

      {tab === 'menuju' ? (
        <PlannerTab
          template={template}
          scores={scores}
          thresholds={thresholds}
          layer={layer}
          onLayer={setLayer}
          worksheetId={worksheet.id}
        />
      ) : null}
      {tab === 'prasyarat' ? (
        <PrerequisitesTab
          detail={detail}
          proposals={proposals}
          layer={layer}
          instansi={instansi}
          onInstansiSaved={() => setInstansiVersion((v) => v + 1)}
          mutate={mutate}
        />
      ) : null}
      {tab === 'laporan' ? <ReportTab worksheetId={worksheet.id} locked={locked} /> : null}
      {tab === 'status' ? <StatusHistoryTab worksheet={worksheet} /> : null}

      {reviewCarried ? (
        <CarryOverReview worksheet={worksheet} template={template} mutate={mutate} onClose={() => setReviewCarried(false)} />
      ) : null}
      {step ? (
        <StepDialog
          detail={detail}
          template={template}
          to={step}
          onClose={() => setStep(undefined)}
          run={async (note) => {
            const flushed = await editor.flush();
            if (!flushed) return 'Perubahan terakhir belum tersimpan; periksa pesan kesalahan lalu coba lagi.';
            const result = await mutate(() =>
              api.worksheets.transition(note ? { id: worksheet.id, to: step, note } : { id: worksheet.id, to: step }),
            );
            if (!result.ok) return result.error.message;
            setStep(undefined);
            notify('success', `Status lembar kerja: ${worksheetStatusLabels[result.value.worksheet.status]}.`);
            if (result.value.worksheet.status !== 'DRAF' && layerRef.current === 'unit') setLayer('tpi');
            return undefined;
          }}
        />
      ) : null}
    </div>
  );
}

function countAnswered(codes: readonly string[], answers: Readonly<Record<string, Answer>>): LayerProgress {
  let answered = 0;
  for (const code of codes) if (answers[code] !== undefined) answered += 1;
  return { answered, total: codes.length };
}

function SaveIndicator({ state }: { state: SaveState }) {
  switch (state.kind) {
    case 'idle':
      return <span className="ws-save" aria-live="polite" />;
    case 'pending':
      return (
        <span className="ws-save is-pending" aria-live="polite">
          Belum tersimpan…
        </span>
      );
    case 'saving':
      return (
        <span className="ws-save is-saving" aria-live="polite">
          <Spinner /> Menyimpan…
        </span>
      );
    case 'saved':
      return (
        <span className="ws-save is-saved" aria-live="polite">
          ✓ Tersimpan
        </span>
      );
    case 'error':
      return (
        <span className="ws-save is-error" role="alert">
          Gagal menyimpan: {state.message}
        </span>
      );
  }
}

interface StepDialogProps {
  detail: WorksheetDetail;
  template: Template;
  to: WorksheetStatus;
  onClose(): void;
  run(note: string): Promise<string | undefined>;
}

function StepDialog({ detail, template, to, onClose, run }: StepDialogProps) {
  const info = transitionRule(detail.worksheet.status, to)?.action;
  const [note, setNote] = useState('');
  if (!info) return null;
  const precheck = checkTransition(detail.worksheet, template, to);
  const totals = detail.summary.layers;
  const scores = (
    <p className="muted">
      Nilai Unit {formatAngka(totals.unit.totals.total)} · TPI {formatAngka(totals.tpi.totals.total)}
    </p>
  );
  if (!precheck.ok) {
    // Blocked: the reason once, the action disabled, and "Batal" to go back and complete the worksheet.
    return (
      <Dialog title={info.title} onClose={onClose} size="small">
        <div className="confirm-text">
          <p>{info.text}</p>
          {scores}
          <Alert variant="warning" role="note">
            <span id="ws-step-blocked">{precheck.error.message}</span>
          </Alert>
        </div>
        <div className="form-actions">
          <button type="button" className={`button button-${info.tone}`} disabled aria-describedby="ws-step-blocked">
            {info.label}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
            Batal
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      title={info.title}
      confirmLabel={info.label}
      tone={info.tone}
      onClose={onClose}
      onConfirm={() => run(note.trim())}
    >
      <p>{info.text}</p>
      {scores}
      {info.note ? (
        <div className="field">
          <label className="field-label" htmlFor="ws-step-note">
            Catatan untuk unit (opsional)
          </label>
          <textarea id="ws-step-note" className="input" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
