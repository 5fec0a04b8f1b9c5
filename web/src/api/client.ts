import type { NetworkFiguresBody, NetworkFiguresResponse } from '../../../api/src/contract/analysis';
import type { CooperationQuery, CooperationResponse } from '../../../api/src/contract/cooperation';
import type { ExpandQuery, ExpandResponse } from '../../../api/src/contract/expand';
import type { ExportFormat } from '../../../api/src/contract/export';
import type { GraphResponse } from '../../../api/src/contract/graph';
import type { HealthResponse } from '../../../api/src/contract/health';
import type { MapMeasuresResponse, MapPlacesQuery, MapPlacesResponse, MapStatusQuery, MapStatusResponse } from '../../../api/src/contract/map';
import type { NodeContextResponse, NodeDetailsResponse } from '../../../api/src/contract/nodes';
import type { PathsResponse, SharedNodesQuery, SharedNodesResponse, ShortestPathsQuery } from '../../../api/src/contract/paths';
import type { SearchQuery, SearchResponse } from '../../../api/src/contract/search';
import type { TimelineQuery, TimelineResponse } from '../../../api/src/contract/timeline';
import type { ViewResponse, ViewsResponse } from '../../../api/src/contract/views';

export type { GraphEdge, GraphNode, GraphResponse } from '../../../api/src/contract/graph';
export type { CooperationResponse, ExpandQuery, ExpandResponse, ExportFormat, NodeDetailsResponse, PathsResponse };
export type { SearchResponse, SharedNodesResponse, TimelineResponse, ViewResponse, ViewsResponse };
export type { NetworkFiguresResponse };
/** A network as the analysis API takes it (weights filled in). */
export type WeightedNetwork = { nodes: string[]; links: Required<NetworkFiguresBody['links'][number]>[] };
/** Labels and relationship types the API accepts, from its vocabulary (via the contract). */
export type NodeLabel = NonNullable<ExpandQuery['labels']>[number];
export type RelationshipType = NonNullable<ExpandQuery['types']>[number];
export type { SearchResult } from '../../../api/src/contract/search';
export type { ProvenanceEntry } from '../../../api/src/contract/nodes';
export type { ViewDefinition } from '../../../api/src/contract/views';

/** An API failure with the server's error code (UNAVAILABLE when Neo4j is down, NETWORK when the server is). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** True for the failures the user caused by pressing Cancel (or that a newer request replaced). */
export function isAbort(error: unknown): boolean {
  return (error as Error | null)?.name === 'AbortError';
}

/** Who wants to know about requests in flight (the status bar: spinner, cancel, outage banner). */
export interface RequestObserver {
  started(controller: AbortController): void;
  finished(controller: AbortController, outcome: 'ok' | 'error' | 'aborted', error?: ApiError): void;
}

let observer: RequestObserver | null = null;

/** Registers the one observer of requests (the app's status store). */
export function observeRequests(next: RequestObserver | null): void {
  observer = next;
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

/** Builds `?a=1&b=x,y`; lists become comma-separated, as the contracts accept. */
function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Every request goes through here: one AbortController per request, linked to the caller's signal
 * and to the status bar's Cancel button, and typed errors.
 */
async function call(path: string, init: { signal?: AbortSignal; method?: string; body?: unknown; accept?: string } = {}): Promise<Response> {
  const controller = new AbortController();
  const forward = () => controller.abort();
  init.signal?.addEventListener('abort', forward, { once: true });
  if (init.signal?.aborted) controller.abort();
  observer?.started(controller);
  try {
    let response: Response;
    try {
      response = await fetch(path, {
        method: init.method ?? 'GET',
        signal: controller.signal,
        headers: { accept: init.accept ?? 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, 'NETWORK', 'The Liaison server cannot be reached.');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      throw new ApiError(response.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? response.statusText);
    }
    observer?.finished(controller, 'ok');
    return response;
  } catch (error) {
    observer?.finished(controller, isAbort(error) ? 'aborted' : 'error', error instanceof ApiError ? error : undefined);
    throw error;
  } finally {
    init.signal?.removeEventListener('abort', forward);
  }
}

async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const response = await call(`${path}${queryString(query)}`, { signal });
  return (await response.json()) as T;
}

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await call(path, { method: 'POST', body, signal });
  return (await response.json()) as T;
}

type Input<T> = { [K in keyof T]?: T[K] };

/** The typed client: the only module of the web app that fetches. */
export const api = {
  health: (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', {}, signal),
  graph: (signal?: AbortSignal) => getJson<GraphResponse>('/api/graph', {}, signal),
  search: (query: Input<SearchQuery> & { q: string }, signal?: AbortSignal) => getJson<SearchResponse>('/api/search', query, signal),
  node: (id: string, signal?: AbortSignal) => getJson<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(id)}`, {}, signal),
  /** The node and its relationships to the `drawn` nodes: what opening it adds to the canvas. */
  nodeContext: (id: string, drawn: string[], signal?: AbortSignal) =>
    postJson<NodeContextResponse>(`/api/nodes/${encodeURIComponent(id)}/context`, { drawn }, signal),
  expand: (query: Input<ExpandQuery> & { ids: string[] }, signal?: AbortSignal) => getJson<ExpandResponse>('/api/expand', query, signal),
  shortestPaths: (query: Input<ShortestPathsQuery> & { from: string; to: string }, signal?: AbortSignal) =>
    getJson<PathsResponse>('/api/paths/shortest', query, signal),
  sharedNodes: (query: Input<SharedNodesQuery> & { ids: string[] }, signal?: AbortSignal) =>
    getJson<SharedNodesResponse>('/api/paths/shared', query, signal),
  timeline: (query: Input<TimelineQuery>, signal?: AbortSignal) => getJson<TimelineResponse>('/api/timeline', query, signal),
  cooperation: (query: Input<CooperationQuery>, signal?: AbortSignal) => getJson<CooperationResponse>('/api/cooperation', query, signal),
  mapMeasures: (signal?: AbortSignal) => getJson<MapMeasuresResponse>('/api/map/measures', {}, signal),
  mapStatus: (query: Input<MapStatusQuery> & { measure: string }, signal?: AbortSignal) =>
    getJson<MapStatusResponse>('/api/map/status', query, signal),
  mapPlaces: (query: Input<MapPlacesQuery>, signal?: AbortSignal) => getJson<MapPlacesResponse>('/api/map/places', query, signal),
  /** Centrality and communities of a network, computed by the API (api/src/analysis). */
  networkFigures: (network: WeightedNetwork, signal?: AbortSignal) => postJson<NetworkFiguresResponse>('/api/analysis/network', network, signal),
  views: (signal?: AbortSignal) => getJson<ViewsResponse>('/api/views', {}, signal),
  view: (id: string, signal?: AbortSignal) => getJson<ViewResponse>(`/api/views/${encodeURIComponent(id)}`, {}, signal),
  /** The export file of a hand-made selection, as a Blob with the server's file name. */
  exportFile: async (format: ExportFormat, body: { ids: string[]; edgeIds?: string[] }, signal?: AbortSignal) => {
    const response = await call(`/api/export${queryString({ format })}`, { method: 'POST', body, signal, accept: '*/*' });
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `liaison-selection.${format}`;
    return { blob: await response.blob(), name };
  },
};
