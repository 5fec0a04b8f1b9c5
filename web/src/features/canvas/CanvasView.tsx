import { useCallback, useMemo } from 'react';
import { toElements } from '../../graph/elements';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { nodeDate } from '../../graph/timeLayout';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useHiddenIds } from '../filters/useHiddenIds';
import { useNetworkFigures } from '../network/useNetworkFigures';

/** Hands the canvas what to draw (from the app state) and takes back what the user did on it. */
export function CanvasView() {
  const t = useT();
  const renderer = useExplorer((state) => state.renderer);
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const highlight = useExplorer((state) => state.scene.highlight);
  const focus = useExplorer((state) => state.focus);
  const pinned = useExplorer((state) => state.pinned);
  const boxSelect = useExplorer((state) => state.boxSelect);
  const layout = useExplorer((state) => state.layout);
  const layoutRun = useExplorer((state) => state.layoutRun);
  const remembered = useExplorer((state) => state.remembered);
  const fullLayoutNext = useExplorer((state) => state.fullLayoutNext);
  const restoring = useExplorer((state) => state.restoring);
  const drawnOnce = useExplorer((state) => state.history.length > 0);
  const setFocus = useExplorer((state) => state.setFocus);
  const selectionChanged = useExplorer((state) => state.selectionChanged);
  const canvasMoved = useExplorer((state) => state.canvasMoved);
  const fullLayoutTaken = useExplorer((state) => state.fullLayoutTaken);

  const figures = useNetworkFigures();
  const elements = useMemo(() => toElements(graph, lang, t.types, figures?.byNode), [graph, lang, t.types, figures]);
  const hidden = useHiddenIds();
  const placement = useMemo(() => ({ remembered, fullLayoutNext, restoring }), [remembered, fullLayoutNext, restoring]);
  const dateOf = useCallback(
    (id: string) => {
      const node = graph.nodes.get(id);
      return node ? nodeDate(node) : null;
    },
    [graph],
  );

  return (
    <GraphCanvas
      renderer={renderer}
      elements={elements}
      hidden={hidden}
      highlight={highlight}
      focusId={focus?.id ?? null}
      pinned={pinned}
      boxSelect={boxSelect}
      showCounts={drawnOnce}
      label={t.summary(graph.nodes.size, graph.edges.size)}
      layout={layout}
      layoutRun={layoutRun}
      placement={placement}
      dateOf={dateOf}
      onFullLayoutTaken={fullLayoutTaken}
      onMoved={canvasMoved}
      onFocus={setFocus}
      onSelection={selectionChanged}
    />
  );
}
