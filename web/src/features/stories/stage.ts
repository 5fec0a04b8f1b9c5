import type { Core } from 'cytoscape';
import type { StoryFraming, StoryStep } from '../../api/client';
import { queries } from '../../api/queries';
import { queryClient } from '../../api/queryClient';
import { nodeCaption } from '../../graph/elements';
import { GROUP_PREFIX } from '../../graph/grouping';
import { afterPlacement } from '../../graph/placement';
import { useExplorer, type ExplorerState } from '../../state/store';
import { boxOf, framingOf, type Box } from './framing';
import { resolveStep, revealOf, storyElementIds, type ResolvedStep } from './storyModel';

/**
 * The stage of a story: captures what the canvas shows as a step, and puts a step back on it (its
 * elements, positions, viewport), with a smooth flight to the framing and the progressive reveal.
 */

/** What is on screen now, as a step's framing. */
export function captureFraming(cy: Core, state: ExplorerState): StoryFraming {
  const nodes = [...state.graph.nodes.keys()];
  const positions: StoryFraming['positions'] = {};
  for (const id of nodes) {
    const node = cy.getElementById(id);
    if (node.nonempty()) {
      const { x, y } = node.position();
      positions[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    }
  }
  const highlight = state.scene.highlight;
  return {
    nodes,
    edges: [...state.graph.edges.keys()],
    positions,
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    highlight: highlight ? { nodes: [...highlight.nodes], edges: [...highlight.edges] } : null,
    filters: { ...state.filters },
    grouping: state.grouping,
    mode: state.mapOpen ? 'map' : state.scene.mode === 'network' ? 'network' : 'graph',
    names: Object.fromEntries([...state.graph.nodes.values()].map((node) => [node.id, nodeCaption(node, state.lang)])),
  };
}

/** Longest side of a story card's picture, and its JPEG quality: small enough to travel with the story. */
const THUMBNAIL_SIDE = 320;

/** The canvas as it is now, as a small JPEG data URL (the story card). */
export function thumbnailOf(cy: Core): string {
  return cy.jpg({ maxWidth: THUMBNAIL_SIDE, maxHeight: (THUMBNAIL_SIDE * 5) / 8, quality: 0.7, bg: '#ffffff' });
}

/** The elements of every step of the open story, as they are now (one lookup per story, cached). */
async function storyElements(steps: readonly StoryStep[]) {
  const { nodes, edges } = storyElementIds(steps);
  return queryClient.fetchQuery(queries.storyElements(nodes, edges));
}

let generation = 0;

/** How long the flight from one step to the next takes. */
export const FLIGHT_MS = 600;
/** Opacity of what the previous step already showed, when a step reveals progressively. */
const KEPT_OPACITY = 0.35;

export interface ShowOptions {
  /** Presentation: frame the step's elements with margins instead of the captured viewport. */
  frame?: (cy: Core, box: Box) => void;
  animate?: boolean;
}

/**
 * Draws step `index` of the open story: its elements (merged ids followed), at its positions, then
 * flies to its viewport (or the presentation's framing). With `reveal`, what the step adds fades
 * in and what the previous step showed dims. Returns the step as resolved (what is missing).
 */
export async function showStep(cy: Core, index: number, options: ShowOptions = {}): Promise<ResolvedStep | null> {
  // Steps pressed quickly (a clicker held down): only the last one asked for is drawn.
  const mine = ++generation;
  const store = useExplorer.getState();
  const story = store.story;
  const step = story?.steps[index];
  if (!story || !step) return null;
  const previousIndex = store.storyStep;
  const resolved = resolveStep(step, await storyElements(story.steps));
  if (mine !== generation) return resolved;
  useExplorer.getState().showStoryStep(index, step, { nodes: resolved.nodes, edges: resolved.edges }, resolved.positions, resolved.highlight);
  const wanted = new Set(resolved.nodes.map((node) => node.id));
  // The store changed outside React: let the canvas commit the step's elements before waiting on them.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // Grouped steps draw closed groups instead of their members: only wait for the placement then.
  const drawn = (core: Core) =>
    step.framing.grouping !== 'none' ||
    (core.nodes().filter((node) => !node.isParent() && !node.id().startsWith(GROUP_PREFIX)).length === wanted.size &&
      [...wanted].every((id) => core.getElementById(id).nonempty()));
  await afterPlacement(cy, drawn);
  if (cy.destroyed() || mine !== generation) return resolved;
  const animate = options.animate ?? true;
  cy.stop(true, true);
  cy.elements().stop(true, true);
  cy.elements().removeStyle('opacity');
  // Nodes kept from the step before move to this step's places; new ones are put there at once.
  cy.nodes().forEach((node) => {
    const target = resolved.positions[node.id()];
    if (!target) return;
    if (animate && !node.isParent()) node.animate({ position: target }, { duration: FLIGHT_MS, easing: 'ease-in-out-cubic' });
    else node.position(target);
  });
  const previous = previousIndex !== null && previousIndex !== index ? story.steps[previousIndex] : undefined;
  if (step.reveal && previous) {
    const { entering, kept } = revealOf(previous, step);
    const enteringSet = cy.collection();
    for (const id of entering) enteringSet.merge(cy.getElementById(id));
    const keptSet = cy.collection();
    for (const id of kept) keptSet.merge(cy.getElementById(id));
    keptSet.style('opacity', KEPT_OPACITY);
    enteringSet.style('opacity', 0);
    enteringSet.animate({ style: { opacity: 1 } }, { duration: FLIGHT_MS * 1.5 });
  }
  const box = () => boxOf(resolved.nodes.map((node) => resolved.positions[node.id] ?? cy.getElementById(node.id).position()));
  // A step written without positions (seed stories) was laid out just now: framed around its elements.
  const captured = Object.keys(step.framing.positions).length > 0;
  if (options.frame) options.frame(cy, box());
  else if (!captured) frameBox(cy, box(), 0, animate);
  else if (animate) cy.animate({ zoom: step.framing.zoom, pan: step.framing.pan }, { duration: FLIGHT_MS, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom: step.framing.zoom, pan: step.framing.pan });
  window.setTimeout(() => {
    if (!cy.destroyed()) useExplorer.getState().canvasMoved(Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])));
  }, FLIGHT_MS + 50);
  return resolved;
}

/** Flies (or jumps) to the framing of `box`. */
export function frameBox(cy: Core, box: Box, bottomPx: number, animate: boolean): void {
  const viewport = framingOf(box, cy.width(), cy.height(), bottomPx);
  if (animate) cy.animate(viewport, { duration: FLIGHT_MS, easing: 'ease-in-out-cubic' });
  else cy.viewport(viewport);
}

/** Undoes what showing steps left on the canvas (reveal opacities). */
export function clearStage(cy: Core | null): void {
  if (!cy || cy.destroyed()) return;
  cy.elements().stop(true, true);
  cy.elements().removeStyle('opacity');
}
