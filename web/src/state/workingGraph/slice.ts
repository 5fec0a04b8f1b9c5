import { isAbort } from '../../api/client';
import { INITIAL_SCENE, resolveOp, type Op, type Scene } from '../ops';
import { reportFailure } from '../status';
import type { Position, Slice } from '../slice';
import { applyDelta, EMPTY_GRAPH, inverse, type Delta, type WorkingGraph } from '../workingGraph';

/** One operation done: enough to undo it and redo it without a request. */
export interface Applied {
  op: Op;
  delta: Delta;
  before: Scene;
  after: Scene;
  /** Where every node stood before the operation, and after it (taken when it is undone). */
  positionsBefore: Record<string, Position>;
  positionsAfter?: Record<string, Position>;
}

export interface WorkingGraphSlice {
  graph: WorkingGraph;
  scene: Scene;
  history: Applied[];
  future: Applied[];
  busy: boolean;
  /** Positions to give nodes when they (re)appear: from a deep link, a view, or an undo/redo. */
  remembered: Record<string, Position>;
  /** Set by operations that replace the canvas: the next placement lays out everything anew. */
  fullLayoutNext: boolean;
  /** True while a deep link is replayed or the renderer switched: keep positions, do not fit. */
  restoring: boolean;
  perform(op: Op): Promise<boolean>;
  /** Aborts the operation in flight. */
  cancelOperation(): void;
  undo(): void;
  redo(): void;
  clearHighlight(): void;
  /** Ends the focus of an expand in context (the user clicked away): everything lit again, the notice stays. */
  endFocus(): void;
  /** Lights up one of the paths found (from the list of paths as text), keeping the notice. */
  highlightPath(path: { nodes: string[]; edges: string[] }): void;
  /** An empty canvas and no history (a restore starting over). */
  startOver(): void;
  /** A deep link is being replayed: its positions and pins win over layouts and views. */
  beginRestore(positions: Record<string, Position>, pinned: string[]): void;
  endRestore(): void;
  /** The canvas took the request for a full layout. */
  fullLayoutTaken(): void;
}

/** Operations run one after the other, so a slow expand cannot land after the next one. */
let queue: Promise<unknown> = Promise.resolve();
let current: AbortController | null = null;

/** Aborts the operation in flight (the status bar's Cancel also aborts it through the client). */
export function cancelOperation(): void {
  current?.abort();
}

export const createWorkingGraphSlice: Slice<WorkingGraphSlice> = (set, get) => {
  /** Applies a delta; `positions` are where nodes that (re)appear should stand. */
  const commit = (delta: Delta, scene: Scene, positions: Record<string, Position>) => {
    const replaces = delta.removeNodes.length > 0 && delta.addNodes.length > 0;
    set({ graph: applyDelta(get().graph, delta), scene, remembered: positions, fullLayoutNext: replaces });
  };
  /** Where the nodes of the working graph were last drawn. */
  const snapshot = () => {
    const { graph, positions } = get();
    return Object.fromEntries([...graph.nodes.keys()].flatMap((id) => (positions[id] ? [[id, positions[id]]] : [])));
  };

  return {
    graph: EMPTY_GRAPH,
    scene: INITIAL_SCENE,
    history: [],
    future: [],
    busy: false,
    remembered: {},
    fullLayoutNext: false,
    restoring: false,

    perform(op) {
      const run = async () => {
        current = new AbortController();
        set({ busy: true });
        try {
          const before = get().scene;
          const { delta, scene } = await resolveOp(op, get().graph, before, current.signal);
          const positionsBefore = snapshot();
          const { restoring, remembered } = get();
          // A deep link's positions are what the user last saw: they win over a view's defaults.
          commit(delta, scene, restoring ? { ...(scene.positions ?? {}), ...remembered } : (scene.positions ?? {}));
          const { focus, graph } = get();
          const stillThere = !focus || (focus.kind === 'node' ? graph.nodes.has(focus.id) : graph.edges.has(focus.id));
          set({
            history: [...get().history, { op, delta, before, after: scene, positionsBefore }],
            future: [],
            ...(stillThere ? {} : { focus: null }),
          });
          return true;
        } catch (error) {
          if (!isAbort(error)) {
            console.warn('operation failed', op.kind, error);
            reportFailure(error);
          }
          return false;
        } finally {
          set({ busy: false });
          current = null;
        }
      };
      const next = queue.then(run, run);
      queue = next;
      return next;
    },

    cancelOperation,

    undo() {
      const last = get().history.at(-1);
      if (!last) return;
      const undone = { ...last, positionsAfter: snapshot() };
      commit(inverse(last.delta), { ...last.before, positions: undefined }, last.positionsBefore);
      set({ history: get().history.slice(0, -1), future: [undone, ...get().future] });
    },

    redo() {
      const next = get().future[0];
      if (!next) return;
      commit(next.delta, { ...next.after, positions: undefined }, next.positionsAfter ?? {});
      set({ history: [...get().history, next], future: get().future.slice(1) });
    },

    clearHighlight() {
      set({ scene: { ...get().scene, highlight: null, notice: null } });
    },

    endFocus() {
      const { scene } = get();
      if (scene.highlight?.centre) set({ scene: { ...scene, highlight: null } });
    },

    highlightPath(path) {
      set({ scene: { ...get().scene, highlight: { nodes: [...path.nodes], edges: [...path.edges] } } });
    },

    startOver() {
      set({ graph: EMPTY_GRAPH, history: [], future: [] });
    },

    beginRestore(positions, pinned) {
      set({ restoring: true, remembered: positions, pinned });
    },

    endRestore() {
      set({ restoring: false });
    },

    fullLayoutTaken() {
      set({ fullLayoutNext: false });
    },
  };
};
