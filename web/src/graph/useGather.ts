import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { fitView } from './fit';
import { gatherAround } from './gather';
import type { CanvasHighlight } from './GraphCanvas';
import { afterPlacement } from './placement';
import { useLatest } from './useLatest';

/**
 * Expand in context: once the expanded neighbourhood is placed, its nodes (new and already drawn)
 * move onto rings around the expanded node and the view frames them; pinned nodes stay where they
 * are. The canvas then reports the new positions (undo, deep links).
 */
export function useGather(cy: Core | null, highlight: CanvasHighlight | null, onMoved: () => void): void {
  const moved = useLatest(onMoved);
  // Each expand gathers once: undo and redo bring an earlier highlight back with the positions they
  // restore, and gathering again would move those nodes (possibly onto other places of the rings).
  const gathered = useRef(new WeakSet<CanvasHighlight>());
  useEffect(() => {
    if (!cy || cy.destroyed() || !highlight?.centre?.length || gathered.current.has(highlight)) return;
    const wanted = highlight;
    let cancelled = false;
    const present = (core: Core) => wanted.nodes.every((id) => core.getElementById(id).nonempty());
    void afterPlacement(cy, present).then(() => {
      if (cancelled || cy.destroyed()) return;
      const centres = wanted.centre!.map((id) => cy.getElementById(id)).filter((node) => node.nonempty());
      if (!centres.length) return;
      const centre = centres[0]!.position();
      const centreIds = new Set(wanted.centre);
      const current = new Map<string, { x: number; y: number }>();
      for (const id of wanted.nodes) {
        const node = cy.getElementById(id) as NodeSingular;
        if (node.empty() || centreIds.has(id) || node.locked() || !node.visible()) continue;
        current.set(id, { ...node.position() });
      }
      gathered.current.add(wanted);
      const target = gatherAround(centre, current);
      const lit = cy.collection();
      for (const id of wanted.nodes) lit.merge(cy.getElementById(id));
      const host = cy.container()?.closest('[data-testid=graph-canvas]');
      host?.setAttribute('data-gathered', 'moving');
      const animations = [...target].map(([id, position]) =>
        cy
          .getElementById(id)
          .animation({ position, duration: 350, easing: 'ease-out' } as never)
          .play()
          .promise(),
      );
      void Promise.all(animations).then(() => {
        if (cy.destroyed()) return;
        fitView(cy, lit, 60, true);
        host?.setAttribute('data-gathered', String(target.size));
        moved.current();
      });
    });
    return () => {
      cancelled = true;
    };
  }, [cy, highlight, moved]);
}
