import { describe, expect, it } from 'vitest';
import type { AnswerType } from '../../../../../shared/lke';
import { keyAction, type KeyAction, type KeyInput } from '../../../../../renderer/src/features/worksheets/model/keyboard';

/** One row per key rule of the worksheet table (renderer/src/features/worksheets/model/keyboard.ts). */
const rows: Array<[string, KeyInput, AnswerType, boolean, KeyAction | null]> = [
  ['Y answers Ya', { key: 'y' }, 'YA_TIDAK', true, { kind: 'answer', answer: { type: 'YA_TIDAK', value: 'Ya' } }],
  ['Shift+Y answers Ya', { key: 'Y', shiftKey: true }, 'YA_TIDAK', true, { kind: 'answer', answer: { type: 'YA_TIDAK', value: 'Ya' } }],
  ['T answers Tidak', { key: 't' }, 'YA_TIDAK', true, { kind: 'answer', answer: { type: 'YA_TIDAK', value: 'Tidak' } }],
  ['A on Ya/Tidak is ignored', { key: 'a' }, 'YA_TIDAK', true, null],
  ['C on A/B/C', { key: 'c' }, 'ABC', true, { kind: 'answer', answer: { type: 'ABC', value: 'C' } }],
  ['D on A/B/C is ignored', { key: 'd' }, 'ABC', true, null],
  ['D on A/B/C/D', { key: 'D' }, 'ABCD', true, { kind: 'answer', answer: { type: 'ABCD', value: 'D' } }],
  ['E on A–E', { key: 'e' }, 'ABCDE', true, { kind: 'answer', answer: { type: 'ABCDE', value: 'E' } }],
  ['E on A/B/C/D is ignored', { key: 'e' }, 'ABCD', true, null],
  ['Y on a letter item is ignored', { key: 'y' }, 'ABCDE', true, null],
  ['a digit starts a count', { key: '7' }, 'JUMLAH', true, { kind: 'number', text: '7' }],
  ['a comma starts a count (then refused with a message, never dropped)', { key: ',' }, 'JUMLAH', true, { kind: 'number', text: ',' }],
  ['a minus starts a count (then refused with a message)', { key: '-' }, 'JUMLAH', true, { kind: 'number', text: '-' }],
  ['a letter starts a count as typed (then refused with a message)', { key: 'x' }, 'JUMLAH', true, { kind: 'number', text: 'x' }],
  ['a minus starts an index', { key: '-' }, 'INDEKS', true, { kind: 'number', text: '-' }],
  ['K on a count is still the carried-over confirmation', { key: 'k' }, 'JUMLAH', true, { kind: 'confirm' }],
  ['Space on a count opens the details', { key: ' ' }, 'JUMLAH', true, { kind: 'details' }],
  ['a comma starts an index', { key: ',' }, 'INDEKS', true, { kind: 'number', text: ',' }],
  ['a digit on a letter item is ignored', { key: '3' }, 'ABC', true, null],
  ['↓ moves down', { key: 'ArrowDown' }, 'ABC', true, { kind: 'move', delta: 1 }],
  ['↑ moves up', { key: 'ArrowUp' }, 'ABC', true, { kind: 'move', delta: -1 }],
  ['Tab moves down', { key: 'Tab' }, 'ABC', true, { kind: 'move', delta: 1 }],
  ['Shift+Tab moves up', { key: 'Tab', shiftKey: true }, 'ABC', true, { kind: 'move', delta: -1 }],
  ['Home jumps to the first', { key: 'Home' }, 'ABC', true, { kind: 'move', delta: -1, edge: true }],
  ['End jumps to the last', { key: 'End' }, 'ABC', true, { kind: 'move', delta: 1, edge: true }],
  ['Enter opens the note', { key: 'Enter' }, 'ABC', true, { kind: 'note' }],
  ['Space opens the details', { key: ' ' }, 'ABC', true, { kind: 'details' }],
  ['Delete clears', { key: 'Delete' }, 'ABCD', true, { kind: 'clear' }],
  ['Backspace clears', { key: 'Backspace' }, 'JUMLAH', true, { kind: 'clear' }],
  ['K confirms a carried-over answer', { key: 'k' }, 'ABC', true, { kind: 'confirm' }],
  ['Ctrl+C is left to the browser', { key: 'c', ctrlKey: true }, 'ABC', true, null],
  ['computed items take no answer', { key: 'a' }, 'PERSEN', false, null],
  ['computed items cannot be cleared', { key: 'Delete' }, 'PERSEN', false, null],
  ['computed items still move', { key: 'ArrowDown' }, 'PERSEN', false, { kind: 'move', delta: 1 }],
];

describe('keyAction', () => {
  it.each(rows)('%s', (_name, input, type, editable, expected) => {
    expect(keyAction(input, type, editable)).toEqual(expected);
  });
});
