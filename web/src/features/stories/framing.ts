/** Where a presentation puts a step: the box its nodes take and the viewport that shows it with margins. */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room around a node's centre that its disc and label take, in layout units (before zoom). */
const NODE_ROOM = 24;

/** The box around the places the step's nodes go to (the flight has not ended when framing starts). */
export function boxOf(points: { x: number; y: number }[]): Box {
  if (points.length === 0) return { x1: -1, y1: -1, x2: 1, y2: 1 };
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { x1: Math.min(...xs) - NODE_ROOM, y1: Math.min(...ys) - NODE_ROOM, x2: Math.max(...xs) + NODE_ROOM, y2: Math.max(...ys) + NODE_ROOM };
}

/**
 * The viewport that fits `box` in a `width` × `height` canvas with margins, leaving `bottomPx` free
 * for the caption. The zoom is bounded (a single node should not fill the wall); labels keep their
 * on-screen size whatever the zoom.
 */
export function framingOf(box: Box, width: number, height: number, bottomPx: number): { zoom: number; pan: { x: number; y: number } } {
  const margin = Math.max(40, Math.min(width, height) * 0.08);
  const w = Math.max(1, box.x2 - box.x1);
  const h = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(2.5, Math.max(1, width - 2 * margin) / w, Math.max(1, height - bottomPx - 2 * margin) / h);
  return { zoom, pan: { x: width / 2 - zoom * (box.x1 + w / 2), y: (height - bottomPx) / 2 - zoom * (box.y1 + h / 2) } };
}
