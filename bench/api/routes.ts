import { cooperationQuery } from '../../api/src/contract/cooperation.js';
import { expandQuery } from '../../api/src/contract/expand.js';
import { shortestPathsQuery } from '../../api/src/contract/paths.js';
import { searchQuery } from '../../api/src/contract/search.js';
import { timelineQuery } from '../../api/src/contract/timeline.js';
import { parseInput } from '../../api/src/contract/validate.js';
import type { Database } from '../../api/src/db/driver.js';
import { cooperationNetwork } from '../../api/src/explore/cooperation.js';
import { expandGraph } from '../../api/src/explore/expand.js';
import { shortestPaths } from '../../api/src/explore/paths.js';
import { searchEntities } from '../../api/src/explore/search.js';
import { eventTimeline } from '../../api/src/explore/timeline.js';

/**
 * What each measured route does with its query string — the same contract, explore function and
 * answer body as its handler in api/src/routes — without Express. Used to record the named queries
 * of the driver baseline (scenarios.ts) and to serve the bare-HTTP floor (floor-serve.ts).
 */
export const ROUTES: Record<string, (db: Database, query: Record<string, string>) => Promise<unknown>> = {
  '/api/search': async (db, query) => ({ results: await searchEntities(db, parseInput(searchQuery, query)) }),
  '/api/expand': async (db, query) => {
    const { placed: _placed, ...body } = await expandGraph(db, parseInput(expandQuery, query));
    return body;
  },
  '/api/paths/shortest': (db, query) => shortestPaths(db, parseInput(shortestPathsQuery, query)),
  '/api/timeline': (db, query) => eventTimeline(db, parseInput(timelineQuery, query)),
  '/api/cooperation': (db, query) => cooperationNetwork(db, parseInput(cooperationQuery, query)),
};
