import { Router, type Request } from 'express';
import { accountsExist } from '../auth/accounts.js';
import { actorOf, checkRole } from '../auth/actor.js';
import { consoleRequest, type ConsoleResponse } from '../contract/query.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { prepareConsoleStatement, runConsoleQuery } from '../explore/console.js';

/**
 * The console reads the whole database, accounts and sessions included (Neo4j community has no
 * per-label access control): once an account exists it needs the admin role; a single-user install
 * without accounts keeps it open (docs/reliability.md, security).
 */
async function checkConsoleAccess(db: Database, req: Request): Promise<void> {
  if (await accountsExist(db)) checkRole(actorOf(req), 'admin');
}

/** POST /api/query: the read-only Cypher console (registered only when QUERY_CONSOLE_ENABLED). */
export function queryRoutes(db: Database): Router {
  const router = Router();
  router.post('/query', async (req, res) => {
    const input: unknown = req.body ?? {};
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new BadRequest('The body must be a JSON object.', 'body');
    // Text the console refuses anyway is answered before the access check, which reads accounts from
    // Neo4j: such a request costs no database round trip (and gets its 400 while Neo4j is busy or down).
    const statement = prepareConsoleStatement(parseInput(consoleRequest, input));
    await checkConsoleAccess(db, req);
    const body: ConsoleResponse = await runConsoleQuery(db, statement);
    res.json(body);
  });
  return router;
}
