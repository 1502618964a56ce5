import { Fragment, memo, useCallback, useMemo, useState, type FocusEvent } from 'react';
import { formatAngka } from '../../../../shared/format';
import { sameAnswer, type WorksheetItem } from '../../../../shared/worksheets';
import { ItemDetails } from './ItemDetails';
import { FILTER_LABEL, visibleItems, type Filter } from './model/filters';
import { LAYER_LABEL, LAYERS, type Layer } from './model/answers';
import { groupFigures, type NodeFigures, type NodeRow, type ScoreIndex, type WorksheetTree } from './model/tree';
import { QuestionRow, type RowActions } from './QuestionRow';
import type { LocalState } from './useWorksheetEditor';
import type { api } from '../../api/client';

interface WorksheetTableProps {
  worksheetId: string;
  tree: WorksheetTree;
  index: ScoreIndex;
  local: LocalState;
  items: Readonly<Record<string, WorksheetItem>>;
  layer: Layer;
  showTpn: boolean;
  canEdit: boolean;
  canEditEvidence: boolean;
  filter: Filter;
  expanded: ReadonlySet<string>;
  noteFocus: string | undefined;
  actions: RowActions;
  onNote(layer: Layer, code: string, note: string): void;
  onEvidence(run: () => ReturnType<typeof api.worksheets.removeEvidence>): Promise<string | undefined>;
  onCloseDetails(code: string): void;
}

function noteOf(local: LocalState, layer: Layer, code: string): string {
  return local.notes[layer][code] ?? '';
}

/**
 * The LKE tree as one table: component → half → area → sub-area rows with weight, value and %
 * for the active layer, and the question rows under them. Rows are memoised; a keystroke
 * re-renders the changed question and the headings whose figures moved.
 */
export function WorksheetTable(props: WorksheetTableProps) {
  const { worksheetId, tree, index, local, items, layer, showTpn, canEdit, canEditEvidence, filter, expanded, noteFocus, actions } = props;
  const pin = usePinnedItem();
  const visible = useMemo(() => visibleItems(tree, local, layer, filter, pin.code), [tree, local, layer, filter, pin.code]);
  const layers = showTpn ? LAYERS : LAYERS.filter((entry) => entry !== 'tpn');
  const columns = 4 + layers.length;

  const rows = [];
  let shownItems = 0;
  for (const row of tree.rows) {
    if (row.kind === 'node') {
      if (visible && !row.itemCodes.some((code) => visible.has(code))) continue;
      const figures = row.level === 'group' ? groupFigures(row, index) : index.nodes.get(row.code);
      const layerAnswers = local.answers[layer];
      let answered = 0;
      for (const code of row.entryCodes) if (layerAnswers[code] !== undefined) answered += 1;
      rows.push(
        <NodeRowView
          key={row.code}
          row={row}
          columns={layers.length}
          weight={figures?.weight ?? 0}
          value={figures?.value ?? 0}
          percent={figures?.percent ?? 0}
          answered={answered}
          total={row.entryCodes.length}
        />,
      );
      continue;
    }
    if (visible && !visible.has(row.code)) continue;
    shownItems += 1;
    const code = row.code;
    const unit = local.answers.unit[code];
    const tpi = local.answers.tpi[code];
    const stored = items[code];
    const carriedOver = stored !== undefined && stored.unit.carriedOver && sameAnswer(stored.unit.answer, unit);
    const isExpanded = expanded.has(code);
    const flags = index.flags.get(code);
    rows.push(
      <Fragment key={code}>
        <QuestionRow
          item={row}
          unit={unit}
          tpi={tpi}
          tpn={local.answers.tpn[code]}
          layer={layer}
          showTpn={showTpn}
          canEdit={canEdit}
          value={index.items.get(code) ?? null}
          figures={row.indicator ? index.nodes.get(code) : undefined}
          differs={row.editable && unit !== undefined && tpi !== undefined && !sameAnswer(unit, tpi)}
          hasNote={LAYERS.some((entry) => noteOf(local, entry, code) !== '')}
          carriedOver={carriedOver}
          evidenceCount={stored?.evidence.length ?? 0}
          flagText={flags ? flags.join(' ') : undefined}
          expanded={isExpanded}
          actions={actions}
        />
        {isExpanded ? (
          <ItemDetails
            worksheetId={worksheetId}
            item={row}
            stored={stored}
            layer={layer}
            notes={{ unit: noteOf(local, 'unit', code), tpi: noteOf(local, 'tpi', code), tpn: noteOf(local, 'tpn', code) }}
            canEditNote={canEdit}
            canEditEvidence={canEditEvidence}
            focusNote={noteFocus === code}
            columns={columns}
            onNote={props.onNote}
            onEvidence={props.onEvidence}
            onClose={props.onCloseDetails}
          />
        ) : null}
      </Fragment>,
    );
  }

  return (
    <div className="ws-table-wrap" onFocus={pin.onFocus} onBlur={pin.onBlur}>
      <table className="ws-table" aria-label="Lembar kerja evaluasi" aria-rowcount={-1}>
        <colgroup>
          <col className="ws-col-text" />
          {layers.map((entry) => (
            <col key={entry} className={entry === layer ? 'ws-col-answer-active' : 'ws-col-answer'} />
          ))}
          <col className="ws-col-num" />
          <col className="ws-col-num" />
          <col className="ws-col-pct" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Butir</th>
            {layers.map((entry) => (
              <th key={entry} scope="col" className={`ws-answer-head${entry === layer ? ' is-active' : ''}`}>
                {LAYER_LABEL[entry]}
              </th>
            ))}
            <th scope="col" className="num">
              Bobot
            </th>
            <th scope="col" className="num">
              Nilai
            </th>
            <th scope="col" className="num">
              %
            </th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {shownItems === 0 ? <p className="ws-empty">Tidak ada butir yang cocok dengan saringan “{FILTER_LABEL[filter]}”.</p> : null}
    </div>
  );
}

/** The item a focused element belongs to: its question row or its details row. */
function itemCodeOf(element: EventTarget | null): string | undefined {
  if (!(element instanceof Element)) return undefined;
  const row = element.closest<HTMLElement>('tr[data-code], tr[data-details-for]');
  return row?.dataset.code ?? row?.dataset.detailsFor;
}

/**
 * The item being edited: focus is in its row or its details. It stays pinned while the window
 * is in the background (focus has not left it) and is released when focus goes elsewhere.
 */
function usePinnedItem(): { code: string | undefined; onFocus(event: FocusEvent): void; onBlur(event: FocusEvent): void } {
  const [code, setCode] = useState<string | undefined>(undefined);
  const onFocus = useCallback((event: FocusEvent) => setCode(itemCodeOf(event.target)), []);
  const onBlur = useCallback((event: FocusEvent) => {
    const left = itemCodeOf(event.target);
    if (event.relatedTarget !== null) {
      if (itemCodeOf(event.relatedTarget) !== left) setCode((current) => (current === left ? undefined : current));
      return;
    }
    // No new target: the window went to the background (focus stays) or focus fell to the page.
    window.setTimeout(() => {
      if (itemCodeOf(document.activeElement) !== left) setCode((current) => (current === left ? undefined : current));
    }, 0);
  }, []);
  return { code, onFocus, onBlur };
}

interface NodeRowViewProps {
  row: NodeRow;
  columns: number;
  weight: number;
  value: number;
  percent: number;
  answered: number;
  total: number;
}

const LEVEL_LABEL: Record<NodeRow['level'], string> = {
  component: 'Komponen',
  half: 'Sub-komponen',
  area: 'Area',
  group: 'Kelompok',
  subArea: 'Sub-area',
  hasilSub: 'Sub-komponen',
};

/** A heading of the tree with its figures on the active layer. */
const NodeRowView = memo(function NodeRowView({ row, columns, weight, value, percent, answered, total }: NodeRowViewProps) {
  return (
    <tr className={`ws-node is-${row.level}`} data-node={row.code} aria-label={`${LEVEL_LABEL[row.level]} ${row.code} ${row.name}`}>
      <td className="ws-node-name">
        <span className="ws-code">{row.code}</span>
        {row.name}
        <span className={`ws-node-count${answered === total ? ' is-full' : ''}`}>
          {answered}/{total} terisi
        </span>
      </td>
      <td colSpan={columns} />
      <td className="num ws-weight">{formatAngka(weight)}</td>
      <td className="num ws-value" data-testid={`node-value-${row.code}`}>
        {formatAngka(value)}
      </td>
      <td className="num ws-percent">
        <PercentCell percent={percent} />
      </td>
    </tr>
  );
});

function PercentCell({ percent }: { percent: number }) {
  return <span>{formatAngka(percent)}</span>;
}

export type { NodeFigures };
