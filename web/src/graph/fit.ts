import type { Collection, Core, NodeCollection } from 'cytoscape';

/** The closest a fit may zoom in: a few nodes should not fill the screen with giant labels. */
export const FIT_MAX_ZOOM = 1.6;

/** Height of the floating toolbar, kept free when fitting even before it is measured. */
const TOOLBAR_SPACE = 40;

/** Space between a fitted drawing and an overlay it must not run under. */
const OVERLAY_MARGIN = 8;

/** Panels drawn over the canvas (toolbar, notice) mark themselves with this attribute. */
export const OVERLAY_ATTRIBUTE = 'data-canvas-overlay';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How much of the canvas's top and bottom edges overlays cover, in pixels. */
export interface Insets {
  top: number;
  bottom: number;
}

/**
 * The canvas's covered bands: an overlay in the upper half covers from the top down to its
 * bottom edge, one in the lower half from its top edge down to the bottom. Overlays that are not
 * drawn (no size) or lie outside the canvas count for nothing.
 */
export function overlayInsets(canvas: Rect, overlays: readonly Rect[]): Insets {
  const insets: Insets = { top: 0, bottom: 0 };
  const middle = (canvas.top + canvas.bottom) / 2;
  for (const overlay of overlays) {
    const drawn = overlay.right > overlay.left && overlay.bottom > overlay.top;
    const over = overlay.right > canvas.left && overlay.left < canvas.right && overlay.bottom > canvas.top && overlay.top < canvas.bottom;
    if (!drawn || !over) continue;
    if ((overlay.top + overlay.bottom) / 2 < middle) insets.top = Math.max(insets.top, overlay.bottom - canvas.top);
    else insets.bottom = Math.max(insets.bottom, canvas.bottom - overlay.top);
  }
  return insets;
}

/**
 * Zoom and pan that fit `box` (layout units) into a `width`×`height` canvas, `padding` pixels
 * from the edges and clear of the covered bands, never zooming in past FIT_MAX_ZOOM.
 */
export function fitViewport(
  box: { x1: number; y1: number; w: number; h: number },
  width: number,
  height: number,
  padding: number,
  insets: Insets,
): { zoom: number; pan: { x: number; y: number } } {
  const top = padding + Math.max(TOOLBAR_SPACE, insets.top ? insets.top + OVERLAY_MARGIN : 0);
  const bottom = padding + (insets.bottom ? insets.bottom + OVERLAY_MARGIN : 0);
  // A very tall notice must not squeeze the drawing to nothing: it keeps at least a third of the height.
  const room = Math.max(height / 3, height - top - bottom);
  const zoom = Math.min(FIT_MAX_ZOOM, (width - 2 * padding) / Math.max(box.w, 1), room / Math.max(box.h, 1));
  // Centred in the free band between the covered ones.
  const centre = Math.min(top + room / 2, height - room / 2);
  return { zoom, pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: centre - zoom * (box.y1 + box.h / 2) } };
}

/** The bands of the canvas that its overlays (toolbar, notice) cover right now. */
export function canvasInsets(cy: Core): Insets {
  const container = cy.container();
  const area = container?.closest('.canvas-area');
  if (!container || !area) return { top: 0, bottom: 0 };
  const overlays = Array.from(area.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`)).map((element) => element.getBoundingClientRect());
  return overlayInsets(container.getBoundingClientRect(), overlays);
}

/** Fits `eles` (everything visible by default) in view, clear of the overlays, never zooming in past FIT_MAX_ZOOM. */
export function fitView(cy: Core, eles?: Collection | NodeCollection, padding = 40, animate = false): void {
  const target = eles && eles.nonempty() ? eles : cy.elements(':visible');
  if (target.empty()) return;
  const { zoom, pan } = fitViewport(target.boundingBox({}), cy.width(), cy.height(), padding, canvasInsets(cy));
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}
