import { Router } from 'express';
import { consoleRequest, type ConsoleResponse } from '../contract/query.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { runConsoleQuery } from '../explore/console.js';

/** POST /api/query: the read-only Cypher console (registered only when QUERY_CONSOLE_ENABLED). */
export function queryRoutes(db: Database): Router {
  const router = Router();
  router.post('/query', async (req, res) => {
    const input: unknown = req.body ?? {};
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new BadRequest('The body must be a JSON object.', 'body');
    const body: ConsoleResponse = await runConsoleQuery(db, parseInput(consoleRequest, input));
    res.json(body);
  });
  return router;
}
