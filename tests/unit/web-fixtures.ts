import type { GraphEdge, GraphNode, GraphResponse } from '../../web/src/api/client.js';

/** A node of the shared graph shape. */
export function node(id: string, label = 'Actor', properties: GraphNode['properties'] = {}): GraphNode {
  return { id, labels: [label], properties };
}

/** An edge of the shared graph shape. */
export function edge(id: string, source: string, target: string, type = 'COOPERATES_WITH', properties: GraphNode['properties'] = {}): GraphEdge {
  return { id, source, target, type, properties };
}

export function graph(nodes: GraphNode[], edges: GraphEdge[] = []): GraphResponse {
  return { nodes, edges };
}
