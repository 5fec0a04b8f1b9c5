import type { Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { DRAWING_DATA_KEYS } from './readability/useSemanticLabels';

/** Keys the app owns; the drawing keys (label text and size) belong to the canvas hooks. */
const owned = (key: string) => !DRAWING_DATA_KEYS.has(key);

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) if (current[key] !== next[key]) return false;
  for (const key of Object.keys(current)) if (owned(key) && !(key in next)) return false;
  return true;
}

/**
 * Keeps the canvas equal to `elements` by diffing in place: removed ids leave, new ids are added,
 * changed data (a name in the other language, a network size) is patched on the existing element.
 * Existing elements are never re-created, so they keep their position, selection and classes.
 * We do this ourselves instead of through react-cytoscapejs's `elements` prop because its patch
 * deep-compares every element on every render and cannot tell us which nodes are new.
 * `showCounts` is false until the first picture arrives, so that "the canvas has data-nodes"
 * means "the first picture is on screen" for tests and scripts.
 */
export function useElements(cy: Core | null, elements: ElementDefinition[], showCounts: boolean, onAdded: (nodes: NodeCollection) => void): void {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const wanted = new Map<string, ElementDefinition>();
    for (const element of elements) wanted.set(String(element.data.id), element);
    let added: NodeCollection = cy.collection();
    cy.batch(() => {
      const leaving = cy.elements().filter((element) => !wanted.has(element.id()));
      if (leaving.nonempty()) cy.remove(leaving);
      const toAdd: ElementDefinition[] = [];
      const moves: { id: string; parent: string | null }[] = [];
      for (const [id, element] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.empty()) toAdd.push(element);
        else if (element.group === 'nodes' && (existing.data('parent') ?? null) !== (element.data.parent ?? null)) {
          // Into or out of a group (compound node): Cytoscape changes a parent only by moving the node,
          // once the parent itself is drawn (below, after the additions).
          moves.push({ id, parent: element.data.parent ?? null });
          const { parent: _parent, ...rest } = element.data;
          existing.data(rest);
        } else if (!sameData(existing.data() as Record<string, unknown>, element.data as Record<string, unknown>)) {
          // Drop keys that disappeared (e.g. network sizes when leaving the network mode).
          for (const key of Object.keys(existing.data() as object)) if (owned(key) && !(key in element.data)) existing.removeData(key);
          existing.data(element.data);
        }
      }
      // New nodes start spread over a square rather than all at (0, 0), where their edges cannot
      // be drawn; the layout that follows gives them their real place.
      const side = 40 * Math.sqrt(toAdd.length + 1);
      const spread = toAdd.map((element) =>
        element.group === 'nodes' && !element.position ? { ...element, position: { x: Math.random() * side, y: Math.random() * side } } : element,
      );
      if (spread.length) added = cy.add(spread).nodes();
      for (const { id, parent } of moves) (cy.getElementById(id) as NodeSingular).move({ parent });
    });
    const host = cy.container()?.closest('[data-testid=graph-canvas]');
    if (showCounts) {
      host?.setAttribute('data-nodes', String(cy.nodes().length));
      host?.setAttribute('data-edges', String(cy.edges().length));
    }
    onAdded(added);
  }, [cy, elements, showCounts, onAdded]);
}
