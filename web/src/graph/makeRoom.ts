import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { closedGroupSize } from './grouping';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Shift {
  dx: number;
  dy: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Room for a group that has just opened in place: its frame grew from `closed` to `opened`, so
 * every other block (a node, a closed group, an open group with its members) moves away from the
 * group by as much as the frame grew on its side, as if rows and columns had been inserted through
 * the group. Blocks keep their order along both axes, so two that did not overlap still do not,
 * and a block clear of the closed group ends clear of the open frame, `margin` apart. A block that
 * already overlapped the closed group goes on past the frame on its nearer side.
 */
export function roomForOpenedGroup(closed: Box, opened: Box, blocks: ReadonlyMap<string, Box>, margin = 30): Map<string, Shift> {
  const cx = (closed.x1 + closed.x2) / 2;
  const cy = (closed.y1 + closed.y2) / 2;
  const grow = {
    left: Math.max(0, closed.x1 - opened.x1) + margin,
    right: Math.max(0, opened.x2 - closed.x2) + margin,
    up: Math.max(0, closed.y1 - opened.y1) + margin,
    down: Math.max(0, opened.y2 - closed.y2) + margin,
  };
  const shifts = new Map<string, Shift>();
  for (const [id, box] of blocks) {
    const right = (box.x1 + box.x2) / 2 >= cx;
    const below = (box.y1 + box.y2) / 2 >= cy;
    const shift = { dx: right ? grow.right : -grow.left, dy: below ? grow.down : -grow.up };
    const moved = { x1: box.x1 + shift.dx, y1: box.y1 + shift.dy, x2: box.x2 + shift.dx, y2: box.y2 + shift.dy };
    if (overlaps(moved, opened)) {
      // It sat on the closed group: out past the frame, along the axis that needs the shorter move.
      const alongX = right ? opened.x2 + margin - moved.x1 : opened.x1 - margin - moved.x2;
      const alongY = below ? opened.y2 + margin - moved.y1 : opened.y1 - margin - moved.y2;
      if (Math.abs(alongX) <= Math.abs(alongY)) shift.dx += alongX;
      else shift.dy += alongY;
    }
    shifts.set(id, shift);
  }
  return shifts;
}

/** An open group's padding and caption height (graph/styles.ts, `:parent`), in layout units. */
const FRAME_PADDING = 12;
const FRAME_CAPTION = 24;

const boxOf = (box: { x1: number; y1: number; x2: number; y2: number }): Box => ({ x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 });

/**
 * Moves what stands around a group that has just opened out of its frame (see roomForOpenedGroup).
 * The closed group stood where its members now gather, at its closed size. Pinned nodes stay.
 */
export function makeRoomForOpenedGroup(cy: Core, group: NodeSingular): void {
  const members = group.children();
  if (members.empty()) return;
  const gathered = members.boundingBox({ includeLabels: false });
  const centre = { x: (gathered.x1 + gathered.x2) / 2, y: (gathered.y1 + gathered.y2) / 2 };
  const half = closedGroupSize(members.length) / 2;
  const closed = { x1: centre.x - half, y1: centre.y - half, x2: centre.x + half, y2: centre.y + half };
  const blocks = new Map<string, Box>();
  cy.nodes()
    .orphans()
    .forEach((node) => {
      if (node.id() !== group.id()) blocks.set(node.id(), boxOf(node.boundingBox({})));
    });
  // The frame as drawn, or at least its members with the frame's padding and its caption on top
  // (the compound's own box may not have caught up with members placed a moment ago).
  const drawn = group.boundingBox({});
  const around = members.boundingBox({});
  const frame = {
    x1: Math.min(drawn.x1, around.x1 - FRAME_PADDING),
    y1: Math.min(drawn.y1, around.y1 - FRAME_PADDING - FRAME_CAPTION),
    x2: Math.max(drawn.x2, around.x2 + FRAME_PADDING),
    y2: Math.max(drawn.y2, around.y2 + FRAME_PADDING),
  };
  // A wide margin: the members' captions come and go with the zoom (semantic labels), and the frame with them.
  const shifts = roomForOpenedGroup(closed, frame, blocks, 80);
  cy.batch(() => {
    for (const [id, { dx, dy }] of shifts) {
      const block = cy.getElementById(id) as NodeSingular;
      const movers: NodeCollection = block.isParent() ? block.descendants().filter((node: NodeSingular) => !node.isParent()) : block;
      movers.forEach((node: NodeSingular) => {
        if (node.locked()) return;
        const at = node.position();
        node.position({ x: at.x + dx, y: at.y + dy });
      });
    }
  });
}
