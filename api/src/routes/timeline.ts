import { Router } from 'express';
import { timelineQuery, type TimelineResponse } from '../contract/timeline.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { eventTimeline } from '../explore/timeline.js';

/** GET /api/timeline: events per year or month under the exploration filters. */
export function timelineRoutes(db: Database): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    const body: TimelineResponse = await eventTimeline(db, parseInput(timelineQuery, req.query));
    res.json(body);
  });
  return router;
}
