import type { SessionResponse, SignInBody, SignInResponse } from '../../../api/src/contract/auth';
import type * as Curation from '../../../api/src/contract/curation';
import type * as Documents from '../../../api/src/contract/documents';
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
import type * as Stories from '../../../api/src/contract/stories';

export type { GraphEdge, GraphNode, GraphResponse } from '../../../api/src/contract/graph';
export type { CooperationResponse, ExpandQuery, ExpandResponse, ExportFormat, NodeDetailsResponse, PathsResponse };
export type { SearchResponse, SharedNodesResponse, TimelineResponse, ViewResponse, ViewsResponse };
export type { NetworkFiguresResponse };
export type { AccountSummary, SessionResponse } from '../../../api/src/contract/auth';
export type { Change, Provenance, Qualifiers, SuggestedChange, Suggestion } from '../../../api/src/contract/curation';
export type { DocumentReport, DocumentResponse, DocumentsResponse, Mention, PastedDocument } from '../../../api/src/contract/documents';
/** A network as the analysis API takes it (weights filled in). */
export type WeightedNetwork = { nodes: string[]; links: Required<NetworkFiguresBody['links'][number]>[] };
/** Labels and relationship types the API accepts, from its vocabulary (via the contract). */
export type NodeLabel = NonNullable<ExpandQuery['labels']>[number];
export type RelationshipType = NonNullable<ExpandQuery['types']>[number];
export type { SearchResult } from '../../../api/src/contract/search';
export type { ProvenanceEntry } from '../../../api/src/contract/nodes';
export type { ViewDefinition } from '../../../api/src/contract/views';
export type { Story, StoryElementsResponse, StoryInput, StoryStep, StorySummary, StoryFraming } from '../../../api/src/contract/stories';

/** An API failure with the server's error code (UNAVAILABLE when Neo4j is down, NETWORK when the server is). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's whole `error` object (a 409 carries the element's `current` state). */
    readonly details: Record<string, unknown> = {},
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

/**
 * The session's CSRF token (from sign-in or GET /api/auth/session): every write carries it in
 * X-CSRF-Token, as the server requires of cookie-authenticated writes.
 */
let csrfToken: string | null = null;

/** Remembers the token of the current session (null once signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Who asks the user to sign in again when a write finds the session expired (the account feature's
 * dialog): resolves true once signed in, false when the user gives up. The form being edited stays
 * mounted meanwhile, and the write is sent again.
 */
let staleSession: (() => Promise<boolean>) | null = null;

export function onStaleSession(handler: (() => Promise<boolean>) | null): void {
  staleSession = handler;
}

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

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
async function call(path: string, init: CallInit = {}): Promise<Response> {
  let tokenRenewed = false;
  for (;;) {
    try {
      return await callOnce(path, init);
    } catch (error) {
      if (!(error instanceof ApiError) || !isWrite(init.method ?? 'GET') || path.startsWith('/api/auth/')) throw error;
      // A token the server no longer knows (a new session elsewhere): take the current one, once.
      if (error.code === 'CSRF' && !tokenRenewed) {
        tokenRenewed = true;
        await api.session();
        continue;
      }
      // The session is gone: the user signs in again (the form stays as it was) and the write is sent again.
      if (error.status === 401 && staleSession && (await staleSession())) return callOnce(path, init);
      throw error;
    }
  }
}

interface CallInit {
  signal?: AbortSignal;
  method?: string;
  body?: unknown;
  /** A file sent as the body itself (document ingestion), instead of JSON. */
  file?: Blob;
  accept?: string;
}

async function callOnce(path: string, init: CallInit): Promise<Response> {
  const controller = new AbortController();
  const forward = () => controller.abort();
  init.signal?.addEventListener('abort', forward, { once: true });
  if (init.signal?.aborted) controller.abort();
  observer?.started(controller);
  try {
    let response: Response;
    try {
      const method = init.method ?? 'GET';
      response = await fetch(path, {
        method,
        signal: controller.signal,
        // The session cookie goes with every request (same origin only).
        credentials: 'same-origin',
        headers: {
          accept: init.accept ?? 'application/json',
          ...(init.file ? { 'content-type': 'application/octet-stream' } : init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(isWrite(method) && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        },
        body: init.file ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, 'NETWORK', 'The Liaison server cannot be reached.');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } & Record<string, unknown> } | null;
      throw new ApiError(response.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? response.statusText, body?.error ?? {});
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

async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await call(path, { method, body });
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

type Input<T> = { [K in keyof T]?: T[K] };

const entity = (id: string) => `/api/entities/${encodeURIComponent(id)}`;
const relationship = (id: string) => `/api/relationships/${encodeURIComponent(id)}`;

/** The typed client: the only module of the web app that fetches. */
export const api = {
  /** Who is signed in (and the session's CSRF token, kept for the next writes). */
  session: async (signal?: AbortSignal) => {
    const session = await getJson<SessionResponse>('/api/auth/session', {}, signal);
    setCsrfToken(session.account ? session.csrfToken : null);
    return session;
  },
  signIn: async (body: SignInBody) => {
    const signedIn = await send<SignInResponse>('POST', '/api/auth/sign-in', body);
    setCsrfToken(signedIn.csrfToken);
    return signedIn;
  },
  signOut: async () => {
    await send<undefined>('POST', '/api/auth/sign-out');
    setCsrfToken(null);
  },
  createEntity: (body: Curation.EntityCreateBody) => send<Curation.EntityResponse>('POST', '/api/entities', body),
  updateEntity: (id: string, body: Curation.EntityPatchBody) => send<Curation.EntityResponse>('PATCH', entity(id), body),
  deleteEntity: (id: string, body: Curation.EntityDeleteBody) => send<Curation.EntityDeleteResponse>('DELETE', entity(id), body),
  restoreEntity: (id: string, note?: string) => send<Curation.EntityResponse>('POST', `${entity(id)}/restore`, { note }),
  mergeEntity: (id: string, body: Curation.EntityMergeBody) => send<Curation.EntityMergeResponse>('POST', `${entity(id)}/merge`, body),
  createRelationship: (body: Curation.RelationshipCreateBody) => send<Curation.RelationshipResponse>('POST', '/api/relationships', body),
  updateRelationship: (id: string, body: Curation.RelationshipPatchBody) => send<Curation.RelationshipResponse>('PATCH', relationship(id), body),
  deleteRelationship: (id: string, body: Curation.RelationshipDeleteBody) =>
    send<Curation.RelationshipDeleteResponse>('DELETE', relationship(id), body),
  restoreRelationship: (id: string, note?: string) => send<Curation.RelationshipResponse>('POST', `${relationship(id)}/restore`, { note }),
  /** The changes of one node or relationship, newest first. */
  history: (kind: 'node' | 'relationship', id: string, signal?: AbortSignal) =>
    getJson<Curation.HistoryResponse>(`${kind === 'node' ? `/api/nodes/${encodeURIComponent(id)}` : relationship(id)}/history`, {}, signal),
  revertChange: (id: string, note?: string) => send<Curation.RevertResponse>('POST', `/api/changes/${encodeURIComponent(id)}/revert`, { note }),
  suggestions: (status: 'open' | 'accepted' | 'rejected', signal?: AbortSignal) =>
    getJson<Curation.SuggestionsResponse>('/api/suggestions', { status }, signal),
  suggest: (body: Curation.SuggestionCreateBody) => send<Curation.SuggestionResponse>('POST', '/api/suggestions', body),
  /** `as`: accept a proposed new entity as this existing one. */
  acceptSuggestion: (id: string, note?: string, as?: string) =>
    send<Curation.SuggestionResponse>('POST', `/api/suggestions/${encodeURIComponent(id)}/accept`, { note, as }),
  rejectSuggestion: (id: string, reason: string) =>
    send<Curation.SuggestionResponse>('POST', `/api/suggestions/${encodeURIComponent(id)}/reject`, { reason }),
  /** Ingests a file (editor): the server reads it, links it to the graph and queues its proposals. */
  ingestFile: async (file: File, lang?: 'fr' | 'en') => {
    const response = await call(`/api/documents${queryString({ filename: file.name, lang })}`, { method: 'POST', file });
    return (await response.json()) as Documents.DocumentReport;
  },
  ingestText: (body: Documents.PastedDocument) => send<Documents.DocumentReport>('POST', '/api/documents', body),
  documents: (signal?: AbortSignal) => getJson<Documents.DocumentsResponse>('/api/documents', {}, signal),
  document: (id: string, signal?: AbortSignal) => getJson<Documents.DocumentResponse>(`/api/documents/${encodeURIComponent(id)}`, {}, signal),
  acceptPassage: (id: string) => send<Documents.PassageReviewResponse>('POST', `/api/passages/${encodeURIComponent(id)}/accept`, {}),
  rejectPassage: (id: string, reason: string) =>
    send<Documents.PassageReviewResponse>('POST', `/api/passages/${encodeURIComponent(id)}/reject`, { reason }),
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
  stories: (signal?: AbortSignal) => getJson<Stories.StoriesResponse>('/api/stories', {}, signal),
  story: (id: string, signal?: AbortSignal) => getJson<Stories.StoryResponse>(`/api/stories/${encodeURIComponent(id)}`, {}, signal),
  /** The elements a story's steps name, as they are now (merged ids followed, deleted ones listed). */
  storyElements: (body: Stories.StoryElementsBody, signal?: AbortSignal) =>
    postJson<Stories.StoryElementsResponse>('/api/stories/elements', body, signal),
  createStory: (body: Stories.StoryInput) => send<Stories.StoryWriteResponse>('POST', '/api/stories', body),
  replaceStory: (id: string, body: Stories.StoryReplaceInput) =>
    send<Stories.StoryWriteResponse>('PUT', `/api/stories/${encodeURIComponent(id)}`, body),
  deleteStory: (id: string) => send<Stories.StoryDeleteResponse>('DELETE', `/api/stories/${encodeURIComponent(id)}`),
  /** The export file of a hand-made selection, as a Blob with the server's file name. */
  exportFile: async (format: ExportFormat, body: { ids: string[]; edgeIds?: string[] }, signal?: AbortSignal) => {
    const response = await call(`/api/export${queryString({ format })}`, { method: 'POST', body, signal, accept: '*/*' });
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `liaison-selection.${format}`;
    return { blob: await response.blob(), name };
  },
};
