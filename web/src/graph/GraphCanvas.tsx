import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useVisibility } from '../features/filters/useVisibility';
import { useNetworkFigures } from '../features/network/useNetworkFigures';
import { useT } from '../i18n/messages';
import { useExplorer } from '../state/store';
import { setCanvas } from './canvasRegistry';
import { toElements } from './elements';
import { STYLESHEET } from './styles';
import { useClasses } from './useClasses';
import { useElements } from './useElements';
import { useGraphEvents } from './useGraphEvents';
import { useLayout } from './useLayout';
import { useSemanticLabels } from './readability/useSemanticLabels';
import { useWebglCore } from './useWebglCore';

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
 * useWebglCore because the wrapper cannot pass that option. Both hand over a core on which the
 * same hooks work: elements diffed in place, layout only for added nodes, handlers attached once.
 */
export function GraphCanvas() {
  const t = useT();
  const renderer = useExplorer((state) => state.renderer);
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const highlight = useExplorer((state) => state.scene.highlight);
  const focus = useExplorer((state) => state.focus);
  const pinned = useExplorer((state) => state.pinned);
  const boxSelect = useExplorer((state) => state.boxSelect);
  const [cy, setCy] = useState<Core | null>(null);
  const [version, setVersion] = useState(0);

  const onCore = useCallback((core: Core | null) => {
    setCy((previous) => (previous === core ? previous : core));
    setCanvas(core);
  }, []);

  const figures = useNetworkFigures();
  const elements = useMemo(() => toElements(graph, lang, t.types, figures?.byNode), [graph, lang, t.types, figures]);
  const placeNew = useLayout(cy);
  const onAdded = useCallback(
    (added: Parameters<typeof placeNew>[0]) => {
      placeNew(added);
      setVersion((value) => value + 1);
    },
    [placeNew],
  );
  useElements(cy, elements, onAdded);
  const hidden = useVisibility();
  useClasses(cy, version, { hidden, highlight, focus, pinned });
  // Labels go to the biggest nodes first: the network's metric, else degree.
  const importance = useMemo(() => (figures ? new Map([...figures.byNode].map(([id, node]) => [id, node.size])) : undefined), [figures]);
  useSemanticLabels(cy, `${version}|${lang}|${hidden.size}|${highlight ? 1 : 0}`, importance);

  const onSelectionChange = useCallback(() => {
    if (!cy || cy.destroyed()) return;
    const selected = cy.$(':selected');
    useExplorer.getState().set({
      selection: { nodes: selected.nodes().map((node) => node.id()), edges: selected.edges().map((edge) => edge.id()) },
    });
  }, [cy]);
  useGraphEvents(cy, onSelectionChange);

  // Box selection: while on, a drag draws a selection box instead of panning.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.boxSelectionEnabled(true);
    cy.userPanningEnabled(!boxSelect);
  }, [cy, boxSelect]);

  return (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-renderer={renderer}
      role="region"
      aria-roledescription="graph"
      aria-label={t.summary(graph.nodes.size, graph.edges.size)}
    >
      {renderer === 'webgl' ? (
        <WebglSurface key="webgl" onCore={onCore} />
      ) : (
        <CytoscapeComponent key="canvas" elements={NO_ELEMENTS} stylesheet={STYLESHEET} style={STYLE} cy={onCore} boxSelectionEnabled />
      )}
    </div>
  );
}
