import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { fitView } from './fit';
import type { CanvasHighlight } from './GraphCanvas';

function mark(cy: Core, className: string, ids: Iterable<string>): void {
  cy.elements(`.${className}`).removeClass(className);
  for (const id of ids) cy.getElementById(id).addClass(className);
}

/**
 * Mirrors app state onto Cytoscape classes (filtered, highlighted, focused, pinned). Classes, not
 * new stylesheets or elements: the stylesheet stays one constant and elements are untouched.
 * `version` changes whenever elements were added, so new elements get their classes too.
 */
export function useClasses(
  cy: Core | null,
  version: unknown,
  state: { hidden: ReadonlySet<string>; highlight: CanvasHighlight | null; focusId: string | null; pinned: string[] },
): void {
  const { hidden, highlight, focusId, pinned } = state;
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => mark(cy, 'filtered', hidden));
    const host = cy.container()?.closest('[data-testid=graph-canvas]');
    host?.setAttribute('data-visible-nodes', String(cy.nodes().not('.filtered').length));
    host?.setAttribute('data-visible-edges', String(cy.edges().not('.filtered').length));
  }, [cy, version, hidden]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => {
      mark(cy, 'highlighted', highlight ? [...highlight.nodes, ...highlight.edges] : []);
      // Everything else steps back, so a path reads at once even in a dense picture.
      cy.elements('.dimmed').removeClass('dimmed');
      if (highlight) cy.elements().not('.highlighted').addClass('dimmed');
    });
    const host = cy.container()?.closest('[data-testid=graph-canvas]');
    host?.setAttribute('data-highlighted', String(cy.elements('.highlighted').length));
  }, [cy, version, highlight]);

  // Frame a new highlight (not on every element change, which would fight the user's zoom).
  useEffect(() => {
    if (!cy || cy.destroyed() || !highlight) return;
    const lit = cy.elements('.highlighted');
    if (lit.nonempty()) fitView(cy, lit, 80, true);
  }, [cy, highlight]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => mark(cy, 'focused', focusId ? [focusId] : []));
  }, [cy, version, focusId]);

  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const wanted = new Set(pinned);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const pin = wanted.has(node.id());
        if (pin && !node.locked()) node.lock().addClass('pinned');
        if (!pin && node.locked()) node.unlock().removeClass('pinned');
      });
    });
  }, [cy, version, pinned]);
}
