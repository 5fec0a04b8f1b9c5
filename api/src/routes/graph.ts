import { Router } from 'express';
import { graphQuery, type GraphEdge, type GraphNode, type GraphResponse } from '../contract/graph.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { publicNode } from '../explore/subgraph.js';

interface Endpoint {
  id: string;
  labels: string[];
  properties: GraphNode['properties'];
}

/** GET /api/graph: the subgraph the source documents state, in the shared { nodes, edges } shape. */
export function graphRoutes(db: Database): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { limit } = parseInput(graphQuery, req.query);
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
    const body: GraphResponse = { nodes: [...nodes.values()], edges };
    res.json(body);
  });
  return router;
}
