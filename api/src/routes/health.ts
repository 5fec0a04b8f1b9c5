import { Router } from 'express';
import type { HealthResponse } from '../contract/health.js';
import { graphCounts } from '../db/connect.js';
import type { Database } from '../db/driver.js';
import { asUnavailable } from '../errors.js';

/** GET /api/health: 200 with the server version and counts, 503 while Neo4j is unreachable. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      const [server] = await db.read('server-version', {}, { timeoutMs: 5000 });
      const counts = await graphCounts(db);
      const body: HealthResponse = {
        status: 'ok',
        neo4j: { version: String(server?.version), edition: String(server?.edition), ...counts },
      };
      res.json(body);
    } catch (error) {
      const unavailable = asUnavailable(error) ?? { message: 'Neo4j is unavailable; retry shortly.' };
      res.setHeader('Retry-After', '5');
      res.status(503).json({ error: { code: 'UNAVAILABLE', message: unavailable.message } });
    }
  });
  return router;
}
