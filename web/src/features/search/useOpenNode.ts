import { useCallback } from 'react';
import { getCanvas } from '../../graph/canvasRegistry';
import { useExplorer } from '../../state/store';

/** Shows a node: adds it to the canvas if needed, selects it, centres on it and opens its details. */
export function useOpenNode() {
  return useCallback(async (id: string) => {
    const store = useExplorer.getState();
    if (!store.graph.nodes.has(id)) {
      if (!(await store.perform({ kind: 'add', ids: [id] }))) return;
    }
    store.set({ focus: { kind: 'node', id } });
    // The node appears on the next frames (render, then placement); centre once it is there.
    const deadline = performance.now() + 3000;
    const centre = () => {
      const cy = getCanvas();
      const node = cy?.getElementById(id);
      if (cy && node && node.nonempty()) {
        cy.$(':selected').unselect();
        node.select();
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
      } else if (performance.now() < deadline) requestAnimationFrame(centre);
    };
    requestAnimationFrame(centre);
  }, []);
}
