import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import { useCanvas } from '../graph/CanvasContext';
import { openStoryLink } from '../features/stories/storyLink';
import { afterPlacement } from '../graph/placement';
import { decodeDeepLink, encodeDeepLink, type DeepLink } from './deepLink';
import { onRecovery, useStatus } from './status';
import { useExplorer, type ExplorerState } from './store';

/** The deep link of the current state; positions and viewport come from the canvas as drawn. */
export function currentLink(state: ExplorerState, cy: Core | null): DeepLink {
  const canvas: DeepLink['canvas'] = cy
    ? {
        ops: state.history.map((entry) => entry.op),
        positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), node.position()])),
        pinned: state.pinned,
        zoom: cy.zoom(),
        pan: cy.pan(),
      }
    : undefined;
  // A saved story shown at one of its steps: the link names the story and the step, nothing else of the canvas.
  const story = state.story?.id && state.storyStep !== null && !state.storyDirty ? state.story.id : undefined;
  return {
    lang: state.lang,
    layout: state.layout,
    renderer: state.renderer,
    metric: state.metric,
    filters: state.filters,
    focus: state.focus ?? undefined,
    present: state.presenting,
    step: story && !state.presenting ? (state.storyStep ?? 0) : state.step,
    table: state.tableOpen,
    story,
    canvas,
  };
}

let booted = false;
let booting = false;

/** Restores the state from the URL (replaying its operations), or opens the documents overview. */
async function boot(canvas: () => Promise<Core>): Promise<void> {
  // StrictMode mounts effects twice; the restore must run once.
  if (booting || booted) return;
  booting = true;
  try {
    await restore(canvas);
  } finally {
    booting = false;
  }
}

async function restore(canvas: () => Promise<Core>): Promise<void> {
  const store = useExplorer.getState();
  // A restore retried after an outage starts from a clean canvas.
  store.startOver();
  const { link, problem } = await decodeDeepLink(window.location.search);
  if (problem) {
    console.warn('deep link set aside:', problem);
    useStatus.setState({ linkSetAside: true });
  }
  store.setFilters(link.filters);
  store.setTableOpen(Boolean(link.table));
  if (link.layout) store.setLayout(link.layout);
  if (link.metric) store.setMetric(link.metric);
  if (link.lang) store.setLang(link.lang);
  if (link.renderer) store.switchRenderer(link.renderer);
  let ok = true;
  if (link.story) {
    ok = await openStoryLink(link.story, link.step ?? 0, await canvas());
    if (!ok) ok = await store.perform({ kind: 'overview' });
  } else if (link.canvas) {
    store.beginRestore(link.canvas.positions, link.canvas.pinned);
    for (const op of link.canvas.ops) if (!(ok = await store.perform(op))) break;
    const cy = await canvas();
    const wanted = useExplorer.getState().graph.nodes.size;
    await afterPlacement(cy, (core) => core.nodes().length === wanted);
    if (!cy.destroyed()) cy.viewport({ zoom: link.canvas.zoom, pan: link.canvas.pan });
    store.endRestore();
  } else {
    ok = await store.perform({ kind: 'overview' });
  }
  if (!ok) return; // the outage banner is up; onRecovery boots again
  store.setFocus(link.focus ?? null);
  store.resumePresentation(Boolean(link.present), link.step ?? 0);
  booted = true;
  // Lets tests (and scripts taking screenshots) wait for the restored picture, not a half-built one.
  document.documentElement.dataset.ready = 'true';
  performance.mark('liaison:ready');
}

/** The parts of the state the link holds: a change to any of them rewrites the URL. */
const LINKED: (keyof ExplorerState)[] = [
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
  'story',
  'storyStep',
  'storyDirty',
];

/**
 * Keeps the URL equal to what is on screen (replaceState, debounced), after restoring from it on
 * load. If the API is down at load, the restore runs again when it comes back.
 */
export function useDeepLink(): void {
  const cy = useCanvas();
  const latest = useRef<Core | null>(cy);
  const waiting = useRef<((core: Core) => void)[]>([]);
  useEffect(() => {
    latest.current = cy;
    if (cy) for (const resolve of waiting.current.splice(0)) resolve(cy);
  }, [cy]);
  /** The canvas, once it exists. */
  const canvas = useCallback(
    () => (latest.current ? Promise.resolve(latest.current) : new Promise<Core>((resolve) => waiting.current.push(resolve))),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    void boot(canvas);
    const stopRecovery = onRecovery(() => {
      if (!booted && !cancelled) void boot(canvas);
    });
    let timer: number | undefined;
    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (!booted || state.restoring) return;
      if (!LINKED.some((key) => state[key] !== previous[key])) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const params = await encodeDeepLink(currentLink(useExplorer.getState(), latest.current));
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
  }, [canvas]);
}
