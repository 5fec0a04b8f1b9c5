import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toParams, type Database, type Params, type QueryOptions } from '../../api/src/db/driver.js';
import { ROUTES } from './routes.js';
import { ids, seededRandom, type SyntheticSizes } from './synthetic-graph.js';

/**
 * What the benchmark asks: each scenario is a list of request variants (so caches see realistic
 * variety), as API paths and as the same named queries run straight through neo4j-driver with the
 * parameters the route passes.
 */
export interface Scenario {
  name: string;
  paths: string[];
  direct: (i: number) => Promise<unknown>;
}

const VARIANTS = 50;
const sampleNames = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample-names.cypher'), 'utf8');

/** One named query as a route ran it. */
interface RecordedQuery {
  name: string;
  params: Params;
  options: QueryOptions;
}

/**
 * Runs a named query the way Database.read does — the same driver session, transaction settings and
 * Bolt round trip — but returns the driver's records untouched: no conversion, no shaping, no HTTP
 * (the baseline). What the API adds to it is the goal's "overhead".
 */
function raw(db: Database, { name, params, options }: RecordedQuery) {
  return db.readRecords(name, params, options);
}

/**
 * The named queries, with their exact parameters, that the route behind `apiPath` runs: recorded by
 * running the route's own explore function once on a Database whose reads are noted. Replaying them
 * raw is the driver baseline, so the two sides always do the same work in Neo4j (a hand-written copy
 * of the parameters fell behind the queries once and measured only errors).
 */
async function recordQueries(db: Database, apiPath: string): Promise<RecordedQuery[]> {
  const url = new URL(apiPath, 'http://bench');
  const route = ROUTES[url.pathname];
  if (!route) throw new Error(`No benchmark route for ${url.pathname}`);
  const recorded: RecordedQuery[] = [];
  const recorder: Database = Object.create(db, {
    read: {
      value: (name: string, params: Params = {}, options: QueryOptions = {}) => {
        recorded.push({ name, params, options });
        return db.read(name, params, options);
      },
    },
  });
  await route(recorder, Object.fromEntries(url.searchParams));
  return recorded;
}

/** A scenario whose driver baseline replays, one after the other, the queries its route ran for each path. */
async function scenario(db: Database, name: string, paths: string[]): Promise<Scenario> {
  const recorded: RecordedQuery[][] = [];
  for (const apiPath of paths) recorded.push(await recordQueries(db, apiPath));
  return {
    name,
    paths,
    direct: async (i) => {
      for (const query of recorded[i % recorded.length]!) await raw(db, query);
    },
  };
}

/** The measured scenarios (only those whose name contains one of the comma-separated texts of `only`, when given). */
export async function buildScenarios(db: Database, sizes: SyntheticSizes, only?: string): Promise<Scenario[]> {
  const random = seededRandom(7);
  const pick = (n: number) => Math.floor(random() * n);
  const variants = <T>(make: () => T): T[] => Array.from({ length: VARIANTS }, make);

  // Typeahead text taken from real names: two words with the second cut short, or a typo.
  const sampled = await db.driver.executeQuery(
    sampleNames,
    toParams({ step: Math.max(2, Math.floor(sizes.actors / VARIANTS)), limit: VARIANTS }) as Record<string, unknown>,
    {
      database: db.config.database,
      routing: 'READ',
    },
  );
  const names = sampled.records.map((record) => String(record.get('name')));
  const searches = names.map((name, i) => {
    const words = name.toLowerCase().split(' ');
    if (i % 3 === 0) return `${words[0]} ${words[1]?.slice(0, 3) ?? ''}`.trim();
    if (i % 3 === 1) return words[1]!.length > 4 ? words[1]!.slice(0, 2) + words[1]!.slice(3) : words[1]!;
    return words.slice(0, 3).join(' ');
  });

  const anyActorOrEvent = () => (random() < 0.5 ? ids.actor(pick(sizes.actors)) : ids.event(pick(sizes.events)));
  const expandSeeds = variants(anyActorOrEvent);
  const twoHopSeeds = variants(() => ids.actor(sizes.hubs + pick(sizes.actors - sizes.hubs)));
  const pairs = variants(() => [ids.actor(pick(sizes.actors)), ids.actor(pick(sizes.actors))] as const).filter(([a, b]) => a !== b);
  const windows = variants(() => {
    const from = 1995 + pick(25);
    return { from: String(from), to: String(from + 4), topic: random() < 0.5 ? ids.topic(pick(sizes.topics)) : null };
  });
  const focus = variants(() => ({ actor: ids.actor(sizes.hubs + pick(sizes.actors - sizes.hubs)), from: String(1995 + pick(20)) }));

  const planned: [string, string[]][] = [
    ['search', searches.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`)],
    ['expand 1 hop', expandSeeds.map((id) => `/api/expand?ids=${id}&limit=200`)],
    ['expand 2 hops', twoHopSeeds.map((id) => `/api/expand?ids=${id}&depth=2&limit=200`)],
    ['shortest path', pairs.map(([from, to]) => `/api/paths/shortest?from=${from}&to=${to}`)],
    ['timeline', windows.map((w) => `/api/timeline?from=${w.from}&to=${w.to}${w.topic ? `&topic=${w.topic}` : ''}`)],
    ['cooperation', focus.map((f) => `/api/cooperation?actors=${f.actor}&from=${f.from}&to=${Number(f.from) + 9}`)],
  ];
  const scenarios: Scenario[] = [];
  const wanted = only?.split(',').map((text) => text.trim());
  for (const [name, paths] of planned) if (!wanted || wanted.some((text) => name.includes(text))) scenarios.push(await scenario(db, name, paths));
  return scenarios;
}
