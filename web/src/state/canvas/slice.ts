import { gatherAround } from '../../graph/gather';
import type { GroupBy } from '../../graph/grouping';
import { LAYOUTS, type LayoutName, type Renderer } from '../../graph/settings';
import type { Position, Slice } from '../slice';

export { LAYOUTS, type LayoutName, type Renderer };

export interface CanvasSlice {
  layout: LayoutName;
  /** Bumped to ask the canvas to run the chosen layout on everything again. */
  layoutRun: number;
  renderer: Renderer;
  pinned: string[];
  boxSelect: boolean;
  /** Where the canvas last reported its nodes (after a layout, a placement or a drag). */
  positions: Record<string, Position>;
  /** Bumped when positions change on the canvas (layout, drag), so the deep link follows. */
  canvasVersion: number;
  /** What nodes are grouped by into compound nodes, and which groups are open. */
  grouping: GroupBy;
  expandedGroups: string[];
  /** Groups the canvas by `by`, every group closed, and lays the picture out anew. */
  setGrouping(by: GroupBy): void;
  /** Opens or closes a group in place; an opened group's members stand around where the group stood. */
  toggleGroup(id: string, members: string[]): void;
  /** Picks a layout and runs it on everything. */
  runLayout(layout: LayoutName): void;
  /** Picks the layout for what comes next without running it (a restored link). */
  setLayout(layout: LayoutName): void;
  /** Changes renderer; the new instance starts with every node where it was. */
  switchRenderer(renderer: Renderer): void;
  togglePinned(ids: string[]): void;
  setPinned(ids: string[]): void;
  setBoxSelect(on: boolean): void;
  /** The canvas moved nodes (layout, drag): their positions now. */
  canvasMoved(positions: Record<string, Position>): void;
}

export const createCanvasSlice: Slice<CanvasSlice> = (set, get) => ({
  layout: 'fcose',
  layoutRun: 0,
  renderer: 'canvas',
  pinned: [],
  boxSelect: false,
  positions: {},
  canvasVersion: 0,
  grouping: 'none',
  expandedGroups: [],
  setGrouping(grouping) {
    if (grouping === get().grouping) return;
    set({ grouping, expandedGroups: [], fullLayoutNext: true });
  },
  toggleGroup(id, members) {
    const open = get().expandedGroups;
    if (open.includes(id)) {
      set({ expandedGroups: open.filter((other) => other !== id) });
      return;
    }
    const { positions } = get();
    const centre = positions[id] ?? { x: 0, y: 0 };
    // Members keep the angular order they had, if they were drawn before; else any order.
    const current = new Map(
      members.map((member, index) => [member, positions[member] ?? { x: centre.x + Math.cos(index), y: centre.y + Math.sin(index) }]),
    );
    const around = gatherAround(centre, current, 60);
    set({ expandedGroups: [...open, id], remembered: Object.fromEntries(around), fullLayoutNext: false });
  },
  runLayout(layout) {
    set({ layout, layoutRun: get().layoutRun + 1 });
  },
  setLayout(layout) {
    set({ layout });
  },
  switchRenderer(renderer) {
    if (renderer === get().renderer) return;
    if (get().graph.nodes.size === 0) set({ renderer });
    else set({ renderer, remembered: get().positions, restoring: true });
  },
  togglePinned(ids) {
    const pinned = new Set(get().pinned);
    const pinAll = ids.some((id) => !pinned.has(id));
    for (const id of ids) {
      if (pinAll) pinned.add(id);
      else pinned.delete(id);
    }
    set({ pinned: [...pinned], canvasVersion: get().canvasVersion + 1 });
  },
  setPinned(pinned) {
    set({ pinned });
  },
  setBoxSelect(boxSelect) {
    set({ boxSelect });
  },
  canvasMoved(positions) {
    set({ positions, canvasVersion: get().canvasVersion + 1 });
  },
});
