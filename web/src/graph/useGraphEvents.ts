import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useExplorer } from '../state/store';

/**
 * Attaches the canvas handlers once per Cytoscape instance and removes them with it. Handlers read
 * the store when they fire (getState), so they never hold stale props and never need re-binding,
 * which is how react-cytoscapejs users usually end up with piles of duplicate handlers.
 */
export function useGraphEvents(cy: Core | null, onSelectionChange: () => void): void {
  useEffect(() => {
    if (!cy) return;
    const store = useExplorer.getState;

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
    const tapNode = (event: EventObject) => store().set({ focus: { kind: 'node', id: event.target.id() } });
    const tapEdge = (event: EventObject) => store().set({ focus: { kind: 'edge', id: event.target.id() } });
    const tapBackground = (event: EventObject) => {
      if (event.target === cy) store().set({ focus: null });
    };
    const moved = () => store().touchCanvas();
    let frame = 0;
    const selectionChanged = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(onSelectionChange);
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
  }, [cy, onSelectionChange]);
}
