import { describe, expect, it } from 'vitest';
import {
  addToast,
  dismissToast,
  expireToasts,
  MAX_VISIBLE_TOASTS,
  nextExpiry,
  TOAST_DURATION_MS,
  visibleToasts,
  type ToastEntry,
  type ToastGroup,
  type ToastNotice,
} from '../../../../renderer/src/components/toasts';

const UNIT_ADDED: ToastGroup = { key: 'unit-ditambahkan', summary: (count) => `${count} unit kerja ditambahkan.` };

/** Adds the notices one millisecond apart, ids 1, 2, 3 … */
function run(notices: readonly ToastNotice[], start: readonly ToastEntry[] = []): ToastEntry[] {
  return notices.reduce<ToastEntry[]>((list, notice, index) => addToast(list, notice, 100 + index, 1000 + index), [...start]);
}

const success = (message: string, group?: ToastGroup): ToastNotice => ({ kind: 'success', message, group });
const error = (message: string): ToastNotice => ({ kind: 'error', message });

describe('toasts', () => {
  it('groups twelve "Unit kerja … ditambahkan." into one line with the count', () => {
    const list = run(Array.from({ length: 12 }, (_, index) => success(`Unit kerja Fiktif ${index + 1} ditambahkan.`, UNIT_ADDED)));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 100, count: 12, message: '12 unit kerja ditambahkan.', kind: 'success' });
  });

  it.each([
    ['one notice keeps its own message', [success('Unit kerja A ditambahkan.', UNIT_ADDED)], ['Unit kerja A ditambahkan.']],
    ['the same message twice counts without a group', [success('Logo disimpan.'), success('Logo disimpan.')], ['Logo disimpan. (2×)']],
    ['different messages stay apart', [success('Logo disimpan.'), success('Logo dihapus.')], ['Logo disimpan.', 'Logo dihapus.']],
    ['the same text as error and success stays apart', [success('Gagal?'), error('Gagal?')], ['Gagal?', 'Gagal?']],
    [
      'a repeat moves its line last',
      [success('A ditambahkan.', UNIT_ADDED), success('Logo disimpan.'), success('B ditambahkan.', UNIT_ADDED)],
      ['Logo disimpan.', '2 unit kerja ditambahkan.'],
    ],
  ] as const)('%s', (_name, notices, messages) => {
    expect(run(notices).map((entry) => entry.message)).toEqual(messages);
  });

  it(`keeps at most ${MAX_VISIBLE_TOASTS}: the oldest confirmation gives way`, () => {
    const list = run([success('1'), success('2'), success('3'), success('4'), success('5')]);
    expect(list.map((entry) => entry.message)).toEqual(['3', '4', '5']);
  });

  it('never drops an error to make room; a new confirmation pushes out an older one instead', () => {
    const list = run([error('E1'), success('S1'), error('E2'), success('S2')]);
    expect(list.map((entry) => entry.message)).toEqual(['E1', 'E2', 'S2']);
  });

  it('errors past the limit wait behind the three on screen until one is closed', () => {
    const list = run([error('E1'), error('E2'), error('E3'), error('E4')]);
    expect(list).toHaveLength(4);
    const visible = visibleToasts(list);
    expect(visible.shown.map((entry) => entry.message)).toEqual(['E2', 'E3', 'E4']);
    expect(visible.waiting).toBe(1);
    const after = dismissToast(list, visible.shown[2]?.id ?? -1);
    expect(visibleToasts(after)).toEqual({ shown: after, waiting: 0 });
    expect(after.map((entry) => entry.message)).toEqual(['E1', 'E2', 'E3']);
  });

  it('confirmations expire after their time, errors stay until dismissed', () => {
    const list = run([error('E'), success('S')]);
    const due = 1001 + TOAST_DURATION_MS.success;
    expect(nextExpiry(list)).toBe(due);
    expect(expireToasts(list, due - 1).map((entry) => entry.message)).toEqual(['E', 'S']);
    const later = expireToasts(list, due + 60 * 60 * 1000);
    expect(later.map((entry) => entry.message)).toEqual(['E']);
    expect(nextExpiry(later)).toBeNull();
    expect(dismissToast(later, later[0]?.id ?? -1)).toEqual([]);
  });

  it('a repeat restarts the time of its line', () => {
    const first = addToast([], success('A', UNIT_ADDED), 1, 0);
    const second = addToast(first, success('B', UNIT_ADDED), 2, 5000);
    expect(second[0]?.expiresAt).toBe(5000 + TOAST_DURATION_MS.success);
    expect(expireToasts(second, 6500)).toHaveLength(1);
  });
});
