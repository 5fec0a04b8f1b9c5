import type { GraphEdge, GraphNode, GraphResponse } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { captionsOf } from '../model/caption.js';
import { readBounded } from './read.js';

/** A node as a query returns it, with its element id, used only to fetch edges in the same request. */
export interface PlacedNode extends GraphNode {
  elementId: string;
}

/** The most edges one response carries; nodes are already bounded by each route's limit. */
export const EDGE_LIMIT = 20_000;

/** The shared node shape, without the internal element id, with its caption per language. */
export function publicNode({ id, labels, properties }: GraphNode): GraphNode {
  return { id, labels, properties, caption: captionsOf(id, properties) };
}

/**
 * The relationships among chosen nodes (type and time-window filters apply), so a graph response
 * shows every link between the nodes it shows, not only the ones its traversal used.
 */
export async function edgesAmong(
  db: Database,
  nodes: PlacedNode[],
  filters: { types: unknown; time: unknown },
  edgeLimit = EDGE_LIMIT,
): Promise<{ edges: GraphEdge[]; truncated: boolean }> {
  if (nodes.length === 0) return { edges: [], truncated: false };
  const rows = await readBounded(db, 'subgraph-edges', {
    elementIds: nodes.map((node) => node.elementId),
    types: filters.types,
    time: filters.time,
    edgeLimit: edgeLimit + 1,
  });
  const edges = rows.slice(0, edgeLimit).map((row) => row.edge as GraphEdge);
  return { edges, truncated: rows.length > edgeLimit };
}

/** Joins graphs, keeping each node and edge once (by id), in first-seen order. */
export function mergeGraphs(graphs: GraphResponse[]): GraphResponse {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, publicNode(node));
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** `[{label, count}]` rows as a `{ label: count }` record, largest first. */
export function countsByLabel(rows: unknown): Record<string, number> {
  const list = Array.isArray(rows) ? (rows as { label: string; count: number }[]) : [];
  return Object.fromEntries(list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).map((row) => [row.label, row.count]));
}
