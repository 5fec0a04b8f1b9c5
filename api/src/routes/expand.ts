import { Router } from 'express';
import { expandQuery, type ExpandResponse } from '../contract/expand.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { expandGraph } from '../explore/expand.js';

/** GET /api/expand: neighbours of seed nodes within 1–3 hops, filtered and bounded. */
export function expandRoutes(db: Database): Router {
  const router = Router();
  router.get('/expand', async (req, res) => {
    const { placed: _placed, ...body } = await expandGraph(db, parseInput(expandQuery, req.query));
    res.json(body satisfies ExpandResponse);
  });
  return router;
}
