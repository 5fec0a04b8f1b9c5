import type { GraphEdge, GraphNode, GraphResponse } from '../api/client';

/** What is on the canvas: nodes and edges by their stable ids, in insertion order. */
export interface WorkingGraph {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
}

/** The change one operation makes, kept so that undo and redo need no request. */
export interface Delta {
  addNodes: GraphNode[];
  addEdges: GraphEdge[];
  removeNodes: GraphNode[];
  removeEdges: GraphEdge[];
}

export const EMPTY_GRAPH: WorkingGraph = { nodes: new Map(), edges: new Map() };

/** The delta that adds what `incoming` has and `graph` lacks (edges only when both ends will be present). */
export function additions(graph: WorkingGraph, incoming: GraphResponse): Delta {
  const addNodes = dedupe(incoming.nodes).filter((node) => !graph.nodes.has(node.id));
  const present = new Set([...graph.nodes.keys(), ...addNodes.map((node) => node.id)]);
  const addEdges = dedupe(incoming.edges).filter((edge) => !graph.edges.has(edge.id) && present.has(edge.source) && present.has(edge.target));
  return { addNodes, addEdges, removeNodes: [], removeEdges: [] };
}

/** The delta that replaces everything on the canvas by `incoming`. */
export function replacement(graph: WorkingGraph, incoming: GraphResponse): Delta {
  const nodes = dedupe(incoming.nodes);
  const ids = new Set(nodes.map((node) => node.id));
  return {
    addNodes: nodes,
    addEdges: dedupe(incoming.edges).filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
    removeNodes: [...graph.nodes.values()],
    removeEdges: [...graph.edges.values()],
  };
}

/** The delta that removes nodes and every edge touching them. */
export function removal(graph: WorkingGraph, nodeIds: Iterable<string>): Delta {
  const ids = new Set(nodeIds);
  return {
    addNodes: [],
    addEdges: [],
    removeNodes: [...ids].flatMap((id) => graph.nodes.get(id) ?? []),
    removeEdges: [...graph.edges.values()].filter((edge) => ids.has(edge.source) || ids.has(edge.target)),
  };
}

/** Applies a delta (removals first, so a replacement that keeps a node keeps it). */
export function applyDelta(graph: WorkingGraph, delta: Delta): WorkingGraph {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  for (const edge of delta.removeEdges) edges.delete(edge.id);
  for (const node of delta.removeNodes) nodes.delete(node.id);
  for (const node of delta.addNodes) nodes.set(node.id, node);
  for (const edge of delta.addEdges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  return { nodes, edges };
}

/** The delta that undoes `delta`. */
export function inverse(delta: Delta): Delta {
  return { addNodes: delta.removeNodes, addEdges: delta.removeEdges, removeNodes: delta.addNodes, removeEdges: delta.addEdges };
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(item.id, item);
  return [...seen.values()];
}
