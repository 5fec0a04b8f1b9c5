import type { Core } from 'cytoscape';
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';

interface CanvasHandle {
  cy: Core | null;
  setCy(cy: Core | null): void;
}

const CanvasContext = createContext<CanvasHandle | null>(null);

/**
 * Holds the one Cytoscape instance on screen, for the features that act on the drawing itself
 * (fit, image export, selection, centring). It is React state, not app state: a live object that
 * the canvas creates and replaces (renderer switch), which readers get through useCanvas.
 */
export function CanvasProvider({ children }: { children: ReactNode }) {
  const [cy, setCy] = useState<Core | null>(null);
  const value = useMemo(() => ({ cy, setCy }), [cy]);
  return <CanvasContext value={value}>{children}</CanvasContext>;
}

/** The live Cytoscape instance (null before the canvas mounts and while it is replaced). */
export function useCanvas(): Core | null {
  const cy = use(CanvasContext)?.cy ?? null;
  return cy && !cy.destroyed() ? cy : null;
}

/**
 * The one init hook: the canvas hands every instance it creates (or null when it goes) to the
 * provider. Returns the instance in use and the callback for the renderer components.
 */
export function useCytoscapeInit(): { cy: Core | null; onCore(cy: Core | null): void } {
  const handle = use(CanvasContext);
  if (!handle) throw new Error('useCytoscapeInit needs a CanvasProvider');
  const { cy, setCy } = handle;
  const onCore = useCallback((core: Core | null) => setCy(core), [setCy]);
  return { cy: cy && !cy.destroyed() ? cy : null, onCore };
}
