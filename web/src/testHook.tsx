import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useCanvas } from './graph/CanvasContext';
import { useDocuments } from './state/documents/store';
import { useStatus } from './state/status';
import { useExplorer } from './state/store';

declare global {
  interface Window {
    /** Read-only window on the live canvas and store, for the browser tests and the web benchmark. */
    __liaison?: {
      readonly cy: Core | null;
      readonly state: ReturnType<typeof useExplorer.getState>;
      /** The store itself, so the benchmark can load synthetic graphs through the real canvas hooks. */
      readonly store: typeof useExplorer;
      /** The status line's store (tests show a failure in it) and the document panel's. */
      readonly status: typeof useStatus;
      readonly documents: typeof useDocuments;
    };
  }
}

/**
 * Exposes the canvas and the store so e2e tests can assert on app state, not only on pixels. Only
 * in builds made with VITE_TEST_HOOK=true (the e2e build, `vite build --mode e2e`); production
 * bundles do not contain this module.
 */
export default function TestHook() {
  const cy = useCanvas();
  useEffect(() => {
    window.__liaison = {
      cy,
      get state() {
        return useExplorer.getState();
      },
      store: useExplorer,
      status: useStatus,
      documents: useDocuments,
    };
  }, [cy]);
  return null;
}
