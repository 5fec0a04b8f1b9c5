import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { LINE_HEIGHT, MIN_LABEL_PX, TEXT_MARGIN_MODEL, labelClearancePx, pickLabels } from './semanticZoom';

/** Screen size of drawn labels: readable on a projector, and the floor the tests measure. */
export const LABEL_PX = 12;
/** Widest label line on screen before it wraps (two lines at most). */
export const LABEL_WIDTH_PX = 132;
/** Node data this hook writes; the element diff leaves them alone. */
export const DRAWING_DATA_KEYS: ReadonlySet<string> = new Set(['labelText', 'labelSize', 'labelWidth', 'labelLine', 'hoverSize', 'hoverWidth']);
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_PX_KEY = 'liaison.labelPx';

/**
 * Asks for labels of `px` on screen (null: back to LABEL_PX): presentation mode wants them readable
 * from the back of a room. Kept on the instance (scratch), so the hook needs no new prop.
 */
export function setLabelScreenPx(cy: Core, px: number | null): void {
  if (cy.destroyed()) return;
  cy.scratch(LABEL_PX_KEY, px);
  cy.emit('viewport');
}

/** Text width with the canvas' own font metrics, so chosen labels match what Cytoscape draws. */
function textMeasure(fontPx: number): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * fontPx * 0.6;
  context.font = `${fontPx}px ${FONT_FAMILY}`;
  return (text) => context.measureText(text).width;
}

/**
 * Semantic zoom on the live canvas: after every zoom, pan, layout or element change, picks which
 * nodes show their caption (most important in view first, no two labels overlapping, see
 * semanticZoom.ts) and sizes the label font so it is LABEL_PX on screen whatever the zoom. The
 * label text and size travel as node data read by the stylesheet (`node.labelled`), so the
 * stylesheet stays one constant.
 * Importance is the node's drawn size (the chosen size metric), else its degree.
 */
export function useSemanticLabels(cy: Core | null, trigger: unknown): void {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    let frame = 0;
    let measured = { px: LABEL_PX, measure: textMeasure(LABEL_PX) };
    let timer: ReturnType<typeof setTimeout> | undefined;

    const update = () => {
      if (cy.destroyed()) return;
      const zoom = cy.zoom();
      const labelPx = Number(cy.scratch(LABEL_PX_KEY)) || LABEL_PX;
      if (measured.px !== labelPx) measured = { px: labelPx, measure: textMeasure(labelPx) };
      const { measure } = measured;
      const viewport = { width: cy.width(), height: cy.height() };
      const candidates = cy
        .nodes()
        .filter((node: NodeSingular) => node.visible() && !node.hasClass('filtered') && !node.hasClass('dimmed') && !node.isParent())
        .map((node: NodeSingular) => {
          const position = node.renderedPosition();
          return {
            id: node.id(),
            x: position.x,
            y: position.y,
            radius: node.renderedOuterWidth() / 2,
            importance: Number(node.data('size') ?? 0) * 1000 + node.degree(false),
            caption: String(node.data('caption') ?? node.data('name') ?? node.id()),
          };
        });
      const placed = pickLabels(candidates, {
        viewport,
        fontPx: labelPx,
        measure,
        maxWidthPx: (LABEL_WIDTH_PX * labelPx) / LABEL_PX,
        maxLines: 2,
        gapPx: TEXT_MARGIN_MODEL * zoom,
        padPx: labelClearancePx(zoom),
      });
      const chosen = new Map(placed.map((label) => [label.id, label.lines.join('\n')]));
      // Model units: Cytoscape scales labels with the zoom, so divide to keep the on-screen size.
      const fontSize = Math.max(labelPx, MIN_LABEL_PX) / zoom;
      const maxWidth = ((LABEL_WIDTH_PX * labelPx) / LABEL_PX + 24) / zoom;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const text = chosen.get(node.id());
          if (text !== undefined) {
            if (node.data('labelText') !== text) node.data('labelText', text);
            node.data({ labelSize: fontSize, labelWidth: maxWidth, labelLine: LINE_HEIGHT });
            node.addClass('labelled');
          } else if (node.hasClass('labelled')) node.removeClass('labelled');
          // The hovered node shows its full name at the same readable size.
          node.data({ hoverSize: fontSize, hoverWidth: (2 * LABEL_WIDTH_PX) / zoom });
        });
      });
      const host = cy.container()?.closest('[data-testid=graph-canvas]');
      host?.setAttribute('data-labels', String(chosen.size));
      host?.setAttribute('data-labels-pending', 'false');
    };
    const schedule = () => {
      // Tests and scripts wait for "false": labels then match the positions on screen.
      if (!cy.destroyed()) cy.container()?.closest('[data-testid=graph-canvas]')?.setAttribute('data-labels-pending', 'true');
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      // Wait for a zoom gesture or a layout to settle: relabelling mid-gesture flickers.
      timer = setTimeout(() => (frame = requestAnimationFrame(update)), 120);
    };
    schedule();
    cy.on('viewport resize layoutstop add remove', schedule);
    cy.on('position', 'node', schedule);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      if (cy.destroyed()) return;
      cy.off('viewport resize layoutstop add remove', schedule);
      cy.off('position', 'node', schedule);
    };
  }, [cy, trigger]);
}
