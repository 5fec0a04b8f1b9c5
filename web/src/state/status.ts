import { create } from 'zustand';
import { api, observeRequests, type ApiError } from '../api/client';

/** What the status bar shows: requests in flight (with Cancel), an outage, the last failure. */
interface StatusState {
  inFlight: AbortController[];
  /** Set while the API or Neo4j is unreachable; cleared by the health poll when they return. */
  outage: 'UNAVAILABLE' | 'NETWORK' | null;
  failure: string | null;
  cancelledAt: number | null;
  cancelAll(): void;
  dismiss(): void;
}

export const useStatus = create<StatusState>()((set, get) => ({
  inFlight: [],
  outage: null,
  failure: null,
  cancelledAt: null,
  cancelAll() {
    for (const controller of get().inFlight) controller.abort();
    set({ inFlight: [], cancelledAt: Date.now() });
  },
  dismiss() {
    set({ failure: null, cancelledAt: null });
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

observeRequests({
  started(controller) {
    useStatus.setState((state) => ({ inFlight: [...state.inFlight, controller] }));
  },
  finished(controller, outcome, error?: ApiError) {
    useStatus.setState((state) => ({ inFlight: state.inFlight.filter((item) => item !== controller) }));
    if (outcome !== 'error' || !error) return;
    if (error.code === 'UNAVAILABLE' || error.code === 'NETWORK') {
      useStatus.setState({ outage: error.code });
      watchForRecovery();
    } else if (error.status !== 404) {
      useStatus.setState({ failure: error.message });
    }
  },
});
