import { create } from 'zustand';
import { isAbort } from '../api/client';
import { canvasPositions } from '../graph/canvasRegistry';
import type { Lang } from '../i18n/messages';
import { INITIAL_SCENE, resolveOp, type Op, type Scene } from './ops';
import { applyDelta, EMPTY_GRAPH, inverse, type Delta, type WorkingGraph } from './workingGraph';

export type LayoutName = 'fcose' | 'concentric' | 'hierarchy' | 'circle' | 'grid' | 'time';
export const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'hierarchy', 'circle', 'grid', 'time'];
export type Renderer = 'canvas' | 'webgl';
export type Metric = 'betweenness' | 'pagerank' | 'degree';
export type Position = { x: number; y: number };

/** Client-side filters of what is drawn; also passed to the API for expansions. Years, inclusive. */
export interface Filters {
  hiddenLabels: string[];
  hiddenTypes: string[];
  country: string | null;
  topic: string | null;
  from: number | null;
  to: number | null;
}

export const NO_FILTERS: Filters = { hiddenLabels: [], hiddenTypes: [], country: null, topic: null, from: null, to: null };

export interface Focus {
  kind: 'node' | 'edge';
  id: string;
}

interface Applied {
  op: Op;
  delta: Delta;
  before: Scene;
  after: Scene;
  /** Where every node stood before the operation, and after it (taken when it is undone). */
  positionsBefore: Record<string, Position>;
  positionsAfter?: Record<string, Position>;
}

export interface ExplorerState {
  lang: Lang;
  graph: WorkingGraph;
  scene: Scene;
  history: Applied[];
  future: Applied[];
  /** Positions to give nodes when they (re)appear: from a deep link, a view, or an undo/redo. */
  remembered: Record<string, Position>;
  /** Set by operations that replace the canvas: the next placement lays out everything anew. */
  fullLayoutNext: boolean;
  /** True while a deep link is being replayed: keep its positions, do not fit. */
  restoring: boolean;
  selection: { nodes: string[]; edges: string[] };
  pinned: string[];
  filters: Filters;
  /** While the time slider plays: the last year shown. */
  playYear: number | null;
  /** First and last year with events (from the timeline), the slider's bounds. */
  timeExtent: [number, number] | null;
  layout: LayoutName;
  /** Bumped to ask the canvas to run the chosen layout on everything again. */
  layoutRun: number;
  renderer: Renderer;
  metric: Metric;
  focus: Focus | null;
  presenting: boolean;
  step: number;
  tableOpen: boolean;
  boxSelect: boolean;
  /** Bumped when positions change on the canvas (layout, drag), so the deep link follows. */
  canvasVersion: number;
  busy: boolean;

  setLang(lang: Lang): void;
  perform(op: Op): Promise<boolean>;
  replay(ops: Op[]): Promise<void>;
  undo(): void;
  redo(): void;
  setFilters(patch: Partial<Filters>): void;
  setLayout(layout: LayoutName): void;
  set(
    patch: Partial<
      Pick<
        ExplorerState,
        | 'renderer'
        | 'metric'
        | 'focus'
        | 'presenting'
        | 'step'
        | 'tableOpen'
        | 'boxSelect'
        | 'playYear'
        | 'selection'
        | 'restoring'
        | 'remembered'
        | 'pinned'
        | 'filters'
        | 'layout'
        | 'timeExtent'
      >
    >,
  ): void;
  togglePinned(ids: string[]): void;
  clearHighlight(): void;
  touchCanvas(): void;
}

/** Operations run one after the other, so a slow expand cannot land after the next one. */
let queue: Promise<unknown> = Promise.resolve();
let current: AbortController | null = null;

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'fr') return fromUrl;
  return window.localStorage.getItem('liaison.lang') === 'fr' ? 'fr' : 'en';
}

export const useExplorer = create<ExplorerState>()((set, get) => {
  /** Applies a delta; `positions` are where nodes that (re)appear should stand. */
  const commit = (delta: Delta, scene: Scene, positions: Record<string, Position>) => {
    const replaces = delta.removeNodes.length > 0 && delta.addNodes.length > 0;
    set({ graph: applyDelta(get().graph, delta), scene, remembered: positions, fullLayoutNext: replaces });
  };
  const snapshot = () => canvasPositions([...get().graph.nodes.keys()]);

  return {
    lang: initialLang(),
    graph: EMPTY_GRAPH,
    scene: INITIAL_SCENE,
    history: [],
    future: [],
    remembered: {},
    fullLayoutNext: false,
    restoring: false,
    selection: { nodes: [], edges: [] },
    pinned: [],
    filters: NO_FILTERS,
    playYear: null,
    timeExtent: null,
    layout: 'fcose',
    layoutRun: 0,
    renderer: 'canvas',
    metric: 'betweenness',
    focus: null,
    presenting: false,
    step: 0,
    tableOpen: false,
    boxSelect: false,
    canvasVersion: 0,
    busy: false,

    setLang(lang) {
      window.localStorage.setItem('liaison.lang', lang);
      set({ lang });
    },

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
          const focus = get().focus;
          const stillThere = !focus || (focus.kind === 'node' ? get().graph.nodes.has(focus.id) : get().graph.edges.has(focus.id));
          set({
            history: [...get().history, { op, delta, before, after: scene, positionsBefore }],
            future: [],
            ...(stillThere ? {} : { focus: null }),
          });
          return true;
        } catch (error) {
          if (!isAbort(error)) console.warn('operation failed', op.kind, error);
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

    async replay(ops) {
      for (const op of ops) {
        if (!(await get().perform(op))) break;
      }
    },

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

    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
    },

    setLayout(layout) {
      set({ layout, layoutRun: get().layoutRun + 1 });
    },

    set(patch) {
      set(patch);
    },

    togglePinned(ids) {
      const pinned = new Set(get().pinned);
      const pinAll = ids.some((id) => !pinned.has(id));
      for (const id of ids) {
        if (pinAll) pinned.add(id);
        else pinned.delete(id);
      }
      set({ pinned: [...pinned], canvasVersion: get().canvasVersion + 1 });
    },

    clearHighlight() {
      set({ scene: { ...get().scene, highlight: null, notice: null } });
    },

    touchCanvas() {
      set({ canvasVersion: get().canvasVersion + 1 });
    },
  };
});

/** Aborts the operation in flight (the status bar's Cancel also aborts it through the client). */
export function cancelOperation(): void {
  current?.abort();
}
