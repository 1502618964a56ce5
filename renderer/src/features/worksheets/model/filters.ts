import { sameAnswer } from '../../../../../shared/worksheets';
import { LAYERS, type Layer } from './answers';
import type { WorksheetTree } from './tree';
import type { LocalState } from '../useWorksheetEditor';

/** Which items the table shows. */
export const FILTERS = ['semua', 'belum', 'berbeda', 'catatan'] as const;
export type Filter = (typeof FILTERS)[number];
export const FILTER_LABEL: Readonly<Record<Filter, string>> = {
  semua: 'Semua',
  belum: 'Belum diisi',
  berbeda: 'Berbeda',
  catatan: 'Ada catatan',
};

function noteOf(local: LocalState, layer: Layer, code: string): string {
  return local.notes[layer][code] ?? '';
}

/**
 * Codes of the items a filter keeps (computed items follow their inputs), or null for "Semua".
 * `pinned` is the item being edited (focus in its row or its details): it stays whatever the
 * filter says until focus leaves it, so the rest of what is typed reaches it ("40", not "4").
 */
export function visibleItems(
  tree: WorksheetTree,
  local: LocalState,
  layer: Layer,
  filter: Filter,
  pinned?: string,
): ReadonlySet<string> | null {
  if (filter === 'semua') return null;
  const keep = new Set<string>();
  for (const [code, item] of tree.items) {
    const shown = code === pinned || (item.editable ? matches(code) : item.inputs.some((input) => matches(input)));
    if (shown) keep.add(code);
  }
  return keep;

  function matches(code: string): boolean {
    switch (filter) {
      case 'belum':
        return local.answers[layer][code] === undefined;
      case 'berbeda': {
        const unit = local.answers.unit[code];
        const tpi = local.answers.tpi[code];
        return unit !== undefined && tpi !== undefined && !sameAnswer(unit, tpi);
      }
      case 'catatan':
        return LAYERS.some((entry) => noteOf(local, entry, code) !== '');
      default:
        return true;
    }
  }
}
