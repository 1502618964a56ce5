import { Fragment, memo, useMemo } from 'react';
import { formatAngka } from '../../../../shared/format';
import { sameAnswer, type WorksheetItem } from '../../../../shared/worksheets';
import { ItemDetails } from './ItemDetails';
import { LAYER_LABEL, LAYERS, type Layer } from './model/answers';
import { groupFigures, type NodeFigures, type NodeRow, type ScoreIndex, type WorksheetTree } from './model/tree';
import { QuestionRow, type RowActions } from './QuestionRow';
import type { LocalState } from './useWorksheetEditor';
import type { api } from '../../api/client';

/** Which items the table shows. */
export const FILTERS = ['semua', 'belum', 'berbeda', 'catatan'] as const;
export type Filter = (typeof FILTERS)[number];
export const FILTER_LABEL: Readonly<Record<Filter, string>> = {
  semua: 'Semua',
  belum: 'Belum diisi',
  berbeda: 'Berbeda',
  catatan: 'Ada catatan',
};

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

/** Codes of the items a filter keeps (computed items follow their inputs). */
export function visibleItems(tree: WorksheetTree, local: LocalState, layer: Layer, filter: Filter): ReadonlySet<string> | null {
  if (filter === 'semua') return null;
  const keep = new Set<string>();
  for (const [code, item] of tree.items) {
    let shown: boolean;
    if (!item.editable) {
      shown = item.inputs.some((input) => matches(input));
    } else {
      shown = matches(code);
    }
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

/**
 * The LKE tree as one table: component → half → area → sub-area rows with weight, value and %
 * for the active layer, and the question rows under them. Rows are memoised; a keystroke
 * re-renders the changed question and the headings whose figures moved.
 */
export function WorksheetTable(props: WorksheetTableProps) {
  const { worksheetId, tree, index, local, items, layer, showTpn, canEdit, canEditEvidence, filter, expanded, noteFocus, actions } = props;
  const visible = useMemo(() => visibleItems(tree, local, layer, filter), [tree, local, layer, filter]);
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
    <div className="ws-table-wrap">
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
