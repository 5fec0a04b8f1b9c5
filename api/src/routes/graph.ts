import { Router } from 'express';
import { graphQuery, type GraphResponse } from '../contract/graph.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { documentGraph } from '../explore/document-graph.js';

/** GET /api/graph: the subgraph the source documents state, in the shared { nodes, edges } shape. */
export function graphRoutes(db: Database): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { limit } = parseInput(graphQuery, req.query);
    const body: GraphResponse = await documentGraph(db, limit);
    res.json(body);
  });
  return router;
}
