import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useCytoscapeInit } from './CanvasContext';
import type { Renderer } from './settings';
import { STYLESHEET } from './styles';
import { useClasses } from './useClasses';
import { useElements } from './useElements';
import { useGather } from './useGather';
import { useGraphEvents, type GraphEventHandlers } from './useGraphEvents';
import { positionsOf, useLayout, type LayoutOptions } from './useLayout';
import { useSemanticLabels } from './readability/useSemanticLabels';
import { useWebglCore } from './useWebglCore';

/** A node or relationship the user tapped. */
export interface CanvasTarget {
  kind: 'node' | 'edge';
  id: string;
}
export interface CanvasSelection {
  nodes: string[];
  edges: string[];
}
export interface CanvasHighlight {
  nodes: string[];
  edges: string[];
  /** The nodes whose lit neighbourhood is gathered around them (expand in context). */
  centre?: string[];
}

/** What the canvas draws and how; it never fetches and never reads app state. */
export interface GraphCanvasProps extends LayoutOptions, Omit<GraphEventHandlers, 'onDragged'> {
  renderer: Renderer;
  elements: ElementDefinition[];
  /** Ids the filters hide (drawn faded out, not removed, so positions survive). */
  hidden: ReadonlySet<string>;
  highlight: CanvasHighlight | null;
  focusId: string | null;
  pinned: string[];
  boxSelect: boolean;
  /** False until the first picture: the canvas then starts publishing its counts. */
  showCounts: boolean;
  /** The accessible summary ("24 nodes, 30 relationships"). */
  label: string;
  /** Comparison mode: elements added or gone between two years (drawn in their colours); null when off. */
  changes: ReadonlyMap<string, string> | null;
}

/**
 * react-cytoscapejs adds three demo elements when `elements` is absent, and diffs whatever it gets
 * on every render: it gets this one empty constant, and useElements does the diffing instead.
 */
const NO_ELEMENTS: ElementDefinition[] = [];
const STYLE = { width: '100%', height: '100%' };

function WebglSurface({ onCore }: { onCore: (cy: Core | null) => void }) {
  const container = useWebglCore(onCore);
  return <div ref={container} style={STYLE} />;
}

/**
 * The canvas. The canvas renderer goes through react-cytoscapejs (instance created once, stable
 * stylesheet constant, no `layout` prop so it never re-runs one); the WebGL renderer uses
 * useWebglCore because the wrapper cannot pass that option. Both hand their core to the canvas
 * context (useCytoscapeInit), on which the same hooks work: elements diffed in place, layout only
 * for added nodes, handlers attached once.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { renderer, elements, hidden, highlight, focusId, pinned, boxSelect, showCounts, label } = props;
  const { cy, onCore } = useCytoscapeInit();
  const [version, setVersion] = useState(0);

  const placeNew = useLayout(cy, props);
  const onAdded = useCallback(
    (added: Parameters<typeof placeNew>[0]) => {
      placeNew(added);
      setVersion((value) => value + 1);
    },
    [placeNew],
  );
  useElements(cy, elements, showCounts, onAdded);
  useClasses(cy, version, { hidden, highlight, focusId, pinned, changes: props.changes });
  useGather(cy, highlight, () => cy && props.onMoved(positionsOf(cy)));
  // Captions are re-chosen when nodes arrive, data changes (language), or visibility changes.
  const labelTrigger = useMemo(() => ({ version, elements, hidden, highlight }), [version, elements, hidden, highlight]);
  useSemanticLabels(cy, labelTrigger);
  useGraphEvents(cy, {
    onFocus: props.onFocus,
    onSelection: props.onSelection,
    onDragged: () => cy && props.onMoved(positionsOf(cy)),
  });

  // Box selection: while on, a drag draws a selection box instead of panning.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.boxSelectionEnabled(true);
    cy.userPanningEnabled(!boxSelect);
  }, [cy, boxSelect]);

  return (
    <div className="graph-canvas" data-testid="graph-canvas" data-renderer={renderer} role="region" aria-roledescription="graph" aria-label={label}>
      {renderer === 'webgl' ? (
        <WebglSurface key="webgl" onCore={onCore} />
      ) : (
        <CytoscapeComponent key="canvas" elements={NO_ELEMENTS} stylesheet={STYLESHEET} style={STYLE} cy={onCore} boxSelectionEnabled />
      )}
    </div>
  );
}
