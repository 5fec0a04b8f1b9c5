import { Router } from 'express';
import { searchQuery, type SearchResponse } from '../contract/search.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { searchEntities } from '../explore/search.js';

/** GET /api/search: typeahead over names and aliases in French and English. */
export function searchRoutes(db: Database): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const body: SearchResponse = { results: await searchEntities(db, parseInput(searchQuery, req.query)) };
    res.json(body);
  });
  return router;
}
