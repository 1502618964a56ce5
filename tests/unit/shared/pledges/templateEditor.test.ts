import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_POINTS, insertPoint, movePoint, removePoint } from '../../../../shared/pledges/templateEditor';

const POINTS = ['a', 'b', 'c'] as const;

describe('template points', () => {
  it.each<[string, number, -1 | 1, string[]]>([
    ['up from the middle', 1, -1, ['b', 'a', 'c']],
    ['down from the middle', 1, 1, ['a', 'c', 'b']],
    ['the last one up', 2, -1, ['a', 'c', 'b']],
    ['the first one down', 0, 1, ['b', 'a', 'c']],
    ['the first one up: unchanged', 0, -1, ['a', 'b', 'c']],
    ['the last one down: unchanged', 2, 1, ['a', 'b', 'c']],
    ['outside the list: unchanged', 5, -1, ['a', 'b', 'c']],
  ])('moves %s', (_case, index, delta, expected) => {
    expect(movePoint(POINTS, index, delta)).toEqual(expected);
  });

  it('moves a point and back to the same list, without changing the input', () => {
    const input = [...POINTS];
    expect(movePoint(movePoint(input, 0, 1), 1, -1)).toEqual(input);
    expect(input).toEqual(['a', 'b', 'c']);
  });

  it.each<[number, string[]]>([
    [0, ['', 'a', 'b', 'c']],
    [1, ['a', '', 'b', 'c']],
    [3, ['a', 'b', 'c', '']],
    [99, ['a', 'b', 'c', '']],
    [-1, ['', 'a', 'b', 'c']],
  ])('inserts an empty point at %i', (index, expected) => {
    expect(insertPoint(POINTS, index)).toEqual(expected);
  });

  it('inserts nothing into a full list', () => {
    const full = Array.from({ length: MAX_TEMPLATE_POINTS }, (_v, i) => `butir ${i + 1}`);
    expect(insertPoint(full, 0)).toEqual(full);
  });

  it('removes a point but never the last one', () => {
    expect(removePoint(POINTS, 1)).toEqual(['a', 'c']);
    expect(removePoint(['a'], 0)).toEqual(['a']);
  });
});
