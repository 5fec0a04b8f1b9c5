import { Router, type RequestHandler } from 'express';
import { accountsExist } from '../auth/accounts.js';
import { requireRole } from '../auth/actor.js';
import { consoleRequest, type ConsoleResponse } from '../contract/query.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { runConsoleQuery } from '../explore/console.js';

const adminOnly = requireRole('admin');

/**
 * The console reads the whole database, accounts and sessions included (Neo4j community has no
 * per-label access control): once an account exists it needs the admin role; a single-user install
 * without accounts keeps it open (docs/reliability.md, security).
 */
export function consoleAccess(db: Database): RequestHandler {
  return async (req, res, next) => {
    if (await accountsExist(db)) return adminOnly(req, res, next);
    next();
  };
}

/** POST /api/query: the read-only Cypher console (registered only when QUERY_CONSOLE_ENABLED). */
export function queryRoutes(db: Database): Router {
  const router = Router();
  router.post('/query', consoleAccess(db), async (req, res) => {
    const input: unknown = req.body ?? {};
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new BadRequest('The body must be a JSON object.', 'body');
    const body: ConsoleResponse = await runConsoleQuery(db, parseInput(consoleRequest, input));
    res.json(body);
  });
  return router;
}
