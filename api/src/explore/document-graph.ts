import type { GraphEdge, GraphNode, GraphResponse } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { publicNode } from './subgraph.js';

interface Endpoint {
  id: string;
  labels: string[];
  properties: GraphNode['properties'];
}

/** The subgraph the source documents state (relationships citing a document), in the shared { nodes, edges } shape. */
export async function documentGraph(db: Database, limit: number): Promise<GraphResponse> {
  const rows = await db.read('graph-document-subgraph', { limit });
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const row of rows) {
    const source = row.source as Endpoint;
    const target = row.target as Endpoint;
    const rel = row.relationship as { id: string; type: string; properties: GraphEdge['properties'] };
    nodes.set(source.id, publicNode(source));
    nodes.set(target.id, publicNode(target));
    edges.push({ id: rel.id, type: rel.type, source: source.id, target: target.id, properties: rel.properties });
  }
  return { nodes: [...nodes.values()], edges };
}
