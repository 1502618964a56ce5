import { memo, useCallback, useImperativeHandle, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { formatAngka } from '../../../../shared/format';
import type { Answer } from '../../../../shared/lke';
import { answerText } from '../../../../shared/worksheets';
import { answerInputText, LAYER_LABEL, LAYERS, parseNumberAnswer, type Layer } from './model/answers';
import { keyAction } from './model/keyboard';
import type { ItemRow, NodeFigures } from './model/tree';

/** Stable callbacks shared by every row (one object for the whole table, so rows stay memoised). */
export interface RowActions {
  answer(code: string, answer: Answer | null): void;
  /** Moves focus to the previous/next question; false when there is none (Tab then leaves the table). */
  move(code: string, delta: -1 | 1, edge?: boolean): boolean;
  toggleDetails(code: string, focusNote?: boolean): void;
  confirmCarried(code: string): void;
  /** A key tried to change a locked layer. */
  refuse(): void;
  registerRow(code: string, element: HTMLTableRowElement | null): void;
}

export interface QuestionRowProps {
  item: ItemRow;
  unit: Answer | undefined;
  tpi: Answer | undefined;
  tpn: Answer | undefined;
  layer: Layer;
  showTpn: boolean;
  /** The active layer accepts edits (not locked by the workflow). */
  canEdit: boolean;
  /** Item value on the active layer: the 0–1 multiplier, null when unanswered. */
  value: number | null;
  /** Indicators: their points on the active layer. */
  figures: NodeFigures | undefined;
  /** Unit and TPI both answered, differently. */
  differs: boolean;
  hasNote: boolean;
  /** The unit answer was carried over from last year and is not confirmed yet. */
  carriedOver: boolean;
  evidenceCount: number;
  flagText: string | undefined;
  expanded: boolean;
  actions: RowActions;
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]';

/** The keyboard-reachable controls of the open details that follow `row`, in screen order. */
function detailControls(details: Element | null, code: string | undefined): HTMLElement[] {
  if (!(details instanceof HTMLElement) || details.dataset.detailsFor === undefined) return [];
  if (code !== undefined && details.dataset.detailsFor !== code) return [];
  return [...details.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.tabIndex >= 0);
}

/**
 * Tab follows the screen: from an item with its details open, Tab goes to the details (note,
 * evidence, reference) before the next item; Shift+Tab from the item after open details goes back
 * to their last control. False when there are no details to enter (the row's own Tab rule applies).
 */
export function tabIntoDetails(row: HTMLElement, backwards: boolean): boolean {
  const controls = backwards
    ? detailControls(row.previousElementSibling, undefined)
    : detailControls(row.nextElementSibling, row.dataset.code);
  const target = backwards ? controls.at(-1) : controls[0];
  if (!target) return false;
  target.focus();
  return true;
}

/**
 * One question of the worksheet: code, text, the Unit/TPI(/TPN) answers side by side with the
 * active layer editable, and the value on the active layer. Keyboard: see `keyAction`.
 */
export const QuestionRow = memo(function QuestionRow(props: QuestionRowProps) {
  const { item, layer, showTpn, canEdit, value, figures, differs, hasNote, carriedOver, evidenceCount, flagText, expanded, actions } = props;
  const numberRef = useRef<NumberCellHandle>(null);
  const rowRef = useCallback((element: HTMLTableRowElement | null) => actions.registerRow(item.code, element), [actions, item.code]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>): void => {
    if (isTextField(event.target)) return;
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey && tabIntoDetails(event.currentTarget, event.shiftKey)) {
      event.preventDefault();
      return;
    }
    const action = keyAction(event, item.answerType, item.editable);
    if (action === null) return;
    switch (action.kind) {
      case 'move':
        if (actions.move(item.code, action.delta, action.edge)) event.preventDefault();
        return;
      case 'answer':
        event.preventDefault();
        if (canEdit) actions.answer(item.code, action.answer);
        else actions.refuse();
        return;
      case 'clear':
        event.preventDefault();
        if (canEdit) actions.answer(item.code, null);
        else actions.refuse();
        return;
      case 'number':
        event.preventDefault();
        if (canEdit) numberRef.current?.start(action.text);
        else actions.refuse();
        return;
      case 'note':
        event.preventDefault();
        actions.toggleDetails(item.code, true);
        return;
      case 'details':
        event.preventDefault();
        actions.toggleDetails(item.code);
        return;
      case 'confirm':
        if (carriedOver) {
          event.preventDefault();
          actions.confirmCarried(item.code);
        } else if (item.answerType === 'JUMLAH' || item.answerType === 'INDEKS') {
          event.preventDefault();
          if (canEdit) numberRef.current?.start(event.key);
          else actions.refuse();
        }
        return;
    }
  };

  const onClick = (event: MouseEvent<HTMLTableRowElement>): void => {
    if (isTextField(event.target)) return;
    if (event.target instanceof HTMLElement && event.target.closest('a')) return;
    event.currentTarget.focus({ preventScroll: true });
  };

  const answers: Record<Layer, Answer | undefined> = { unit: props.unit, tpi: props.tpi, tpn: props.tpn };
  const layers = showTpn ? LAYERS : LAYERS.filter((entry) => entry !== 'tpn');
  const rowClass = [
    'ws-item',
    item.indicator ? 'is-indicator' : '',
    item.answerType === 'JUMLAH' ? 'is-input' : '',
    item.editable ? '' : 'is-computed',
    differs ? 'is-differs' : '',
    expanded ? 'is-expanded' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <tr
      ref={rowRef}
      className={rowClass}
      tabIndex={0}
      data-code={item.code}
      aria-label={`Butir ${item.code}`}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <td className="ws-text">
        <div className="ws-text-line">
          <button
            type="button"
            className="ws-disclosure"
            tabIndex={-1}
            aria-expanded={expanded}
            aria-label={`Rincian butir ${item.code}`}
            onClick={() => actions.toggleDetails(item.code)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
          <span className="ws-question">
            <span className="ws-code">{item.code}</span>
            {item.indicator ? <strong>{item.indicator.shortName}: </strong> : null}
            {item.text}
          </span>
        </div>
        {carriedOver || hasNote || evidenceCount > 0 || flagText || differs ? (
          <div className="ws-badges">
            {carriedOver ? (
              <span className="ws-badge ws-badge-carried">
                Bawaan tahun lalu
                <button
                  type="button"
                  className="ws-badge-action"
                  tabIndex={-1}
                  onClick={() => actions.confirmCarried(item.code)}
                  aria-label={`Konfirmasi jawaban bawaan butir ${item.code}`}
                >
                  Konfirmasi
                </button>
              </span>
            ) : null}
            {differs ? <span className="ws-badge ws-badge-differs">Unit ≠ TPI</span> : null}
            {hasNote ? <span className="ws-badge">Ada catatan</span> : null}
            {evidenceCount > 0 ? <span className="ws-badge">{evidenceCount} bukti</span> : null}
            {flagText ? (
              <span className="ws-badge ws-badge-flag" title={flagText}>
                {flagText}
              </span>
            ) : null}
          </div>
        ) : null}
      </td>
      {layers.map((entry) =>
        entry === layer ? (
          <td key={entry} className="ws-answer is-active">
            <AnswerEditor item={item} answer={answers[entry]} layer={entry} canEdit={canEdit} actions={actions} numberRef={numberRef} value={value} />
          </td>
        ) : (
          <td key={entry} className={`ws-answer${entry === 'tpi' && differs ? ' is-differs' : ''}`}>
            <AnswerChip item={item} answer={answers[entry]} layer={entry} />
          </td>
        ),
      )}
      <td className="num ws-weight">{item.indicator ? formatAngka(item.indicator.weight) : ''}</td>
      <td className="num ws-value">{item.indicator ? (figures ? formatAngka(figures.value) : '') : valueText(item, value)}</td>
      <td className="num ws-percent">{item.indicator && figures ? formatAngka(figures.percent) : ''}</td>
    </tr>
  );
});

function valueText(item: ItemRow, value: number | null): string {
  if (value === null || item.answerType === 'JUMLAH') return '';
  return formatAngka(value);
}

function AnswerChip({ item, answer, layer }: { item: ItemRow; answer: Answer | undefined; layer: Layer }) {
  if (!item.editable) return <span className="ws-chip is-empty" aria-hidden="true" />;
  const text = answerText(answer);
  return (
    <span className={`ws-chip${text === '' ? ' is-empty' : ''}`} aria-label={`Jawaban ${LAYER_LABEL[layer]}: ${text === '' ? 'belum diisi' : text}`}>
      {text === '' ? '–' : text}
    </span>
  );
}

interface AnswerEditorProps {
  item: ItemRow;
  answer: Answer | undefined;
  layer: Layer;
  canEdit: boolean;
  value: number | null;
  actions: RowActions;
  numberRef: Ref<NumberCellHandle>;
}

function AnswerEditor({ item, answer, layer, canEdit, value, actions, numberRef }: AnswerEditorProps) {
  if (item.answerType === 'PERSEN') {
    return (
      <span className="ws-computed" title={`Dihitung dari ${item.inputs.join(', ')}`}>
        {value === null ? '–' : `${formatAngka(value * 100)}%`}
      </span>
    );
  }
  if (item.answerType === 'JUMLAH' || item.answerType === 'INDEKS') {
    return <NumberCell ref={numberRef} item={item} answer={answer} layer={layer} canEdit={canEdit} actions={actions} />;
  }
  const current = answer && answer.type === item.answerType ? answer.value : undefined;
  return (
    <div className="ws-options" role="group" aria-label={`Jawaban ${LAYER_LABEL[layer]} butir ${item.code}`}>
      {item.options.map((option) => (
        <button
          key={option.key}
          type="button"
          tabIndex={-1}
          className={`ws-option${current === option.key ? ' is-selected' : ''}${option.key.length > 1 ? ' is-word' : ''}`}
          aria-pressed={current === option.key}
          disabled={!canEdit}
          title={`${option.key} (${formatAngka(option.value)}): ${option.label}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            (event.currentTarget.closest('tr') as HTMLElement | null)?.focus({ preventScroll: true });
            actions.answer(item.code, optionAnswer(item, option.key));
          }}
        >
          {option.key}
        </button>
      ))}
    </div>
  );
}

/** The stored answer for an option key of a choice item. */
function optionAnswer(item: ItemRow, key: string): Answer | null {
  switch (item.answerType) {
    case 'YA_TIDAK':
      return key === 'Ya' || key === 'Tidak' ? { type: 'YA_TIDAK', value: key } : null;
    case 'ABC':
      return key === 'A' || key === 'B' || key === 'C' ? { type: 'ABC', value: key } : null;
    case 'ABCD':
      return key === 'A' || key === 'B' || key === 'C' || key === 'D' ? { type: 'ABCD', value: key } : null;
    case 'ABCDE':
      return key === 'A' || key === 'B' || key === 'C' || key === 'D' || key === 'E' ? { type: 'ABCDE', value: key } : null;
    default:
      return null;
  }
}

interface NumberCellHandle {
  /** Focuses the input with `text` typed so far (the key that started the entry). */
  start(text: string): void;
}

interface NumberCellProps {
  ref: Ref<NumberCellHandle>;
  item: ItemRow;
  answer: Answer | undefined;
  layer: Layer;
  canEdit: boolean;
  actions: RowActions;
}

/**
 * A count or index typed in place. Every valid keystroke updates the answer (and so the totals);
 * "3,6" and "3.6" are both read as 3,6. Enter, Tab and the arrows commit and move on; Escape
 * puts the stored value back and returns to the row.
 */
function NumberCell({ ref, item, answer, layer, canEdit, actions }: NumberCellProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => answerInputText(answer));
  const [error, setError] = useState<string | undefined>(undefined);
  const [focused, setFocused] = useState(false);

  // An answer that changed elsewhere (a save refused and rolled back, a reload) shows at once,
  // even while typing: the cell never keeps showing a value that is not the stored one. Only
  // the answer this cell applied itself leaves the text as typed ("3,60" stays while editing).
  const stored = answerInputText(answer);
  const [shown, setShown] = useState(stored);
  const [applied, setApplied] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    if (!focused || stored !== applied) {
      setText(stored);
      setApplied(stored);
      setError(undefined);
    }
  }

  const apply = (next: string): void => {
    setText(next);
    if (/[.,]$/.test(next.trim())) {
      // "3," is half-typed, not wrong: wait for the next digit.
      setError(undefined);
      return;
    }
    const parsed = parseNumberAnswer(item.answerType, next, item.indexMax ?? undefined);
    if (!parsed.ok) {
      setError(parsed.error.message);
      return;
    }
    setError(undefined);
    setApplied(answerInputText(parsed.value ?? undefined));
    actions.answer(item.code, parsed.value);
  };

  useImperativeHandle(ref, () => ({
    start(first: string) {
      const input = inputRef.current;
      if (!input) return;
      input.focus();
      apply(first);
    },
  }));

  const leave = (event: KeyboardEvent<HTMLInputElement>, delta: -1 | 1): void => {
    event.preventDefault();
    event.stopPropagation();
    // What is on screen is not stored: stay until it is corrected or Escape puts the stored value back.
    if (error) return;
    const row = event.currentTarget.closest('tr');
    if (event.key === 'Tab' && !event.shiftKey && row && tabIntoDetails(row, false)) return;
    if (!actions.move(item.code, delta)) row?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'Enter':
      case 'ArrowDown':
        leave(event, 1);
        return;
      case 'ArrowUp':
        leave(event, -1);
        return;
      case 'Tab':
        leave(event, event.shiftKey ? -1 : 1);
        return;
      case 'Escape': {
        event.preventDefault();
        event.stopPropagation();
        setText(stored);
        setError(undefined);
        (event.currentTarget.closest('tr') as HTMLElement | null)?.focus();
        return;
      }
      default:
        event.stopPropagation();
    }
  };

  const errorId = `ws-num-error-${item.code}`;
  return (
    <span className="ws-number">
      <input
        ref={inputRef}
        className={`ws-number-input${error ? ' is-invalid' : ''}`}
        type="text"
        inputMode="decimal"
        tabIndex={-1}
        autoComplete="off"
        aria-label={`Jawaban ${LAYER_LABEL[layer]} butir ${item.code}`}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={!canEdit}
        value={text}
        placeholder={item.answerType === 'INDEKS' ? '0–4' : '0'}
        onChange={(event) => apply(event.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          // Leaving shows the stored value in its own form ("1.234" typed is 1234 stored).
          setFocused(false);
          setText(stored);
          setError(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <span id={errorId} className="ws-number-error" role="alert">
          {error} Tersimpan: {answer === undefined ? 'belum diisi' : answerText(answer)}. Perbaiki isian, atau Esc untuk kembali.
        </span>
      ) : null}
    </span>
  );
}
