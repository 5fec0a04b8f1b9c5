import type { GraphResponse } from '../../api/client';
import type { WorkingGraph } from '../workingGraph';

/**
 * The working graph after a curation write: elements the server sent back replace their drawn
 * copies (a new name shows at once), new relationships between drawn nodes appear, and removed
 * elements (a deletion, the losing side of a merge) leave with their relationships. Not an
 * operation of the undo history: the graph itself changed, not the user's view of it.
 */
export function refreshed(graph: WorkingGraph, incoming: GraphResponse, removed: Iterable<string> = []): WorkingGraph {
  const gone = new Set(removed);
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  for (const id of gone) {
    nodes.delete(id);
    edges.delete(id);
  }
  for (const [id, edge] of edges) if (!nodes.has(edge.source) || !nodes.has(edge.target)) edges.delete(id);
  for (const node of incoming.nodes) if (nodes.has(node.id)) nodes.set(node.id, node);
  for (const edge of incoming.edges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  return { nodes, edges };
}
