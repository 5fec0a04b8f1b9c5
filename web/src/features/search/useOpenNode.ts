import { useCallback } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { afterPlacement } from '../../graph/placement';
import { useExplorer } from '../../state/store';

/** Shows a node: adds it to the canvas if needed, selects it, centres on it and opens its details. */
export function useOpenNode(): (id: string) => Promise<void> {
  const cy = useCanvas();
  const graph = useExplorer((state) => state.graph);
  const perform = useExplorer((state) => state.perform);
  const setFocus = useExplorer((state) => state.setFocus);
  return useCallback(
    async (id: string) => {
      if (!graph.nodes.has(id) && !(await perform({ kind: 'add', ids: [id] }))) return;
      setFocus({ kind: 'node', id });
      if (!cy) return;
      // The node is drawn once React renders and the canvas places it: centre when that is done.
      await afterPlacement(cy, (core) => core.getElementById(id).nonempty());
      const node = cy.getElementById(id);
      if (cy.destroyed() || node.empty()) return;
      cy.$(':selected').unselect();
      node.select();
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    },
    [cy, graph, perform, setFocus],
  );
}
