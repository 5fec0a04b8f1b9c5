import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { STYLESHEET } from './styles';

/**
 * The WebGL renderer needs `renderer: { name: 'canvas', webgl: true }` among Cytoscape's constructor options, and
 * react-cytoscapejs passes only a fixed list of them (container, headless, wheelSensitivity…), so
 * with the wrapper the option is lost. For that renderer this hook creates the core itself: once
 * per mounted container, destroyed fully on unmount (which also makes StrictMode's double mount
 * harmless). Everything else (elements, layout, handlers) works on the core it hands back, the
 * same way as for the wrapper's instance.
 */
export function useWebglCore(onCore: (cy: Core | null) => void) {
  const container = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      boxSelectionEnabled: true,
      renderer: { name: 'canvas', webgl: true, webglTexSize: 4096, webglBatchSize: 4096 },
    } as cytoscape.CytoscapeOptions);
    onCore(cy);
    return () => {
      onCore(null);
      cy.destroy();
    };
  }, [onCore]);
  return container;
}
