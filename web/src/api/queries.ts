import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CooperationQuery } from '../../../api/src/contract/cooperation';
import { api, type NodeLabel, type ProvenanceEntry, type WeightedNetwork } from './client';

/** A short fingerprint of a network (FNV-1a over its ids and weights), to key its figures in the cache. */
function fingerprint(network: WeightedNetwork): string {
  let hash = 0x811c9dc5;
  const text = `${network.nodes.join(',')}|${network.links.map((link) => `${link.source}>${link.target}:${link.weight}`).join(',')}`;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return `${network.nodes.length}:${network.links.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * Every piece of server data the components read, as TanStack Query definitions: the key says
 * what it depends on, the client does the fetching (with the query's AbortSignal, so a
 * superseded or unmounted query is cancelled), the cache is shared by every reader.
 */
export const queries = {
  /** Who is signed in; refreshed after sign-in/out, and when a write finds the session gone. */
  session: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: ({ signal }) => api.session(signal),
      staleTime: 5 * 60_000,
      retry: false,
    }),

  /** The changes recorded for a node or relationship (its History tab). */
  history: (kind: 'node' | 'relationship', id: string) =>
    queryOptions({
      queryKey: ['history', kind, id],
      queryFn: ({ signal }) => api.history(kind, id, signal),
      staleTime: 0,
    }),

  /** Suggestions by status (the review queue reads the open ones; editors only). */
  suggestions: (status: 'open' | 'accepted' | 'rejected') =>
    queryOptions({
      queryKey: ['suggestions', status],
      queryFn: ({ signal }) => api.suggestions(status, signal),
      staleTime: 30_000,
      retry: false,
    }),

  /** The ingested documents (the reader's list). */
  documents: () =>
    queryOptions({
      queryKey: ['documents'],
      queryFn: ({ signal }) => api.documents(signal),
      staleTime: 60_000,
    }),

  /** One ingested document: passages, mentions and (for editors) proposals. */
  document: (id: string) =>
    queryOptions({
      queryKey: ['document', id],
      queryFn: ({ signal }) => api.document(id, signal),
      staleTime: 0,
    }),

  /** Typeahead results; the previous list stays while the next one loads. */
  search: (q: string, labels?: NodeLabel[]) =>
    queryOptions({
      queryKey: ['search', q, labels ?? []],
      queryFn: ({ signal }) => api.search({ q, limit: 10, labels }, signal),
      enabled: q.length >= 2,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),

  /** A node with its names, properties, degree by type and provenance. */
  node: (id: string) =>
    queryOptions({
      queryKey: ['node', id],
      queryFn: ({ signal }) => api.node(id, signal),
      staleTime: 60_000,
    }),

  /**
   * The sources of one relationship. There is no relationship endpoint, but a node's provenance
   * lists, per source, the statements of each of its relationships; we read one end's (cached)
   * details, then the other's if the first one's list was capped.
   */
  edgeProvenance: (edgeId: string, ends: string[]) =>
    queryOptions({
      queryKey: ['edge-provenance', edgeId, ends],
      queryFn: async ({ client }): Promise<ProvenanceEntry[]> => {
        for (const end of ends) {
          const details = await client.fetchQuery(queries.node(end));
          const found = details.provenance.filter((entry) => entry.statements.some((statement) => statement.relationship === edgeId));
          if (found.length) return found;
        }
        return [];
      },
      staleTime: 60_000,
    }),

  /** Events per year under the country and topic filters (the time bar's histogram). */
  timeline: (country: string | null, topic: string | null) =>
    queryOptions({
      queryKey: ['timeline', country, topic],
      queryFn: ({ signal }) => api.timeline({ granularity: 'year', country: country ?? undefined, topic: topic ?? undefined }, signal),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),

  /** What the map can colour countries by (instruments, memberships), from the graph. */
  mapMeasures: () =>
    queryOptions({
      queryKey: ['map-measures'],
      queryFn: ({ signal }) => api.mapMeasures(signal).then((response) => response.measures),
      staleTime: Infinity,
    }),

  /** Every country's status towards a measure as of a year (and its change to a second year); the previous map stays while the next loads (play). */
  mapStatus: (measure: string, asOf: number, compare: number | null) =>
    queryOptions({
      queryKey: ['map-status', measure, asOf, compare],
      queryFn: ({ signal }) => api.mapStatus({ measure, as_of: String(asOf), compare: compare === null ? undefined : String(compare) }, signal),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),

  /** Events placed by country and cooperation flows, as of a year. */
  mapPlaces: (asOf: number) =>
    queryOptions({
      queryKey: ['map-places', asOf],
      queryFn: ({ signal }) => api.mapPlaces({ as_of: String(asOf) }, signal),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),

  /** Centrality and communities of the drawn cooperation network, from the API. */
  networkFigures: (network: WeightedNetwork) =>
    queryOptions({
      queryKey: ['network-figures', fingerprint(network)],
      queryFn: ({ signal }) => api.networkFigures(network, signal),
      staleTime: Infinity,
    }),

  /** The trainers' stories (cards); invalidated after each save or delete. */
  stories: () =>
    queryOptions({
      queryKey: ['stories'],
      queryFn: ({ signal }) => api.stories(signal).then((response) => response.stories),
    }),

  /** The elements of a story step, as they are now (redirects followed); refetched when a story is opened again. */
  storyElements: (nodes: string[], edges: string[]) =>
    queryOptions({
      queryKey: ['story-elements', [...nodes].sort().join(','), [...edges].sort().join(',')],
      queryFn: ({ signal }) => api.storyElements({ nodes, edges }, signal),
      staleTime: 60_000,
    }),

  /** The curated views (they change only with the seed). */
  views: () =>
    queryOptions({
      queryKey: ['views'],
      queryFn: ({ signal }) => api.views(signal).then((response) => response.views),
      staleTime: Infinity,
    }),

  /**
   * The events that match a country or a topic (events carry no country: it is two hops away,
   * event → city → country). An expand from the country along HELD_IN, LOCATED_IN and HOSTED
   * (2 hops), or from the topic along ADDRESSES, under that same filter, reaches exactly them.
   */
  matchingEvents: (kind: 'country' | 'topic', id: string) =>
    queryOptions({
      queryKey: ['matching-events', kind, id],
      queryFn: async ({ signal }) => {
        const result = await api.expand(
          kind === 'country'
            ? { ids: [id], limit: 2000, depth: 2, types: ['HELD_IN', 'LOCATED_IN', 'HOSTED'], country: id }
            : { ids: [id], limit: 2000, depth: 1, types: ['ADDRESSES'], topic: id },
          signal,
        );
        return new Set(result.nodes.filter((node) => node.labels.includes('Event')).map((node) => node.id));
      },
      staleTime: Infinity,
    }),

  /**
   * The cooperation network for a set of filters: the network operation draws its graph, the
   * ranking and the edge details read its ranked pairs from the same cache entry.
   */
  cooperation: (filters: Partial<CooperationQuery>) =>
    queryOptions({
      queryKey: ['cooperation', filters],
      queryFn: ({ signal }) => api.cooperation({ ...filters, limit: 2000 }, signal),
      staleTime: Infinity,
    }),
};
