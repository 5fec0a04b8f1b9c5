import type { GraphResponse, StoryStep } from '../../api/client';
import type { StoryDraft } from '../../features/stories/storyModel';
import { GROUP_BY, type GroupBy } from '../../graph/grouping';
import { NO_FILTERS, type Filters } from '../filters/slice';
import { INITIAL_SCENE } from '../ops';
import type { Position, Slice } from '../slice';

export interface StoriesSlice {
  /** The story open in the authoring panel or being presented (null: none). */
  story: StoryDraft | null;
  /** True when the open story has changes not saved on the server (or to a file). */
  storyDirty: boolean;
  /** The step drawn on the canvas (null: the canvas is the user's own). */
  storyStep: number | null;
  /** High-contrast theme of the presentation (projectors in bright rooms). */
  highContrast: boolean;
  /** Opens a story (null closes it); `dirty` when it is not saved on the server as it stands (a file, a copy). */
  openStory(story: StoryDraft | null, options?: { dirty?: boolean }): void;
  /** Changes the open story (marks it unsaved unless `saved`). */
  editStory(change: (story: StoryDraft) => StoryDraft, saved?: boolean): void;
  /** Draws a step: exactly its elements, at its positions, with its filters, highlight and grouping. */
  showStoryStep(
    index: number,
    step: StoryStep,
    graph: GraphResponse,
    positions: Record<string, Position>,
    highlight: { nodes: string[]; edges: string[] } | null,
  ): void;
  /** Which step the canvas shows (null: the user's own canvas, after any operation of theirs). */
  setStoryStep(index: number | null): void;
  setHighContrast(on: boolean): void;
}

const isGroupBy = (value: string): value is GroupBy => (GROUP_BY as readonly string[]).includes(value);

export const createStoriesSlice: Slice<StoriesSlice> = (set, get) => ({
  story: null,
  storyDirty: false,
  storyStep: null,
  highContrast: false,
  openStory(story, options = {}) {
    set({ story, storyDirty: Boolean(options.dirty), storyStep: null });
  },
  editStory(change, saved = false) {
    const { story } = get();
    if (story) set({ story: change(story), storyDirty: !saved });
  },
  showStoryStep(index, step, graph, positions, highlight) {
    const { framing } = step;
    const filters: Filters = { ...NO_FILTERS, ...framing.filters };
    const grouping = isGroupBy(framing.grouping) ? framing.grouping : 'none';
    // Exactly the step's elements; the canvas diffs them in place, so nodes kept from the previous step
    // stay drawn and are then moved (smoothly) to the step's places.
    const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
    const edges = new Map(graph.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map((edge) => [edge.id, edge]));
    set({
      storyStep: index,
      graph: { nodes, edges },
      // A story step is not an operation of the user's: the history starts again from it.
      history: [],
      future: [],
      scene: { ...INITIAL_SCENE, mode: framing.mode === 'network' ? 'network' : 'explore', highlight },
      remembered: positions,
      fullLayoutNext: false,
      filters,
      grouping,
      expandedGroups: [],
      mapOpen: framing.mode === 'map',
      focus: null,
    });
  },
  setStoryStep(storyStep) {
    set({ storyStep });
  },
  setHighContrast(highContrast) {
    set({ highContrast });
  },
});
