import { useMemo } from 'react';
import { LABEL_STYLE, primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useHiddenIds } from '../filters/useHiddenIds';
import { CompareLegend } from './CompareLegend';
import { SizeLegend } from './SizeLegend';

/**
 * One row per label on the canvas: its shape and colour, its name in the UI language, how many are
 * shown (of how many loaded, when filters, the time window or play hide some), and a checkbox that
 * shows or hides that label (the label filter). The counts follow what is visible.
 */
export function Legend() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const hidden = useExplorer((state) => state.filters.hiddenLabels);
  const toggle = useExplorer((state) => state.toggleLabel);
  const hiddenIds = useHiddenIds();
  const { counts, shown, shownEdges } = useMemo(() => {
    const result: Record<string, { all: number; shown: number }> = {};
    let visible = 0;
    for (const node of graph.nodes.values()) {
      const label = primaryLabel(node.labels);
      const entry = (result[label] ??= { all: 0, shown: 0 });
      entry.all += 1;
      if (!hiddenIds.has(node.id)) {
        entry.shown += 1;
        visible += 1;
      }
    }
    let edges = 0;
    for (const id of graph.edges.keys()) if (!hiddenIds.has(id)) edges += 1;
    return { counts: result, shown: visible, shownEdges: edges };
  }, [graph, hiddenIds]);
  const labels = Object.keys(LABEL_STYLE).filter((label) => counts[label]);

  return (
    <section className="legend panel" aria-label={t.legend}>
      <h2>{t.legend}</h2>
      <p className="summary" data-testid="legend-summary" data-nodes={shown} data-edges={shownEdges}>
        {t.summary(shown, shownEdges)}
      </p>
      <ul>
        {labels.map((label) => {
          const style = LABEL_STYLE[label]!;
          return (
            <li key={label} data-label={label}>
              <label>
                <input type="checkbox" checked={!hidden.includes(label)} onChange={() => toggle(label)} />
                <svg className="legend-shape" width="16" height="16" aria-hidden="true">
                  <Shape shape={style.shape} color={style.color} />
                </svg>
                <span className="legend-name">{t.labels[label] ?? label}</span>
              </label>
              <span className="legend-count" data-shown={counts[label]!.shown} title={t.shownOf(counts[label]!.shown, counts[label]!.all)}>
                {counts[label]!.shown === counts[label]!.all ? counts[label]!.all : `${counts[label]!.shown} / ${counts[label]!.all}`}
              </span>
            </li>
          );
        })}
      </ul>
      <CompareLegend />
      <SizeLegend />
    </section>
  );
}

/** A small picture of the Cytoscape shape, so the legend matches the canvas without colour. */
function Shape({ shape, color }: { shape: string; color: string }) {
  switch (shape) {
    case 'diamond':
      return <polygon points="8,1 15,8 8,15 1,8" fill={color} />;
    case 'hexagon':
      return <polygon points="4,1 12,1 15,8 12,15 4,15 1,8" fill={color} />;
    case 'triangle':
      return <polygon points="8,1 15,15 1,15" fill={color} />;
    case 'pentagon':
      return <polygon points="8,1 15,6 12,15 4,15 1,6" fill={color} />;
    case 'vee':
      return <polygon points="1,1 8,6 15,1 8,15" fill={color} />;
    case 'rectangle':
      return <rect x="1" y="1" width="14" height="14" fill={color} />;
    case 'round-rectangle':
      return <rect x="1" y="2" width="14" height="12" rx="3" fill={color} />;
    case 'tag':
      return <polygon points="1,2 11,2 15,8 11,14 1,14" fill={color} />;
    case 'octagon':
      return <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" fill={color} />;
    default:
      return <circle cx="8" cy="8" r="7" fill={color} />;
  }
}
