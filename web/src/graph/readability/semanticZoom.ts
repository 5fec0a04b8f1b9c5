import { wrapCaption } from './captionWrap';

/** A node as drawn now, in screen pixels. */
export interface LabelCandidate {
  id: string;
  /** Centre on screen. */
  x: number;
  y: number;
  /** Half the drawn node size on screen. */
  radius: number;
  /** Higher first: degree or the chosen metric. */
  importance: number;
  caption: string;
}

export interface LabelOptions {
  viewport: { width: number; height: number };
  /** Font size on screen; never below MIN_LABEL_PX. */
  fontPx: number;
  /** Width of a text at fontPx, in pixels (canvas measureText in the browser). */
  measure: (text: string) => number;
  /** Widest label line on screen. */
  maxWidthPx: number;
  maxLines?: number;
  /** Gap between a node and its label, and around labels. */
  gapPx?: number;
  /** Clear space kept around every label, so the drawn text (with its background) never touches another. */
  padPx?: number;
  /** Labels drawn at most, however many fit (keeps the picture calm on a projector). */
  maxLabels?: number;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  box: Box;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The smallest label worth drawing: below this a projector audience cannot read it. */
export const MIN_LABEL_PX = 11;
export const LINE_HEIGHT = 1.25;
/** The stylesheet's `text-margin-y` (model units): how far below its node a caption starts. */
export const TEXT_MARGIN_MODEL = 3;
/** The stylesheet's `text-background-padding` of node captions (model units). */
export const LABEL_BACKGROUND_PADDING_MODEL = 1;
/**
 * How much Cytoscape grows a label's box on each side, in model units: the background padding and
 * the renderer's fixed margin of error (2, `marginOfError` in Cytoscape's bounds code).
 */
const LABEL_BOX_GROWTH_MODEL = LABEL_BACKGROUND_PADDING_MODEL + 2;

/**
 * Clear space between two chosen labels' measured text, in screen pixels. Cytoscape's label boxes
 * grow by LABEL_BOX_GROWTH_MODEL model units a side, which on screen scales with the zoom: a fixed
 * screen margin let zoomed-in labels touch. Four more pixels absorb font-measure drift.
 */
export function labelClearancePx(zoom: number): number {
  return Math.max(8, 2 * LABEL_BOX_GROWTH_MODEL * zoom + 4);
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (box: Box, viewport: LabelOptions['viewport']) => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= viewport.width && box.y2 <= viewport.height;

/** The screen box of a node's label, centred under the node. */
export function labelBox(node: LabelCandidate, lines: string[], options: LabelOptions): Box {
  const width = Math.max(...lines.map((line) => options.measure(line)));
  const top = node.y + node.radius + (options.gapPx ?? 2);
  return { x1: node.x - width / 2, y1: top, x2: node.x + width / 2, y2: top + lines.length * options.fontPx * LINE_HEIGHT };
}

/**
 * Semantic zoom: which nodes get a label at this zoom. The most important nodes in view come first;
 * a label is drawn only where it overlaps no label already placed and no labelled node, and stays
 * inside the viewport. Zooming in spreads nodes apart, so more labels fit: the picture gains detail
 * as the user zooms, and never draws text smaller than MIN_LABEL_PX.
 */
export function pickLabels(nodes: LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const fontPx = Math.max(options.fontPx, MIN_LABEL_PX);
  const settings = { ...options, fontPx };
  const pad = options.padPx ?? 4;
  const ranked = [...nodes].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  const placed: PlacedLabel[] = [];
  const occupied: Box[] = [];
  for (const node of ranked) {
    if (placed.length >= (options.maxLabels ?? Infinity)) break;
    const disc = { x1: node.x - node.radius, y1: node.y - node.radius, x2: node.x + node.radius, y2: node.y + node.radius };
    if (!inside(disc, options.viewport)) continue;
    const lines = wrapCaption(node.caption, options.maxWidthPx, options.maxLines ?? 2, options.measure);
    const box = labelBox(node, lines, settings);
    const padded = { x1: box.x1 - pad, y1: box.y1 - pad, x2: box.x2 + pad, y2: box.y2 + pad };
    if (!inside(box, options.viewport) || occupied.some((other) => overlaps(padded, other))) continue;
    // A later label must not cover this node either.
    if (placed.some((label) => overlaps(disc, label.box))) continue;
    placed.push({ id: node.id, lines, box });
    occupied.push(box, disc);
  }
  return placed;
}
