import { useEffect, useRef } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { afterPlacement } from '../../graph/placement';
import { useExplorer, type Renderer } from '../../state/store';

/**
 * Switches renderer keeping every position and the viewport: the store hands the new instance the
 * positions of the old one, and once the new instance has drawn every node it gets the viewport.
 */
export function useRendererSwitch(): (renderer: Renderer) => void {
  const cy = useCanvas();
  const nodeCount = useExplorer((state) => state.graph.nodes.size);
  const switchRenderer = useExplorer((state) => state.switchRenderer);
  const endRestore = useExplorer((state) => state.endRestore);
  const pending = useRef<{ from: typeof cy; zoom: number; pan: { x: number; y: number } } | null>(null);

  useEffect(() => {
    const wanted = pending.current;
    if (!cy || !wanted || wanted.from === cy) return;
    pending.current = null;
    void afterPlacement(cy, (core) => core.nodes().length === nodeCount).then(() => {
      if (!cy.destroyed()) cy.viewport({ zoom: wanted.zoom, pan: wanted.pan });
      endRestore();
    });
  }, [cy, nodeCount, endRestore]);

  return (renderer) => {
    pending.current = cy ? { from: cy, zoom: cy.zoom(), pan: { ...cy.pan() } } : null;
    switchRenderer(renderer);
  };
}
