import { useEffect, useMemo, useState } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { nodeDate, yearTicks } from '../../graph/timeLayout';
import { useExplorer } from '../../state/store';

/**
 * The year ruler over the canvas in the time layout. It follows pan and zoom: a tick's screen x is
 * pan.x + zoom × its layout x, the same arithmetic Cytoscape uses for nodes.
 */
export function TimeAxis() {
  const cy = useCanvas();
  const layout = useExplorer((state) => state.layout);
  const graph = useExplorer((state) => state.graph);
  const [viewport, setViewport] = useState({ zoom: 1, x: 0 });

  useEffect(() => {
    if (!cy || layout !== 'time') return;
    const update = () => setViewport({ zoom: cy.zoom(), x: cy.pan().x });
    update();
    cy.on('viewport', update);
    return () => {
      if (!cy.destroyed()) cy.off('viewport', update);
    };
  }, [cy, layout]);

  const ticks = useMemo(() => {
    const dates = [...graph.nodes.values()].map(nodeDate).filter((date): date is number => date !== null);
    return yearTicks(dates);
  }, [graph]);

  if (layout !== 'time' || !ticks.length) return null;
  // Thin the labels out when years get closer than 40 px on screen.
  const every = Math.max(1, Math.ceil(40 / (viewport.zoom * (ticks[1]?.x ?? 160) || 1)));
  return (
    <div className="time-axis" aria-hidden="true" data-testid="time-axis">
      {ticks.map((tick, index) => (
        <span key={tick.year} className="tick" style={{ left: viewport.x + viewport.zoom * tick.x }}>
          {index % every === 0 ? tick.year : ''}
        </span>
      ))}
    </div>
  );
}
