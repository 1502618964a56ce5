/**
 * The points of a pledge template as the editor changes them: move a point up or down, insert an
 * empty one at any place, remove one. Pure functions returning a new list; the bounds are those of
 * `pledgeTemplateSchema` (at least one point, at most {@link MAX_TEMPLATE_POINTS}).
 */

/** Most points a pledge template may have (pledgeTemplateSchema). */
export const MAX_TEMPLATE_POINTS = 12;

/**
 * The list with the point at `index` moved by `delta` places; unchanged when it would leave the list.
 *
 * @example movePoint(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function movePoint(points: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= points.length || target < 0 || target >= points.length) return [...points];
  const next = [...points];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved ?? '');
  return next;
}

/**
 * The list with an empty point inserted at `index` (0 = first, `points.length` = last); unchanged
 * when the list is full.
 *
 * @example insertPoint(['a', 'b'], 1) // ['a', '', 'b']
 */
export function insertPoint(points: readonly string[], index: number): string[] {
  if (points.length >= MAX_TEMPLATE_POINTS) return [...points];
  const at = Math.min(Math.max(0, index), points.length);
  return [...points.slice(0, at), '', ...points.slice(at)];
}

/** The list without the point at `index`; the last point is never removed. */
export function removePoint(points: readonly string[], index: number): string[] {
  if (points.length <= 1) return [...points];
  return points.filter((_point, i) => i !== index);
}
