import type { Core } from 'cytoscape';

/** Emitted on the core each time the canvas has placed what it was given (layout done or positions set). */
export const PLACED = 'liaison:placed';

/**
 * Resolves once `ready(cy)` holds after a placement (at once if it holds already), or after
 * `timeoutMs` in any case, so a caller never waits forever on a node that did not come.
 */
export function afterPlacement(cy: Core, ready: (cy: Core) => boolean, timeoutMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    if (cy.destroyed()) return resolve(false);
    const idle = () => cy.container()?.closest('[data-testid=graph-canvas]')?.getAttribute('data-layout') !== 'running';
    if (idle() && ready(cy)) return resolve(true);
    const check = () => {
      if (!ready(cy)) return;
      finish(true);
    };
    const timer = window.setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean) {
      window.clearTimeout(timer);
      if (!cy.destroyed()) cy.off(PLACED, check);
      resolve(ok);
    }
    cy.on(PLACED, check);
  });
}
