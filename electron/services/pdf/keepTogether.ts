import type { Node, NodeQueries } from 'pdfmake/interfaces';
import type { DocumentFont } from '../../../shared/documents/page';

/**
 * Keep-together rule of the report documents (LHE, recap): a heading never ends a page without
 * at least two lines of what follows it.
 *
 * pdfmake's `pageBreakBefore` sees each node's first position once a layout is done; a heading
 * (marked with `headlineLevel`) moves to the next page when nothing follows it on its page, or
 * when less room is left below its top than `keepHeight` points (the heading and two lines of
 * body). pdfmake then lays the document out again, so the cost is one pass per heading that moves.
 */
export interface KeepHeadingOptions {
  /** The `headlineLevel` that marks the headings. */
  level: number;
  /** Room a heading needs below its top: its own height and two lines of what follows. */
  keepHeight: number;
  /** Nodes that don't count as what follows (the page footer's). */
  ignore?: (node: Node) => boolean;
  /** A further reason to move a heading (e.g. its table's first row is not on its page). */
  alsoWhen?: (node: Node, following: Node[]) => boolean;
}

/** The room left on the page below a node's top, in points. */
export function roomBelow(node: Node): number {
  const start = node.startPosition;
  return start.pageInnerHeight * (1 - start.verticalRatio);
}

/** pdfmake `pageBreakBefore` that keeps headings with the two lines after them. */
export function keepHeadingsWithNext(options: KeepHeadingOptions): (node: Node, queries: NodeQueries) => boolean {
  return (node, queries) => {
    if (node.headlineLevel !== options.level) return false;
    // A heading at the top of its page already has the whole page below it.
    if (node.startPosition.verticalRatio <= 0.001) return false;
    const ignore = options.ignore;
    const following = queries.getFollowingNodesOnPage().filter((next) => ignore === undefined || !ignore(next));
    if (following.length === 0) return true;
    if (roomBelow(node) < options.keepHeight) return true;
    return options.alsoWhen?.(node, following) ?? false;
  };
}

/** The height of `lines` lines of text at `fontSize` with pdfmake's `lineHeight` factor. */
export function linesHeight(lines: number, fontSize: number, lineHeight: number): number {
  return lines * fontSize * lineHeight;
}

/**
 * Height of a line of each document family as a multiple of its type size (ascender, descender
 * and line gap, the way pdfmake spaces lines), regular and bold: TeX Gyre Bonum sets lines
 * further apart than Arimo.
 */
const FAMILY_LINE: Record<DocumentFont, { regular: number; bold: number }> = {
  Arimo: { regular: 1.15, bold: 1.15 },
  Bonum: { regular: 1.337, bold: 1.459 },
};

/**
 * Room a bold heading needs below its top to keep two lines of body text on its page: the space
 * around it (`margins`, top and bottom), its own line and two body lines, at `sizePt` with
 * pdfmake's `lineHeight` factor in `font`.
 */
export function headingKeepHeight(font: DocumentFont, sizePt: number, lineHeight: number, margins: number): number {
  const line = FAMILY_LINE[font];
  return margins + sizePt * lineHeight * (line.bold + 2 * line.regular) + 2;
}
