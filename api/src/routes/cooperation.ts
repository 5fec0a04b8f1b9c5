import { Router } from 'express';
import { cooperationQuery, type CooperationResponse } from '../contract/cooperation.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { cooperationNetwork } from '../explore/cooperation.js';

/** GET /api/cooperation: the actor-to-actor network of shared events. */
export function cooperationRoutes(db: Database): Router {
  const router = Router();
  router.get('/cooperation', async (req, res) => {
    const body: CooperationResponse = await cooperationNetwork(db, parseInput(cooperationQuery, req.query));
    res.json(body);
  });
  return router;
}
