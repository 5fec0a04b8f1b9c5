import { Router } from 'express';
import { metricsQuery, type MetricsResponse } from '../contract/metrics.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { graphMetrics } from '../explore/metrics.js';

/** GET /api/metrics: degree, betweenness, PageRank and communities of a subgraph or the whole graph. */
export function metricsRoutes(db: Database): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    const body: MetricsResponse = await graphMetrics(db, parseInput(metricsQuery, req.query));
    res.json(body);
  });
  return router;
}
