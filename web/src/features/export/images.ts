import type { Core } from 'cytoscape';
import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';
import { datedName, download } from './download';

cytoscape.use(svg);

/** Scale of the PNG: 3 × the layout size, print quality for slides; capped to what browsers can paint. */
export const PNG_SCALE = 3;
const PNG_MAX_SIDE = 12_000;

/**
 * Runs `draw` with the picture as it should appear on a slide: no selection, no hover dimming,
 * and no label backgrounds for SVG (see the `.exporting` style). Restores everything after.
 */
async function asOnSlide<T>(cy: Core, svgSafe: boolean, draw: () => T | Promise<T>): Promise<T> {
  const selected = cy.$(':selected');
  const transient = cy.elements('.faded, .hovered');
  cy.batch(() => {
    selected.unselect();
    transient.removeClass('faded hovered');
    if (svgSafe) cy.elements().addClass('exporting');
  });
  try {
    return await draw();
  } finally {
    cy.batch(() => {
      cy.elements('.exporting').removeClass('exporting');
      selected.select();
    });
  }
}

/** The whole graph (not just the viewport) as a high-resolution PNG on white. */
export async function exportPng(cy: Core): Promise<void> {
  // Cytoscape ignores maxWidth/maxHeight when a scale is given, so the cap is applied here.
  const box = cy.elements(':visible').boundingBox({});
  const scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(1, box.w), PNG_MAX_SIDE / Math.max(1, box.h));
  const blob = await asOnSlide(cy, false, () => cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' }));
  download(blob, datedName('liaison', 'png'));
}

/** The whole graph as SVG (vector, editable in slide software), via cytoscape-svg. */
export async function exportSvg(cy: Core): Promise<void> {
  const text = await asOnSlide(cy, true, () => (cy as Core & { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' }));
  download(new Blob([text], { type: 'image/svg+xml' }), datedName('liaison', 'svg'));
}
