import type { Answer, AnswerType } from '../../../../../shared/lke';

/**
 * The keyboard model of the worksheet table, kept pure so it can be tested without a DOM: an
 * inspector working through 127 items answers with one key per item and never reaches for the
 * mouse. The focused question row receives the key; this decides what it means.
 */
export type KeyAction =
  /** Store this answer in the active layer. */
  | { kind: 'answer'; answer: Answer }
  /** Remove the active layer's answer. */
  | { kind: 'clear' }
  /** Focus the previous (-1) or next (+1) question; `edge` jumps to the first/last. */
  | { kind: 'move'; delta: -1 | 1; edge?: boolean }
  /** Open the item's details with the note field focused. */
  | { kind: 'note' }
  /** Open or close the item's details (criteria, evidence, history). */
  | { kind: 'details' }
  /** Start typing a number into the active layer's input, with this first character. */
  | { kind: 'number'; text: string }
  /** Confirm an answer carried over from last year. */
  | { kind: 'confirm' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const LETTERS = {
  ABC: ['A', 'B', 'C'],
  ABCD: ['A', 'B', 'C', 'D'],
  ABCDE: ['A', 'B', 'C', 'D', 'E'],
} as const;

/**
 * What a key pressed on a focused question row does, or null when the row ignores it (the
 * browser then keeps its default). Letters are case-insensitive; Ctrl/Alt/Meta combinations are
 * left to the browser (copy, shortcuts). Y/T answer Ya/Tidak; A–E answer the letter items (a
 * letter outside the item's options is ignored); on count and index items every printable key but
 * K starts the number entry (which says why "-3" or "4,5" is refused).
 */
export function keyAction(input: KeyInput, answerType: AnswerType, editable: boolean): KeyAction | null {
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  switch (input.key) {
    case 'ArrowDown':
      return { kind: 'move', delta: 1 };
    case 'ArrowUp':
      return { kind: 'move', delta: -1 };
    case 'Tab':
      return { kind: 'move', delta: input.shiftKey ? -1 : 1 };
    case 'Home':
      return { kind: 'move', delta: -1, edge: true };
    case 'End':
      return { kind: 'move', delta: 1, edge: true };
    case 'Enter':
      return { kind: 'note' };
    case ' ':
      return { kind: 'details' };
    case 'Delete':
    case 'Backspace':
      return editable ? { kind: 'clear' } : null;
    default:
      break;
  }
  if (!editable || input.key.length !== 1) return null;
  const key = input.key.toUpperCase();
  switch (answerType) {
    case 'YA_TIDAK':
      if (key === 'Y') return { kind: 'answer', answer: { type: 'YA_TIDAK', value: 'Ya' } };
      if (key === 'T') return { kind: 'answer', answer: { type: 'YA_TIDAK', value: 'Tidak' } };
      break;
    case 'ABC':
    case 'ABCD':
    case 'ABCDE': {
      const letters: readonly string[] = LETTERS[answerType];
      const value = letters.find((letter) => letter === key);
      if (value !== undefined) return { kind: 'answer', answer: letterAnswer(answerType, value) };
      break;
    }
    case 'JUMLAH':
    case 'INDEKS':
      // Every printable key but K starts the entry, so "-3", "4,5" or "abc" show what was typed
      // and why it is refused, instead of dropping the keys the number rule does not accept.
      if (key !== 'K') return { kind: 'number', text: input.key };
      break;
    case 'PERSEN':
      break;
  }
  if (key === 'K') return { kind: 'confirm' };
  return null;
}

function letterAnswer(type: 'ABC' | 'ABCD' | 'ABCDE', letter: string): Answer {
  // The letter was checked against the type's own options just above.
  switch (type) {
    case 'ABC':
      return { type, value: letter as 'A' | 'B' | 'C' };
    case 'ABCD':
      return { type, value: letter as 'A' | 'B' | 'C' | 'D' };
    case 'ABCDE':
      return { type, value: letter as 'A' | 'B' | 'C' | 'D' | 'E' };
  }
}

/** The hint line under the toolbar. */
export const KEYBOARD_HINT =
  'A–E pilih jawaban · Y/T Ya/Tidak · angka untuk jumlah/indeks · ↑/↓ atau Tab pindah butir · ' +
  'Enter catatan · Spasi rincian · Del hapus jawaban · K konfirmasi jawaban tahun lalu';
