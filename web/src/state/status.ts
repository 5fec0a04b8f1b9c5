import { create } from 'zustand';
import { api, ApiError, observeRequests } from '../api/client';
import { queryClient } from '../api/queryClient';

/** What the status bar shows: requests in flight (with Cancel), an outage, the last failure. */
interface StatusState {
  inFlight: AbortController[];
  /** Which stretch of activity is under way (a new number each time requests start from none), or null when idle. */
  busySince: number | null;
  /** Set while the API or Neo4j is unreachable; cleared by the health poll when they return. */
  outage: 'UNAVAILABLE' | 'NETWORK' | null;
  failure: string | null;
  /** The page's link could not be read: the explorer started afresh. */
  linkSetAside: boolean;
  cancelledAt: number | null;
  cancelAll(): void;
  dismiss(): void;
}

export const useStatus = create<StatusState>()((set, get) => ({
  inFlight: [],
  busySince: null,
  outage: null,
  failure: null,
  cancelledAt: null,
  linkSetAside: false,
  cancelAll() {
    for (const controller of get().inFlight) controller.abort();
    // Cancelled queries go back to what they held before, rather than into an error.
    void queryClient.cancelQueries();
    set({ inFlight: [], busySince: null, cancelledAt: Date.now() });
  },
  dismiss() {
    set({ failure: null, cancelledAt: null, linkSetAside: false });
  },
}));

let healthTimer: number | undefined;

/** Polls /api/health every few seconds during an outage and clears it when the API answers. */
function watchForRecovery(): void {
  if (healthTimer !== undefined) return;
  healthTimer = window.setInterval(() => {
    fetchHealth();
  }, 3000);
}

function fetchHealth(): void {
  api.health().then(
    () => {
      window.clearInterval(healthTimer);
      healthTimer = undefined;
      useStatus.setState({ outage: null });
      recoveryListeners.forEach((listener) => listener());
    },
    () => {},
  );
}

const recoveryListeners = new Set<() => void>();

/** Runs `listener` each time the API comes back after an outage (e.g. to retry the first load). */
export function onRecovery(listener: () => void): () => void {
  recoveryListeners.add(listener);
  return () => recoveryListeners.delete(listener);
}

/**
 * Shows a failure in the status bar, unless it is the user's Cancel, a missing node (the panel
 * says so) or an outage (which has its own banner and recovery).
 */
export function reportFailure(error: unknown): void {
  if (!(error instanceof ApiError) || error.status === 404 || error.code === 'UNAVAILABLE' || error.code === 'NETWORK') return;
  useStatus.setState({ failure: error.message });
}

// A query fails for good only once its retries are spent: only then is it worth a banner.
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'updated' && event.action.type === 'error') reportFailure(event.action.error);
});

observeRequests({
  started(controller) {
    useStatus.setState((state) => ({
      inFlight: [...state.inFlight, controller],
      busySince: state.inFlight.length ? state.busySince : performance.now(),
    }));
  },
  finished(controller, outcome, error?: ApiError) {
    useStatus.setState((state) => {
      const inFlight = state.inFlight.filter((item) => item !== controller);
      return { inFlight, busySince: inFlight.length ? state.busySince : null };
    });
    // Outages show at once; other failures are reported by whoever asked (a query once its
    // retries are spent, an operation, an export), through reportFailure.
    if (outcome === 'error' && (error?.code === 'UNAVAILABLE' || error?.code === 'NETWORK')) {
      useStatus.setState({ outage: error.code });
      watchForRecovery();
    }
  },
});
