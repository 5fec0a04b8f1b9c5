import { Router } from 'express';
import { parseInput } from '../contract/validate.js';
import { viewParams, viewsQuery, type ViewResponse, type ViewsResponse } from '../contract/views.js';
import type { Database } from '../db/driver.js';
import { malformedPath } from './malformed-path.js';
import { listViews, viewWithGraph } from '../explore/views.js';

/** GET /api/views (curated views for trainers) and GET /api/views/:id (a view and its subgraph). */
export function viewRoutes(db: Database): Router {
  const router = Router();
  router.get('/views', async (req, res) => {
    parseInput(viewsQuery, req.query);
    const body: ViewsResponse = { views: await listViews(db) };
    res.json(body);
  });
  router.get('/views/:id', async (req, res) => {
    const { id } = parseInput(viewParams, req.params);
    parseInput(viewsQuery, req.query);
    const body: ViewResponse = await viewWithGraph(db, id);
    res.json(body);
  });
  router.use(malformedPath('id'));
  return router;
}
