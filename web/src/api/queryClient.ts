import { QueryClient } from '@tanstack/react-query';
import { ApiError, isAbort } from './client';

/** Failures a retry cannot fix: the user's Cancel, a 4xx, and outages (the status bar polls for the end of those). */
function worthRetrying(failures: number, error: unknown): boolean {
  if (isAbort(error) || !(error instanceof ApiError)) return false;
  if (error.code === 'UNAVAILABLE' || error.code === 'NETWORK' || error.status < 500) return false;
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
