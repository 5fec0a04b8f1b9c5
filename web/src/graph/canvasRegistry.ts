import type { Core } from 'cytoscape';
import { useSyncExternalStore } from 'react';

/**
 * The one Cytoscape instance on screen, for the few features that act on the drawing itself
 * (fit, image export, selection, deep-link positions). It is not in the app store because it is
 * a live object, not state.
 */
let current: Core | null = null;
const listeners = new Set<() => void>();

export function setCanvas(cy: Core | null): void {
  if (current === cy) return;
  current = cy;
  listeners.forEach((listener) => listener());
}

export function getCanvas(): Core | null {
  return current && !current.destroyed() ? current : null;
}

/** The current instance, re-rendering when it is replaced (e.g. on a renderer switch). */
export function useCanvas(): Core | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getCanvas);
}

/** Positions of the given nodes as drawn now (nodes not on the canvas are left out). */
export function canvasPositions(ids: string[]): Record<string, { x: number; y: number }> {
  const cy = getCanvas();
  const result: Record<string, { x: number; y: number }> = {};
  if (!cy) return result;
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.nonempty()) result[id] = { ...node.position() };
  }
  return result;
}
