import type { Slice } from '../slice';

export interface Focus {
  kind: 'node' | 'edge';
  id: string;
}

export interface Selection {
  nodes: string[];
  edges: string[];
}

export interface SelectionSlice {
  /** What is selected on the canvas (mirrored from Cytoscape, which owns the selection). */
  selection: Selection;
  /** The node or relationship whose details are open. */
  focus: Focus | null;
  selectionChanged(selection: Selection): void;
  setFocus(focus: Focus | null): void;
}

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: { nodes: [], edges: [] },
  focus: null,
  selectionChanged(selection) {
    set({ selection });
  },
  setFocus(focus) {
    set({ focus });
  },
});
