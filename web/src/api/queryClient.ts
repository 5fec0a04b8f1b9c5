import { QueryClient } from '@tanstack/react-query';
import { ApiError, isAbort } from './client';

/**
 * Reads are retried twice (a cold or busy database can time out once), except what a retry cannot
 * change: the user's Cancel, a missing node, and outages (the status bar polls for their end).
 */
function worthRetrying(failures: number, error: unknown): boolean {
  if (isAbort(error) || !(error instanceof ApiError)) return false;
  if (error.code === 'UNAVAILABLE' || error.code === 'NETWORK' || error.status === 404) return false;
  return failures < 2;
}

/** The one cache of server data of the web app. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: worthRetrying,
      // The data changes only with the seed or an import; focus changes should not refetch.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** After an outage: what failed is asked again. */
export function refetchFailed(): void {
  void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
}
