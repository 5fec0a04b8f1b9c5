import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import type { CanvasTarget, CanvasSelection } from './GraphCanvas';
import { useLatest } from './useLatest';

export interface GraphEventHandlers {
  onFocus(target: CanvasTarget | null): void;
  onSelection(selection: CanvasSelection): void;
  /** A node was dragged somewhere else. */
  onDragged(): void;
}

/**
 * Attaches the canvas handlers once per Cytoscape instance and removes them with it. Handlers call
 * the latest props when they fire, so they never hold stale ones and never need re-binding, which
 * is how react-cytoscapejs users usually end up with piles of duplicate handlers.
 */
export function useGraphEvents(cy: Core | null, handlers: GraphEventHandlers): void {
  const latest = useLatest(handlers);
  useEffect(() => {
    if (!cy) return;

    const hoverNode = (event: EventObject) => {
      const node = event.target;
      const near = node.closedNeighborhood();
      cy.batch(() => {
        cy.elements().not(near).addClass('faded');
        node.addClass('hovered');
        near.edges().addClass('hovered');
      });
    };
    const leave = () => {
      cy.batch(() => {
        cy.elements('.faded').removeClass('faded');
        cy.elements('.hovered').removeClass('hovered');
      });
    };
    const hoverEdge = (event: EventObject) => {
      event.target.addClass('hovered');
    };
    const tapNode = (event: EventObject) => latest.current.onFocus({ kind: 'node', id: event.target.id() });
    const tapEdge = (event: EventObject) => latest.current.onFocus({ kind: 'edge', id: event.target.id() });
    const tapBackground = (event: EventObject) => {
      if (event.target === cy) latest.current.onFocus(null);
    };
    const moved = () => latest.current.onDragged();
    let frame = 0;
    // Box selection fires one event per element: report the selection once per frame.
    const selectionChanged = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        const selected = cy.$(':selected');
        latest.current.onSelection({ nodes: selected.nodes().map((node) => node.id()), edges: selected.edges().map((edge) => edge.id()) });
      });
    };

    cy.on('mouseover', 'node', hoverNode);
    cy.on('mouseout', 'node', leave);
    cy.on('mouseover', 'edge', hoverEdge);
    cy.on('mouseout', 'edge', leave);
    cy.on('tap', 'node', tapNode);
    cy.on('tap', 'edge', tapEdge);
    cy.on('tap', tapBackground);
    cy.on('dragfree', 'node', moved);
    cy.on('select unselect', selectionChanged);
    return () => {
      cancelAnimationFrame(frame);
      if (cy.destroyed()) return;
      cy.off('mouseover', 'node', hoverNode);
      cy.off('mouseout', 'node', leave);
      cy.off('mouseover', 'edge', hoverEdge);
      cy.off('mouseout', 'edge', leave);
      cy.off('tap', 'node', tapNode);
      cy.off('tap', 'edge', tapEdge);
      cy.off('tap', tapBackground);
      cy.off('dragfree', 'node', moved);
      cy.off('select unselect', selectionChanged);
    };
  }, [cy, latest]);
}
