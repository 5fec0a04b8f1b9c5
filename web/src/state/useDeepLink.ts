import { useEffect } from 'react';
import { getCanvas } from '../graph/canvasRegistry';
import { decodeDeepLink, encodeDeepLink, type DeepLink } from './deepLink';
import { onRecovery } from './status';
import { useExplorer, type ExplorerState } from './store';
import { EMPTY_GRAPH } from './workingGraph';

/** Waits until the canvas draws every node of the working graph (React renders after the store). */
async function canvasCaughtUp(): Promise<void> {
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline) {
    const cy = getCanvas();
    const wanted = useExplorer.getState().graph.nodes.size;
    if (cy && cy.nodes().length === wanted) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The deep link of the current state. */
export function currentLink(state: ExplorerState): DeepLink {
  const cy = getCanvas();
  const positions: DeepLink['canvas'] = cy
    ? {
        ops: state.history.map((entry) => entry.op),
        positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()])),
        pinned: state.pinned,
        zoom: cy.zoom(),
        pan: cy.pan(),
      }
    : undefined;
  return {
    lang: state.lang,
    layout: state.layout,
    renderer: state.renderer,
    metric: state.metric,
    filters: state.filters,
    focus: state.focus ?? undefined,
    present: state.presenting,
    step: state.step,
    table: state.tableOpen,
    canvas: positions,
  };
}

let booted = false;
let booting = false;

/** Restores the state from the URL (replaying its operations), or opens the documents overview. */
async function boot(): Promise<void> {
  // StrictMode mounts effects twice; the restore must run once.
  if (booting || booted) return;
  booting = true;
  try {
    await restore();
  } finally {
    booting = false;
  }
}

async function restore(): Promise<void> {
  // A restore retried after an outage starts from a clean canvas.
  useExplorer.setState({ graph: EMPTY_GRAPH, history: [], future: [] });
  const store = useExplorer.getState();
  const link = await decodeDeepLink(window.location.search);
  store.set({
    filters: link.filters,
    tableOpen: Boolean(link.table),
    ...(link.layout ? { layout: link.layout } : {}),
    ...(link.metric ? { metric: link.metric } : {}),
  });
  if (link.lang) store.setLang(link.lang);
  if (link.renderer) store.set({ renderer: link.renderer });
  let ok = true;
  if (link.canvas) {
    store.set({ restoring: true, remembered: link.canvas.positions, pinned: link.canvas.pinned });
    for (const op of link.canvas.ops) if (!(ok = await useExplorer.getState().perform(op))) break;
    await canvasCaughtUp();
    getCanvas()?.viewport({ zoom: link.canvas.zoom, pan: link.canvas.pan });
    useExplorer.getState().set({ restoring: false });
  } else {
    ok = await store.perform({ kind: 'overview' });
  }
  if (!ok) return; // the outage banner is up; onRecovery boots again
  useExplorer.getState().set({ focus: link.focus ?? null, presenting: Boolean(link.present), step: link.step ?? 0 });
  booted = true;
  // Lets tests (and scripts taking screenshots) wait for the restored picture, not a half-built one.
  document.documentElement.dataset.ready = 'true';
  performance.mark('liaison:ready');
}

/**
 * Keeps the URL equal to what is on screen (replaceState, debounced), after restoring from it on
 * load. If the API is down at load, the restore runs again when it comes back.
 */
export function useDeepLink(): void {
  useEffect(() => {
    let cancelled = false;
    void boot();
    const stopRecovery = onRecovery(() => {
      if (!booted && !cancelled) void boot();
    });
    let timer: number | undefined;
    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (!booted || state.restoring) return;
      const relevant: (keyof ExplorerState)[] = [
        'lang',
        'layout',
        'renderer',
        'metric',
        'filters',
        'focus',
        'presenting',
        'step',
        'tableOpen',
        'history',
        'pinned',
        'canvasVersion',
      ];
      if (!relevant.some((key) => state[key] !== previous[key])) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const params = await encodeDeepLink(currentLink(useExplorer.getState()));
        const url = `${window.location.pathname}?${params.toString()}`;
        if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
      }, 300);
    });
    return () => {
      cancelled = true;
      stopRecovery();
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
}
