import type { Collection, Core } from 'cytoscape';

/** The closest a fit may zoom in: a few nodes should not fill the screen with giant labels. */
export const FIT_MAX_ZOOM = 1.6;

/** Height of the floating toolbar, kept free when fitting. */
const TOOLBAR_SPACE = 40;

/** Fits `eles` (everything visible by default) in view, never zooming in past FIT_MAX_ZOOM. */
export function fitView(cy: Core, eles?: Collection, padding = 40, animate = false): void {
  const target = eles && eles.nonempty() ? eles : cy.elements(':visible');
  if (target.empty()) return;
  const box = target.boundingBox({});
  const zoom = Math.min(
    FIT_MAX_ZOOM,
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding - TOOLBAR_SPACE) / Math.max(box.h, 1),
  );
  // The toolbar floats over the top of the canvas: centre the drawing in the space below it.
  const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 + TOOLBAR_SPACE / 2 - zoom * (box.y1 + box.h / 2) };
  if (animate) cy.animate({ zoom, pan }, { duration: 300 });
  else cy.viewport({ zoom, pan });
}
