import { useCallback, useMemo } from 'react';
import { toElements } from '../../graph/elements';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { nodeDate } from '../../graph/timeLayout';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useHiddenIds } from '../filters/useHiddenIds';
import { useNetworkFigures } from '../network/useNetworkFigures';
import { useNodeSizes } from '../size/useNodeSizes';
import { useGrouping } from '../grouping/useGrouping';
import { useComparison } from '../timeline/useComparison';

function shownCount(ids: Iterable<string>, hidden: ReadonlySet<string>): number {
  let count = 0;
  for (const id of ids) if (!hidden.has(id)) count += 1;
  return count;
}

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
  const endFocus = useExplorer((state) => state.endFocus);
  const selectionChanged = useExplorer((state) => state.selectionChanged);
  const canvasMoved = useExplorer((state) => state.canvasMoved);
  const fullLayoutTaken = useExplorer((state) => state.fullLayoutTaken);

  const figures = useNetworkFigures();
  const sizes = useNodeSizes();
  const grouping = useGrouping();
  const elements = useMemo(
    () => grouping.group(toElements(graph, lang, t.types, figures?.byNode, sizes.values)),
    [graph, lang, t.types, figures, sizes, grouping],
  );
  const hidden = useHiddenIds();
  const comparison = useComparison();
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
      label={t.summary(shownCount(graph.nodes.keys(), hidden), shownCount(graph.edges.keys(), hidden))}
      changes={comparison}
      layout={layout}
      layoutRun={layoutRun}
      placement={placement}
      dateOf={dateOf}
      onFullLayoutTaken={fullLayoutTaken}
      onMoved={canvasMoved}
      onFocus={(target) => {
        // A tap on a group opens or closes it in place; it has no details of its own.
        if (target?.kind === 'node' && grouping.tapGroup(target.id)) return;
        // A click on the background ends the focus of an expand in context.
        if (!target) endFocus();
        setFocus(target);
      }}
      onSelection={selectionChanged}
    />
  );
}
