import type { GraphResponse } from '../../api/client';
import type { Slice } from '../slice';
import { refreshed } from './refresh';

/** What the curation panel (next to the details panel) is doing. */
export type CurationTask =
  | { kind: 'create' }
  | { kind: 'edit'; id: string }
  | { kind: 'relate'; from?: string; to?: string }
  | { kind: 'delete'; element: 'node' | 'relationship'; id: string }
  | { kind: 'merge'; id: string }
  | { kind: 'suggest'; id: string }
  | { kind: 'history'; element: 'node' | 'relationship'; id: string }
  | { kind: 'review' };

export interface CurationSlice {
  curation: CurationTask | null;
  /** Whether the sign-in dialog is open, and why (a write found the session expired). */
  signIn: { stale: boolean } | null;
  setCuration(task: CurationTask | null): void;
  setSignIn(signIn: { stale: boolean } | null): void;
  /** Puts what a write returned on the canvas (see refreshed). */
  refreshGraph(incoming: GraphResponse, removed?: string[]): void;
}

export const createCurationSlice: Slice<CurationSlice> = (set, get) => ({
  curation: null,
  signIn: null,
  setCuration(curation) {
    set({ curation });
  },
  setSignIn(signIn) {
    set({ signIn });
  },
  refreshGraph(incoming, removed = []) {
    const { graph, focus } = get();
    const next = refreshed(graph, incoming, removed);
    const stillThere = !focus || (focus.kind === 'node' ? next.nodes.has(focus.id) : next.edges.has(focus.id));
    set({ graph: next, ...(stillThere ? {} : { focus: null }) });
  },
});
