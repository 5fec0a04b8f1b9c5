import type { GraphResponse } from '../../../api/src/contract/graph';
import type { HealthResponse } from '../../../api/src/contract/health';

export type { GraphEdge, GraphNode, GraphResponse } from '../../../api/src/contract/graph';

/** An API failure with the server's error code (e.g. UNAVAILABLE when Neo4j is down). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'The Liaison server cannot be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, detail?.code ?? 'HTTP', detail?.message ?? response.statusText);
  }
  return body as T;
}

/** The typed client: the only module of the web app that fetches. */
export const api = {
  health: (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', signal),
  graph: (signal?: AbortSignal) => getJson<GraphResponse>('/api/graph', signal),
};
