import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useCallback, useEffect, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { STYLESHEET } from './styles';

cytoscape.use(fcose);

const LAYOUT = { name: 'fcose', animate: false, quality: 'default', randomize: true, nodeRepulsion: 6000, idealEdgeLength: 60 } as const;
const STYLE = { width: '100%', height: '100%' };

interface Props {
  elements: ElementDefinition[];
  onReady?: (cy: Core) => void;
}

/**
 * The canvas. react-cytoscapejs re-runs layouts and re-binds handlers when it gets new prop
 * objects, so the stylesheet and style are module constants, no `layout` prop is passed, and the
 * layout runs here only when nodes were added (placed nodes stay locked, so nothing reshuffles).
 */
export function GraphCanvas({ elements, onReady }: Props) {
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef(new Set<string>());
  const containerRef = useRef<HTMLDivElement | null>(null);

  const bind = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      cyRef.current = cy;
      onReady?.(cy);
    },
    [onReady],
  );

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const fresh = cy.nodes().filter((node) => !laidOut.current.has(node.id()));
    if (fresh.length > 0) {
      const placed = cy.nodes().filter((node) => laidOut.current.has(node.id()));
      placed.lock();
      const layout = cy.layout({ ...LAYOUT, randomize: placed.length === 0 } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        placed.unlock();
        cy.fit(undefined, 30);
      });
      layout.run();
      fresh.forEach((node) => {
        laidOut.current.add(node.id());
      });
    }
    // Exposed for tests and assistive summaries: what is actually drawn.
    containerRef.current?.setAttribute('data-nodes', String(cy.nodes().length));
    containerRef.current?.setAttribute('data-edges', String(cy.edges().length));
  }, [elements]);

  return (
    <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas">
      <CytoscapeComponent elements={elements} stylesheet={STYLESHEET} style={STYLE} cy={bind} wheelSensitivity={0.3} />
    </div>
  );
}
