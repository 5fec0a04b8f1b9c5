import { Router } from 'express';
import {
  nodeContextBody,
  nodeDetailsQuery,
  nodeParams,
  nodeTimelineQuery,
  type NodeContextResponse,
  type NodeDetailsResponse,
} from '../contract/nodes.js';
import type { NodeTimelineResponse } from '../contract/timeline.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { malformedPath } from './malformed-path.js';
import { nodeContext, nodeDetails } from '../explore/node.js';
import { nodeTimeline } from '../explore/timeline.js';

/**
 * GET /api/nodes/:id (details, degree, provenance), POST /api/nodes/:id/context (the node and its
 * relationships to the drawn nodes; POST because the drawn ids can be thousands) and
 * GET /api/nodes/:id/timeline (activity).
 */
export function nodeRoutes(db: Database): Router {
  const router = Router();
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(nodeParams, req.params);
    parseInput(nodeDetailsQuery, req.query);
    const body: NodeDetailsResponse = await nodeDetails(db, id);
    res.json(body);
  });
  router.post('/nodes/:id/context', async (req, res) => {
    const { id } = parseInput(nodeParams, req.params);
    const { drawn } = parseInput(nodeContextBody, req.body ?? {});
    const body: NodeContextResponse = await nodeContext(db, id, drawn);
    res.json(body);
  });
  router.get('/nodes/:id/timeline', async (req, res) => {
    const { id } = parseInput(nodeParams, req.params);
    const body: NodeTimelineResponse = await nodeTimeline(db, id, parseInput(nodeTimelineQuery, req.query));
    res.json(body);
  });
  router.use(malformedPath('id'));
  return router;
}
