import {
  indicatorMultiplier,
  walkScore,
  walkTemplate,
  type AnswerType,
  type Indicator,
  type Option,
  type Question,
  type Template,
  type WorksheetScore,
} from '../../../../../shared/lke';

/**
 * The worksheet screen's view of an LKE template: one flat list of rows in template order
 * (half → area → sub-area → question, then Hasil → sub-component → indicator), built once per
 * template. Flat rows keep the table a single keyed list, so a keystroke re-renders only the rows
 * whose props changed.
 */

/** A heading row of the tree: any node that has a weight, a value and a percentage. */
export interface NodeRow {
  kind: 'node';
  level: 'component' | 'half' | 'area' | 'group' | 'subArea' | 'hasilSub';
  code: string;
  name: string;
  /** Null for display-only groups (Pengawasan Reform iii) that carry no weight of their own. */
  weight: number | null;
  /** Codes of the items below this node (for filters). */
  itemCodes: readonly string[];
  /** The items below it that a person fills in (for the "n/m terisi" count). */
  entryCodes: readonly string[];
  /** Groups only: the sub-areas they gather (their figures are summed). */
  subAreaCodes: readonly string[];
}

/** An answerable or computed item. */
export interface ItemRow {
  kind: 'item';
  code: string;
  text: string;
  criteria: string;
  answerType: AnswerType;
  /** Choice items: the regulation's options in display order. */
  options: readonly Option[];
  /** INDEKS items: the top of the scale (4). */
  indexMax: number | null;
  /** PERSEN items: the JUMLAH inputs that feed it. */
  inputs: readonly string[];
  /** A Hasil indicator (IPAK, capaian kinerja, IPKP) rather than a Pengungkit question. */
  indicator: { shortName: string; weight: number } | null;
  /** Code of the sub-area or Hasil sub-component above it. */
  parentCode: string;
  /** Codes of every node above it. */
  ancestors: readonly string[];
  /** A person fills it in (false for computed percentages). */
  editable: boolean;
}

export type TreeRow = NodeRow | ItemRow;

/** The rows of a template plus the editable items in order (keyboard navigation). */
export interface WorksheetTree {
  rows: readonly TreeRow[];
  items: ReadonlyMap<string, ItemRow>;
  /** Codes of the items a person fills in, in display order (127 for the 2024 template). */
  editableCodes: readonly string[];
}

/** The row of a question or an indicator: what both show, plus what differs (`rest`). */
function itemRow(
  item: Question | Indicator,
  rest: Pick<ItemRow, 'inputs' | 'indicator' | 'parentCode' | 'ancestors' | 'editable'>,
): ItemRow {
  return {
    kind: 'item',
    code: item.code,
    text: item.text,
    criteria: item.criteria,
    answerType: item.answerType,
    options: 'options' in item ? item.options : [],
    indexMax: item.answerType === 'INDEKS' ? item.indexMax : null,
    ...rest,
  };
}

const treeCache = new WeakMap<Template, WorksheetTree>();

/** Builds (once per template object) the flat row list of the worksheet table. */
export function buildTree(template: Template): WorksheetTree {
  const cached = treeCache.get(template);
  if (cached) return cached;
  const rows: TreeRow[] = [];
  const items = new Map<string, ItemRow>();
  const editableCodes: string[] = [];

  /** Adds a node row whose itemCodes are filled in as its items are added. */
  let groupSubAreas: string[] = [];
  const entries = new Map<string[], string[]>();
  const openNode = (level: NodeRow['level'], code: string, name: string, weight: number | null): string[] => {
    const codes: string[] = [];
    const entryCodes: string[] = [];
    const subAreaCodes: string[] = [];
    entries.set(codes, entryCodes);
    if (level === 'group') groupSubAreas = subAreaCodes;
    rows.push({ kind: 'node', level, code, name, weight, itemCodes: codes, entryCodes, subAreaCodes });
    return codes;
  };
  const addItem = (item: ItemRow, collectors: string[][]): void => {
    rows.push(item);
    items.set(item.code, item);
    if (item.editable) editableCodes.push(item.code);
    for (const codes of collectors) {
      codes.push(item.code);
      if (item.editable) entries.get(codes)?.push(item.code);
    }
  };

  // The open headings of the node being visited: their code lists collect the items below them.
  let componentCodes: string[] = [];
  let halfCodes: string[] = [];
  let areaCodes: string[] = [];
  let groupCode: string | undefined;
  let groupCodes: string[] = [];
  let ancestors: string[] = [];
  let collectors: string[][] = [];
  for (const entry of walkTemplate(template)) {
    switch (entry.kind) {
      case 'component':
        componentCodes = openNode('component', entry.node.code, entry.node.name, entry.node.weight);
        break;
      case 'half':
        halfCodes = openNode('half', entry.node.code, entry.node.name, entry.node.weight);
        break;
      case 'area':
        areaCodes = openNode('area', entry.node.code, entry.node.name, entry.node.weight);
        groupCode = undefined;
        groupCodes = [];
        break;
      case 'subArea': {
        const { subArea, area, half, component } = entry;
        if (subArea.group && subArea.group.code !== groupCode) {
          groupCode = subArea.group.code;
          groupCodes = openNode('group', subArea.group.code, subArea.group.name, null);
        } else if (!subArea.group) {
          groupCode = undefined;
          groupCodes = [];
        }
        if (groupCode) groupSubAreas.push(subArea.code);
        const subCodes = openNode('subArea', subArea.code, subArea.name, subArea.weight);
        ancestors = [component.code, half.code, area.code, ...(groupCode ? [groupCode] : []), subArea.code];
        collectors = [componentCodes, halfCodes, areaCodes, ...(groupCode ? [groupCodes] : []), subCodes];
        break;
      }
      case 'question': {
        const question = entry.node;
        const computed = question.answerType === 'PERSEN';
        addItem(
          itemRow(question, {
            inputs: computed ? question.inputs : [],
            indicator: null,
            parentCode: entry.subArea.code,
            ancestors,
            editable: !computed,
          }),
          collectors,
        );
        break;
      }
      case 'subComponent': {
        const sub = entry.node;
        const subCodes = openNode('hasilSub', sub.code, sub.name, sub.weight);
        ancestors = [entry.component.code, sub.code];
        collectors = [componentCodes, subCodes];
        break;
      }
      case 'indicator': {
        const indicator = entry.node;
        addItem(
          itemRow(indicator, {
            inputs: [],
            indicator: { shortName: indicator.shortName, weight: indicator.weight },
            parentCode: entry.subComponent.code,
            ancestors,
            editable: true,
          }),
          collectors,
        );
        break;
      }
    }
  }
  const tree: WorksheetTree = { rows, items, editableCodes };
  treeCache.set(template, tree);
  return tree;
}

/** Weight, value and percentage of one node (or indicator) for the layer on screen. */
export interface NodeFigures {
  weight: number;
  value: number;
  percent: number;
  answered: number;
  total: number;
}

/** Score results flattened by code for the table. */
export interface ScoreIndex {
  nodes: ReadonlyMap<string, NodeFigures>;
  /**
   * Pengungkit items: the 0–1 multiplier (null when unanswered); JUMLAH: the count.
   * Indicators: the 0–1 multiplier as well (points are in `nodes`).
   */
  items: ReadonlyMap<string, number | null>;
  /** Items with a flag (zero denominator, incomplete inputs…): the messages. */
  flags: ReadonlyMap<string, readonly string[]>;
}

function figures(node: { weight: number; value: number; percent: number; completeness: { answered: number; total: number; inputsAnswered: number; inputsTotal: number } }): NodeFigures {
  return {
    weight: node.weight,
    value: node.value,
    percent: node.percent,
    answered: node.completeness.answered + node.completeness.inputsAnswered,
    total: node.completeness.total + node.completeness.inputsTotal,
  };
}

/** Indexes a score tree by code: every node's figures and every item's value. */
export function indexScore(score: WorksheetScore): ScoreIndex {
  const nodes = new Map<string, NodeFigures>();
  const items = new Map<string, number | null>();
  const flags = new Map<string, string[]>();
  const addFlags = (list: readonly { itemCode: string; message: string }[]): void => {
    for (const flag of list) {
      const existing = flags.get(flag.itemCode);
      if (existing) existing.push(flag.message);
      else flags.set(flag.itemCode, [flag.message]);
    }
  };
  walkScore(score, (entry) => {
    if (entry.kind === 'node') {
      nodes.set(entry.node.code, figures(entry.node));
    } else if (entry.kind === 'item') {
      const { item } = entry;
      items.set(item.code, item.answered ? item.value : null);
      if (item.flags.length > 0) addFlags(item.flags);
    } else {
      const { indicator } = entry;
      nodes.set(indicator.code, figures(indicator));
      items.set(indicator.code, indicatorMultiplier(indicator));
      if (indicator.flags.length > 0) addFlags(indicator.flags);
    }
  });
  return { nodes, items, flags };
}

/**
 * Figures of a display-only group (no weight in the template): the sum of its sub-areas, so
 * "Pengawasan Reform iii" shows LHKPN + non-LHKPN together.
 */
export function groupFigures(row: NodeRow, index: ScoreIndex): NodeFigures | undefined {
  let weight = 0;
  let value = 0;
  let answered = 0;
  let total = 0;
  for (const code of row.subAreaCodes) {
    const sub = index.nodes.get(code);
    if (!sub) return undefined;
    weight += sub.weight;
    value += sub.value;
    answered += sub.answered;
    total += sub.total;
  }
  if (row.subAreaCodes.length === 0) return undefined;
  return { weight, value, percent: weight > 0 ? (value / weight) * 100 : 0, answered, total };
}
