import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '../../../../shared/lke';
import type { AppError, Result } from '../../../../shared/result';
import { sameAnswer, type AnswerChange, type Worksheet, type WorksheetDetail } from '../../../../shared/worksheets';
import { api } from '../../api/client';
import { LAYERS, type Layer, type LayerAnswers } from './model/answers';

/**
 * The worksheet being edited: the server's last word (`detail`) plus the edits not confirmed yet.
 * Edits show at once (the totals are recomputed locally on every keystroke); they are sent in
 * batches per layer after a short pause, one request at a time so they arrive in order. When
 * main refuses a batch (all-or-nothing), those items fall back to the server's values and the
 * message is shown.
 */

/** Answers and notes per layer as the screen shows them (server ⊕ edits in flight ⊕ edits waiting). */
export interface LocalState {
  answers: Readonly<Record<Layer, LayerAnswers>>;
  notes: Readonly<Record<Layer, Readonly<Record<string, string>>>>;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

interface PendingChange {
  /** undefined: the answer was not touched (a note-only change). */
  answer?: Answer | null;
  note?: string;
}

type PendingByLayer = Map<Layer, Map<string, PendingChange>>;

/** Pause after the last keystroke before a batch is sent. */
export const SAVE_DELAY_MS = 500;

/** The record without `key` (a copy; the original is never mutated). */
function omit<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

function emptyPending(): PendingByLayer {
  return new Map(LAYERS.map((layer) => [layer, new Map<string, PendingChange>()]));
}

/**
 * The layer's answers of `worksheet`, reusing the objects of `previous` where nothing changed so
 * memoised rows keep their props (a save must not re-render 127 rows).
 */
function mergeLayer(
  worksheet: Worksheet,
  layer: Layer,
  previous: LayerAnswers | undefined,
  overlays: readonly Map<string, PendingChange>[],
): LayerAnswers {
  const merged = new Map<string, Answer>();
  for (const [code, item] of Object.entries(worksheet.items)) {
    const answer = item[layer].answer;
    if (answer !== null) merged.set(code, answer);
  }
  for (const overlay of overlays) {
    for (const [code, change] of overlay) {
      if (change.answer === undefined) continue;
      if (change.answer === null) merged.delete(code);
      else merged.set(code, change.answer);
    }
  }
  const next: Record<string, Answer> = Object.fromEntries(merged);
  if (!previous) return next;
  let same = Object.keys(previous).length === Object.keys(next).length;
  for (const [code, answer] of Object.entries(next)) {
    const old = previous[code];
    if (old !== undefined && sameAnswer(old, answer)) next[code] = old;
    else same = false;
  }
  return same ? previous : next;
}

function mergeNotes(
  worksheet: Worksheet,
  layer: Layer,
  previous: Readonly<Record<string, string>> | undefined,
  overlays: readonly Map<string, PendingChange>[],
): Readonly<Record<string, string>> {
  const merged = new Map<string, string>();
  for (const [code, item] of Object.entries(worksheet.items)) {
    if (item[layer].note !== '') merged.set(code, item[layer].note);
  }
  for (const overlay of overlays) {
    for (const [code, change] of overlay) {
      if (change.note === undefined) continue;
      if (change.note === '') merged.delete(code);
      else merged.set(code, change.note);
    }
  }
  const next: Record<string, string> = Object.fromEntries(merged);
  if (!previous) return next;
  const keys = Object.keys(next);
  const same = keys.length === Object.keys(previous).length && keys.every((code) => previous[code] === next[code]);
  return same ? previous : next;
}

function buildLocal(worksheet: Worksheet, previous: LocalState | undefined, overlays: PendingByLayer[]): LocalState {
  const answers = {} as Record<Layer, LayerAnswers>;
  const notes = {} as Record<Layer, Readonly<Record<string, string>>>;
  for (const layer of LAYERS) {
    const layerOverlays = overlays.map((overlay) => overlay.get(layer) ?? new Map<string, PendingChange>());
    answers[layer] = mergeLayer(worksheet, layer, previous?.answers[layer], layerOverlays);
    notes[layer] = mergeNotes(worksheet, layer, previous?.notes[layer], layerOverlays);
  }
  if (previous && LAYERS.every((layer) => answers[layer] === previous.answers[layer] && notes[layer] === previous.notes[layer])) {
    return previous;
  }
  return { answers, notes };
}

export interface WorksheetEditor {
  detail: WorksheetDetail | undefined;
  local: LocalState | undefined;
  loadError: AppError | undefined;
  saveState: SaveState;
  /** Sets (or with null clears) the answer of one item in one layer. */
  setAnswer(layer: Layer, code: string, answer: Answer | null): void;
  setNote(layer: Layer, code: string, note: string): void;
  /** Sends whatever is waiting now and resolves when every batch is answered (true = all saved). */
  flush(): Promise<boolean>;
  /** Runs another worksheet mutation after the waiting edits are saved and takes its result. */
  mutate(run: () => Promise<Result<WorksheetDetail>>): Promise<Result<WorksheetDetail>>;
  /** Takes a worksheet another call returned (an Excel import) and re-applies the edits it does not contain yet. */
  adopt(next: WorksheetDetail): void;
}

export function useWorksheetEditor(id: string): WorksheetEditor {
  const [detail, setDetail] = useState<WorksheetDetail | undefined>(undefined);
  const [local, setLocal] = useState<LocalState | undefined>(undefined);
  const [loadError, setLoadError] = useState<AppError | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  const detailRef = useRef<WorksheetDetail | undefined>(undefined);
  const pendingRef = useRef<PendingByLayer>(emptyPending());
  const inflightRef = useRef<PendingByLayer | null>(null);
  const runningRef = useRef<Promise<boolean> | null>(null);
  const timerRef = useRef<number | undefined>(undefined);
  const localRef = useRef<LocalState | undefined>(undefined);

  /** Takes a fresh server state and re-applies the edits it does not contain yet. */
  const adopt = useCallback((next: WorksheetDetail) => {
    detailRef.current = next;
    setDetail(next);
    const overlays = [inflightRef.current, pendingRef.current].filter((entry): entry is PendingByLayer => entry !== null);
    setLocal((previous) => {
      const built = buildLocal(next.worksheet, previous, overlays);
      localRef.current = built;
      return built;
    });
  }, []);

  useEffect(() => {
    let current = true;
    pendingRef.current = emptyPending();
    inflightRef.current = null;
    void api.worksheets.get({ id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setLoadError(undefined);
        adopt(result.value);
      } else {
        setLoadError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [id, adopt]);

  const hasPending = (): boolean => [...pendingRef.current.values()].some((changes) => changes.size > 0);

  const sendAll = useCallback(async (): Promise<boolean> => {
    let allSaved = true;
    while (hasPending()) {
      const batch = pendingRef.current;
      pendingRef.current = emptyPending();
      inflightRef.current = batch;
      setSaveState({ kind: 'saving' });
      for (const layer of LAYERS) {
        const changes = batch.get(layer);
        if (!changes || changes.size === 0) continue;
        const payload: AnswerChange[] = [];
        for (const [code, change] of changes) {
          // Every change carries the item's answer; a note-only change repeats the current one.
          const answer =
            change.answer !== undefined ? change.answer : (localRef.current?.answers[layer][code] ?? null);
          payload.push(change.note === undefined ? { code, answer } : { code, answer, note: change.note });
        }
        const result = await api.worksheets.saveAnswers({ id, layer, changes: payload });
        if (result.ok) {
          // Later batches of this round stay in `inflight` until they are answered too.
          changes.clear();
          adopt(result.value);
        } else {
          allSaved = false;
          changes.clear();
          setSaveState({ kind: 'error', message: result.error.message });
          // The host's word, not our last copy: a worksheet made Final meanwhile shows locked,
          // and every cell shows what is stored again.
          const fresh = await api.worksheets.get({ id });
          const server = fresh.ok ? fresh.value : detailRef.current;
          if (server) adopt(server);
        }
      }
      inflightRef.current = null;
    }
    if (allSaved) setSaveState({ kind: 'saved', at: new Date() });
    return allSaved;
  }, [id, adopt]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timerRef.current);
    timerRef.current = undefined;
    let allSaved = true;
    // Wait for a batch on the way, then send what arrived meanwhile, until nothing waits.
    for (;;) {
      const running = runningRef.current;
      if (running) {
        allSaved = (await running) && allSaved;
        continue;
      }
      if (!hasPending()) return allSaved;
      runningRef.current = sendAll().finally(() => {
        runningRef.current = null;
      });
    }
  }, [sendAll]);

  const schedule = useCallback(() => {
    setSaveState((state) => (state.kind === 'saving' ? state : { kind: 'pending' }));
    window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => {
      void flush();
    }, SAVE_DELAY_MS);
  }, [flush]);

  const setAnswer = useCallback(
    (layer: Layer, code: string, answer: Answer | null) => {
      const changes = pendingRef.current.get(layer);
      if (!changes) return;
      changes.set(code, { ...changes.get(code), answer });
      setLocal((previous) => {
        if (!previous) return previous;
        const current = previous.answers[layer][code];
        if (answer === null ? current === undefined : sameAnswer(current, answer)) return previous;
        const nextLayer = answer === null ? omit(previous.answers[layer], code) : { ...previous.answers[layer], [code]: answer };
        const next: LocalState = { ...previous, answers: { ...previous.answers, [layer]: nextLayer } };
        localRef.current = next;
        return next;
      });
      schedule();
    },
    [schedule],
  );

  const setNote = useCallback(
    (layer: Layer, code: string, note: string) => {
      const changes = pendingRef.current.get(layer);
      if (!changes) return;
      changes.set(code, { ...changes.get(code), note });
      setLocal((previous) => {
        if (!previous || (previous.notes[layer][code] ?? '') === note) return previous;
        const nextLayer = note === '' ? omit(previous.notes[layer], code) : { ...previous.notes[layer], [code]: note };
        const next: LocalState = { ...previous, notes: { ...previous.notes, [layer]: nextLayer } };
        localRef.current = next;
        return next;
      });
      schedule();
    },
    [schedule],
  );

  const mutate = useCallback(
    async (run: () => Promise<Result<WorksheetDetail>>): Promise<Result<WorksheetDetail>> => {
      await flush();
      const result = await run();
      if (result.ok) adopt(result.value);
      return result;
    },
    [flush, adopt],
  );

  // Leaving the screen sends what is still waiting (the request outlives the component).
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { detail, local, loadError, saveState, setAnswer, setNote, flush, mutate, adopt };
}
