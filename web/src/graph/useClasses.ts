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
  state: {
    hidden: ReadonlySet<string>;
    highlight: CanvasHighlight | null;
    focusId: string | null;
    pinned: string[];
    changes: ReadonlyMap<string, string> | null;
  },
): void {
  const { hidden, highlight, focusId, pinned, changes } = state;
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
    // A gathered neighbourhood is framed by useGather once it has moved.
    if (!cy || cy.destroyed() || !highlight || highlight.centre) return;
    const lit = cy.elements('.highlighted');
    if (lit.nonempty()) fitView(cy, lit, 80, true);
  }, [cy, highlight]);

  // Comparison of two years: added and gone elements carry their class; the counts published are
  // those drawn (not filtered), which the legend and the browser tests read.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const of = (change: string) => (changes ? [...changes].filter(([, state]) => state === change).map(([id]) => id) : []);
    cy.batch(() => {
      mark(cy, 'time-added', of('added'));
      mark(cy, 'time-removed', of('removed'));
      // Unchanged elements step back, so what changed reads at once.
      mark(cy, 'time-same', of('same'));
    });
    const host = cy.container()?.closest('[data-testid=graph-canvas]');
    if (!host) return;
    if (!changes) {
      host.removeAttribute('data-compare-added');
      host.removeAttribute('data-compare-removed');
      return;
    }
    host.setAttribute('data-compare-added', String(cy.elements('.time-added').not('.filtered').length));
    host.setAttribute('data-compare-removed', String(cy.elements('.time-removed').not('.filtered').length));
  }, [cy, version, changes, hidden]);

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
