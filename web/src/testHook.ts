import { getCanvas } from './graph/canvasRegistry';
import { useExplorer } from './state/store';

declare global {
  interface Window {
    /** Read-only window on the live canvas and store, for the browser tests and for debugging. */
    __liaison?: {
      readonly cy: ReturnType<typeof getCanvas>;
      readonly state: ReturnType<typeof useExplorer.getState>;
      /** The store itself, so the benchmark can load synthetic graphs through the real canvas hooks. */
      readonly store: typeof useExplorer;
    };
  }
}

/** Exposes the canvas and the store so e2e tests can assert on app state, not only on pixels. */
export function exposeForTests(): void {
  window.__liaison = {
    get cy() {
      return getCanvas();
    },
    get state() {
      return useExplorer.getState();
    },
    store: useExplorer,
  };
}
