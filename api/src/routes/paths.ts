import { Router } from 'express';
import {
  sharedNodesQuery,
  shortestPathsQuery,
  simplePathsQuery,
  type PathsResponse,
  type SharedNodesResponse,
  type ShortestPathsResponse,
} from '../contract/paths.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { sharedNodes, shortestPaths, simplePaths } from '../explore/paths.js';

/** GET /api/paths/shortest, /api/paths/simple and /api/paths/shared. */
export function pathRoutes(db: Database): Router {
  const router = Router();
  router.get('/paths/shortest', async (req, res) => {
    const body: ShortestPathsResponse = await shortestPaths(db, parseInput(shortestPathsQuery, req.query));
    res.json(body);
  });
  router.get('/paths/simple', async (req, res) => {
    const body: PathsResponse = await simplePaths(db, parseInput(simplePathsQuery, req.query));
    res.json(body);
  });
  router.get('/paths/shared', async (req, res) => {
    const body: SharedNodesResponse = await sharedNodes(db, parseInput(sharedNodesQuery, req.query));
    res.json(body);
  });
  return router;
}
