import { describe, expect, it } from 'vitest';
import { cloneDraft, deepFreeze } from '../../../../../electron/services/storage/document';

/** The draft an update changes: a deep, unfrozen copy that shares nothing with the snapshot. */
describe('cloneDraft', () => {
  it('copies a frozen tree of plain objects and arrays deeply, unfrozen and independent', () => {
    const snapshot = deepFreeze({ worksheet: { items: { 'A.I.1': { unit: { answer: { type: 'ABC', value: 'B' }, note: '' }, history: [{ kind: 'edit' }] } }, year: 2024, closed: null } });
    const draft = cloneDraft(snapshot);
    expect(draft).toEqual(snapshot);
    expect(Object.isFrozen(draft.worksheet.items['A.I.1']?.history)).toBe(false);
    const item = draft.worksheet.items['A.I.1'];
    if (!item) throw new Error('the item is copied');
    item.unit.note = 'diubah';
    item.history.push({ kind: 'confirm' });
    expect(snapshot.worksheet.items['A.I.1']?.unit.note).toBe('');
    expect(snapshot.worksheet.items['A.I.1']?.history).toHaveLength(1);
  });

  it('keeps an own "__proto__" key as a key, and copies dates and bytes', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "safe": 1}') as Record<string, unknown>;
    const copy = cloneDraft(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'safe']);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    const at = new Date('2026-01-02T03:04:05.000Z');
    const bytes = new Uint8Array([1, 2, 3]);
    const other = cloneDraft({ at, bytes });
    expect(other.at).toEqual(at);
    expect(other.at).not.toBe(at);
    expect(Array.from(other.bytes)).toEqual([1, 2, 3]);
    expect(other.bytes).not.toBe(bytes);
  });
});
