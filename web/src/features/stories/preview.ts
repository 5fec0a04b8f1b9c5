import cytoscape, { type Core, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import type { StoryElementsResponse, StoryStep } from '../../api/client';
import { toElements } from '../../graph/elements';
import { STYLESHEET } from '../../graph/styles';
import type { Lang } from '../../i18n/messages';
import { resolveStep } from './storyModel';

/**
 * A picture of a step drawn off screen, in its own small Cytoscape instance: the presenter view shows
 * the next step before the room sees it, without touching the projected canvas. The step's captured
 * positions are used when it has them; a step written without (seed stories) is laid out here.
 */

/** Size of the picture, in CSS pixels (drawn at twice that for sharp laptop screens). */
export const PREVIEW_WIDTH = 360;
export const PREVIEW_HEIGHT = 225;
/** Labels in the picture, in screen pixels at its size. */
const PREVIEW_LABEL_PX = 11;

const previewStyle: StylesheetJson = [
  ...STYLESHEET,
  { selector: 'node', style: { label: 'data(caption)', 'text-wrap': 'ellipsis', 'text-max-width': '120px', 'min-zoomed-font-size': 0 } },
];

/** Steps without captured positions are laid out here, at once (no animation: the picture is taken right after). */
const FRESH_LAYOUT: LayoutOptions = { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 80 };

/** A PNG data URL of `step` as the graph holds it now (`found`), lit as the step lights it. */
export function stepPicture(step: StoryStep, found: StoryElementsResponse, lang: Lang, typeLabels: Record<string, string>): string {
  const resolved = resolveStep(step, found);
  const container = document.createElement('div');
  // Off screen but laid out (Cytoscape needs a sized container to draw).
  Object.assign(container.style, { position: 'fixed', left: '-10000px', top: '0', width: `${PREVIEW_WIDTH}px`, height: `${PREVIEW_HEIGHT}px` });
  document.body.append(container);
  let cy: Core | null = null;
  try {
    const graph = { nodes: new Map(resolved.nodes.map((node) => [node.id, node])), edges: new Map(resolved.edges.map((edge) => [edge.id, edge])) };
    const positioned = resolved.nodes.length > 0 && resolved.nodes.every((node) => resolved.positions[node.id]);
    cy = cytoscape({
      container,
      elements: toElements(graph, lang, typeLabels),
      style: previewStyle,
      layout: { name: 'preset' },
      userZoomingEnabled: false,
      userPanningEnabled: false,
      autoungrabify: true,
    });
    const core = cy;
    if (positioned) core.nodes().forEach((node) => void node.position({ ...resolved.positions[node.id()]! }));
    else core.layout(FRESH_LAYOUT).run();
    const lit = resolved.highlight;
    if (lit && (lit.nodes.length > 0 || lit.edges.length > 0)) {
      const on = core.collection();
      for (const id of [...lit.nodes, ...lit.edges]) on.merge(core.getElementById(id));
      on.addClass('highlighted');
      core.elements().not(on).addClass('faded');
    }
    core.fit(undefined, 16);
    core.nodes().style('font-size', PREVIEW_LABEL_PX / core.zoom());
    core.edges().style({ label: '', 'font-size': PREVIEW_LABEL_PX / core.zoom() });
    return core.png({ full: false, scale: 2, bg: '#ffffff' });
  } finally {
    cy?.destroy();
    container.remove();
  }
}
