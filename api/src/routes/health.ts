import { Router } from 'express';
import type { HealthResponse } from '../contract/health.js';
import type { Database } from '../db/driver.js';
import { serverHealth } from '../explore/health.js';

/** GET /api/health: 200 with the server version and counts, 503 while Neo4j is unreachable. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const body: HealthResponse = await serverHealth(db);
    res.json(body);
  });
  return router;
}
