import type { ExportSelection } from '../contract/export.js';
import { filterParams, type FilterParams } from '../contract/filters.js';
import type { GraphEdge } from '../contract/graph.js';
import { followRedirects } from '../explore/redirects.js';
import type { Database } from '../db/driver.js';
import { COOPERATION_EDGE_TYPE } from '../explore/cooperation.js';
import { luceneQuery } from '../explore/lucene.js';
import { viewWithGraph } from '../explore/views.js';

/** The parameters export-summary.cypher and export-elements.cypher take (null = no restriction). */
export interface SelectionParams extends FilterParams {
  ids: string[] | null;
  edgeIds: string[] | null;
  withSources: boolean;
}

export interface ResolvedSelection {
  params: SelectionParams;
  /**
   * Edges a view computes rather than stores (the cooperation network's co-participation links,
   * each weighted and listing the events behind it): exported beside the stored ones.
   */
  computedEdges: GraphEdge[];
  /** A short slug naming the selection, for file names: `view-x`, `selection`, `search`, `graph`. */
  slug: string;
}

/** A view's graph: node ids, stored relationship ids, and the edges it computes. */
export interface ViewGraph {
  nodeIds: string[];
  edgeIds: string[];
  computedEdges?: GraphEdge[];
}

/** Finds a saved view's graph; the default asks the views module (the same graph GET /api/views/:id shows). */
export type ViewResolver = (db: Database, viewId: string) => Promise<ViewGraph>;

/** Edge types no relationship in the database has: a view computes them. */
const COMPUTED_TYPES: ReadonlySet<string> = new Set([COOPERATION_EDGE_TYPE]);

export const resolveViewGraph: ViewResolver = async (db, viewId) => {
  const { nodes, edges } = await viewWithGraph(db, viewId);
  const stored = edges.filter((edge) => !COMPUTED_TYPES.has(edge.type));
  return {
    nodeIds: nodes.map((node) => node.id),
    edgeIds: stored.map((edge) => edge.id),
    computedEdges: edges.filter((edge) => COMPUTED_TYPES.has(edge.type)),
  };
};

/**
 * The computed edges the rest of the selection keeps: both ends selected, and the id and type
 * filters applied as to stored relationships. With source nodes on, the sources they cite
 * join the node ids, as the sources of stored relationships do.
 */
function keptComputedEdges(edges: GraphEdge[], ids: string[] | null, selection: ExportSelection): GraphEdge[] {
  const nodes = ids ? new Set(ids) : null;
  const edgeIds = selection.edgeIds?.length ? new Set(selection.edgeIds) : null;
  const types = selection.types?.length ? new Set<string>(selection.types) : null;
  return edges.filter(
    (edge) =>
      (!nodes || (nodes.has(edge.source) && nodes.has(edge.target))) && (!edgeIds || edgeIds.has(edge.id)) && (!types || types.has(edge.type)),
  );
}

/** Keeps what both lists hold; `null` means "no restriction". */
function intersect(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const wanted = new Set(b);
  return a.filter((id) => wanted.has(id));
}

/** The ids of every node a text search finds (names and aliases, FR and EN, accent-insensitive). */
export async function textMatches(db: Database, text: string): Promise<string[]> {
  const trimmed = text.trim();
  const rows = await db.read('export-text-ids', {
    lucene: luceneQuery(trimmed),
    ids: [...new Set([trimmed, trimmed.toLowerCase(), trimmed.toUpperCase()])],
  });
  return rows.map((row) => String(row.id));
}

/**
 * Turns a validated selection into query parameters: a view becomes its node and edge ids, a text
 * search becomes the ids it finds, and everything given is intersected.
 */
export async function resolveSelection(
  db: Database,
  selection: ExportSelection,
  resolveView: ViewResolver = resolveViewGraph,
): Promise<ResolvedSelection> {
  // Ids of merged entities export the entity they went into (api/src/explore/redirects.ts).
  let ids: string[] | null = selection.ids?.length ? await followRedirects(db, [...new Set(selection.ids)]) : null;
  let edgeIds: string[] | null = selection.edgeIds?.length ? [...new Set(selection.edgeIds)] : null;
  let computed: GraphEdge[] = [];
  if (selection.view) {
    const view = await resolveView(db, selection.view);
    ids = intersect(ids, view.nodeIds);
    edgeIds = intersect(edgeIds, view.edgeIds);
    computed = view.computedEdges ?? [];
  }
  if (selection.text) ids = intersect(ids, await textMatches(db, selection.text));
  const computedEdges = keptComputedEdges(computed, ids, selection);
  if (ids && selection.sourceNodes && computedEdges.length > 0) {
    const cited = computedEdges.flatMap((edge) => (Array.isArray(edge.properties.sources) ? edge.properties.sources.map(String) : []));
    ids = [...new Set([...ids, ...cited])];
  }
  const filtered = Boolean(
    selection.labels?.length || selection.types?.length || selection.from || selection.to || selection.as_of || selection.country || selection.topic,
  );
  const slug = selection.view ? selection.view : selection.ids?.length ? 'selection' : selection.text ? 'search' : filtered ? 'filtered' : 'graph';
  return {
    computedEdges,
    params: {
      ids,
      edgeIds,
      ...filterParams(selection),
      withSources: selection.sourceNodes,
    },
    slug: slug.replace(/[^a-z0-9-]+/gi, '-').toLowerCase(),
  };
}
