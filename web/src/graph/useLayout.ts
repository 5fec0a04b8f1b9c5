import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import { fitView } from './fit';
import { fullLayout, incrementalLayout, runHierarchy, seedAround } from './layouts';
import { makeRoomForOpenedGroup } from './makeRoom';
import { PLACED } from './placement';
import type { LayoutName } from './settings';
import { timePositions } from './timeLayout';
import { useLatest } from './useLatest';

type Position = { x: number; y: number };

/** How the canvas places what it is given; set by the operation that changed the graph. */
export interface Placement {
  /** Positions to give nodes when they (re)appear: from a deep link, a view, or an undo/redo. */
  remembered: Record<string, Position>;
  /** The canvas was replaced: lay out everything anew. */
  fullLayoutNext: boolean;
  /** A restore (deep link, renderer switch) is under way: keep positions, do not fit. */
  restoring: boolean;
}

export interface LayoutOptions {
  layout: LayoutName;
  /** Bumped to run `layout` over everything again. */
  layoutRun: number;
  placement: Placement;
  /** The year of a node, for the time layout. */
  dateOf(id: string): number | null;
  /** The canvas took `placement.fullLayoutNext`. */
  onFullLayoutTaken(): void;
  /** Nodes moved (a layout or a placement finished): every node's position now. */
  onMoved(positions: Record<string, Position>): void;
}

/** Every node's position, as the canvas reports it upwards. */
export function positionsOf(cy: Core): Record<string, Position> {
  return Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
}

function setRunning(cy: Core, running: boolean): void {
  const host = cy.container()?.closest('[data-testid=graph-canvas]');
  host?.setAttribute('data-layout', running ? 'running' : 'idle');
}

/** Runs `name` over `eles` and calls `done` once every node has its final position. */
export function runNamedLayout(
  cy: Core,
  target: Collection | NodeCollection,
  name: LayoutName,
  animate: boolean,
  dateOf: (id: string) => number | null,
  done: () => void,
): void {
  // Cytoscape's typings do not see a NodeCollection as a Collection, though it is one.
  const eles = target as unknown as Collection;
  if (name === 'time') {
    // Positions come from every node on the canvas, so that the axis is the same for old and new nodes.
    const positions = timePositions(cy.nodes(), dateOf);
    eles
      .nodes()
      .filter((node) => !node.locked())
      .layout({
        name: 'preset',
        fit: false,
        animate: animate && eles.length < 800,
        animationDuration: 350,
        positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
      } as never)
      .one('layoutstop', done)
      .run();
    return;
  }
  if (name === 'hierarchy') {
    runHierarchy(cy, eles, done);
    return;
  }
  eles
    .layout(fullLayout(name, eles, animate))
    .one('layoutstop', done)
    .run();
}

/**
 * Layout policy: the layout runs only when nodes are added, and then only for them; nodes already
 * placed are fixed constraints, so an expand never reshuffles the picture. A full run of the
 * chosen layout happens on the first draw and when the user asks for it (layout menu, "run again").
 * Returns the function useElements calls with the nodes it has just added.
 */
export function useLayout(cy: Core | null, options: LayoutOptions): (added: NodeCollection) => void {
  const placed = useRef(new Set<string>());
  const { layout, layoutRun } = options;
  const latest = useLatest(options);

  useEffect(() => {
    placed.current = new Set();
  }, [cy]);

  const finish = useCallback(
    (target: Core, eles: Collection | NodeCollection, fit: boolean) => {
      eles.nodes().forEach((node) => {
        placed.current.add(node.id());
      });
      setRunning(target, false);
      performance.mark('liaison:layout-done');
      if (fit) fitView(target);
      latest.current.onMoved(positionsOf(target));
      target.emit(PLACED);
    },
    [latest],
  );

  const placeNew = useCallback(
    (added: NodeCollection) => {
      if (!cy || cy.destroyed()) return;
      const { placement, layout: name, dateOf, onFullLayoutTaken, onMoved } = latest.current;
      const { remembered, restoring } = placement;
      if (placement.fullLayoutNext) {
        // The canvas was replaced (overview, view, network): everything is laid out anew.
        onFullLayoutTaken();
        placed.current.clear();
        added = cy.nodes();
      }
      // Forget nodes that left the canvas, so that if they come back they are placed again.
      for (const id of placed.current) if (cy.getElementById(id).empty()) placed.current.delete(id);
      if (added.empty()) {
        cy.emit(PLACED);
        return;
      }
      const known = added.filter((node) => remembered[node.id()] !== undefined);
      known.forEach((node) => {
        node.position({ ...remembered[node.id()]! });
        placed.current.add(node.id());
      });
      const fresh = added.difference(known).nodes();
      const isPlaced = (node: NodeSingular) => placed.current.has(node.id());
      const firstDraw = cy.nodes().filter(isPlaced).length === known.length;
      if (fresh.empty()) {
        if (firstDraw && !restoring) fitView(cy);
        else if (!restoring) {
          // A group that has just opened (all its members arrived at once, around where it stood):
          // what stood around it moves out of its frame, and the view frames the open group.
          const opened = added.parents().filter((group) => group.children().every((member) => added.contains(member)));
          opened.forEach((group) => makeRoomForOpenedGroup(cy, group));
          if (opened.nonempty()) fitView(cy, opened, 40, true);
        }
        onMoved(positionsOf(cy));
        cy.emit(PLACED);
        return;
      }
      setRunning(cy, true);
      if (firstDraw) {
        // A new picture: the chosen layout over everything, positions given by a view held fixed.
        const held = known
          .nodes()
          .filter((node) => !node.locked())
          .lock();
        runNamedLayout(cy, cy.elements(), name, false, dateOf, () => {
          held.unlock();
          finish(cy, cy.elements(), !restoring);
        });
        return;
      }
      if (name === 'time') {
        runNamedLayout(cy, fresh, 'time', true, dateOf, () => finish(cy, fresh, false));
        return;
      }
      seedAround(fresh, isPlaced, cy);
      // Only the new nodes and their placed neighbours take part: cheaper, and nothing else can move.
      const neighbourhood = fresh.union(fresh.neighborhood());
      const fixedOnes = neighbourhood.nodes().filter(isPlaced);
      // Fixed constraints steer the simulation; locking also guarantees that fcose's final
      // write-back (which can shift a node by its label's half-height) leaves placed nodes alone.
      const held = fixedOnes.filter((node: NodeSingular) => !node.locked()).lock();
      neighbourhood
        .layout(incrementalLayout(fixedOnes, true))
        .one('layoutstop', () => {
          held.unlock();
          // Keep the viewport unless the new nodes landed outside it; then show everything.
          const view = cy.extent();
          const box = fresh.boundingBox({});
          const outside = box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
          finish(cy, fresh, false);
          if (outside) fitView(cy, undefined, 40, true);
        })
        .run();
    },
    [cy, finish, latest],
  );

  // The user picked a layout (or asked to run it again): a full run, pinned nodes staying put.
  // Compared with the last request seen, so that a new instance (renderer switch) does not relayout.
  const lastRequest = useRef(layoutRun);
  useEffect(() => {
    if (lastRequest.current === layoutRun) return;
    lastRequest.current = layoutRun;
    if (!cy || cy.destroyed() || cy.nodes().empty()) return;
    setRunning(cy, true);
    runNamedLayout(cy, cy.elements(':visible'), layout, true, latest.current.dateOf, () => finish(cy, cy.elements(), true));
  }, [cy, layout, layoutRun, finish, latest]);

  return placeNew;
}
