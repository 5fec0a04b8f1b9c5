import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toParams, type Database } from '../../api/src/db/driver.js';
import { COOPERATION_TYPES } from '../../api/src/contract/cooperation.js';
import { luceneQuery } from '../../api/src/explore/lucene.js';
import { ids, seededRandom, type SyntheticSizes } from './synthetic-graph.js';

/**
 * What the benchmark asks: each scenario is a list of request variants (so caches see realistic
 * variety), as API paths and as the same named queries run straight through neo4j-driver with the
 * parameters the route would pass.
 */
export interface Scenario {
  name: string;
  paths: string[];
  direct: (i: number) => Promise<unknown>;
}

const VARIANTS = 50;
const sampleNames = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample-names.cypher'), 'utf8');

/** Runs a named query with the raw driver: no shaping, no conversion (the baseline). */
function raw(db: Database, name: string, params: Record<string, unknown>) {
  return db.driver.executeQuery(db.queries.get(name), toParams(params) as Record<string, unknown>, {
    database: db.config.database,
    routing: 'READ',
    transactionConfig: { timeout: db.config.queryTimeoutMs },
  });
}

const noFilters = { labels: null, types: null, from: null, to: null, country: null, topic: null };

export async function buildScenarios(db: Database, sizes: SyntheticSizes): Promise<Scenario[]> {
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

  const expandDirect = async (depth: number, seed: string) => {
    const result = await raw(db, `expand-depth-${depth}`, { ...noFilters, ids: [seed], direction: 'both', limit: 200 });
    const row = result.records[0];
    const placed = [...((row?.get('seeds') as { elementId: string }[]) ?? []), ...((row?.get('kept') as { elementId: string }[]) ?? [])];
    return raw(db, 'subgraph-edges', { elementIds: placed.map((node) => node.elementId), types: null, from: null, to: null, edgeLimit: 20_001 });
  };

  return [
    {
      name: 'search',
      paths: searches.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
      direct: (i) => {
        const q = searches[i % searches.length]!;
        return raw(db, 'search-entities', {
          lucene: luceneQuery(q),
          ids: [...new Set([q, q.toLowerCase(), q.toUpperCase()])],
          labels: null,
          candidates: 50,
        });
      },
    },
    {
      name: 'expand 1 hop',
      paths: expandSeeds.map((id) => `/api/expand?ids=${id}&limit=200`),
      direct: (i) => expandDirect(1, expandSeeds[i % expandSeeds.length]!),
    },
    {
      name: 'expand 2 hops',
      paths: twoHopSeeds.map((id) => `/api/expand?ids=${id}&depth=2&limit=200`),
      direct: (i) => expandDirect(2, twoHopSeeds[i % twoHopSeeds.length]!),
    },
    {
      name: 'shortest path',
      paths: pairs.map(([from, to]) => `/api/paths/shortest?from=${from}&to=${to}`),
      direct: (i) => {
        const [from, to] = pairs[i % pairs.length]!;
        return raw(db, 'paths-all-shortest', { from, to, k: 1, maxLength: 6, labels: null, types: null });
      },
    },
    {
      name: 'timeline',
      paths: windows.map((w) => `/api/timeline?from=${w.from}&to=${w.to}${w.topic ? `&topic=${w.topic}` : ''}`),
      direct: (i) => {
        const w = windows[i % windows.length]!;
        return raw(db, 'timeline-events', { ...noFilters, from: w.from, to: w.to, topic: w.topic, granularity: 'year', ids: null });
      },
    },
    {
      name: 'cooperation',
      paths: focus.map((f) => `/api/cooperation?actors=${f.actor}&from=${f.from}&to=${Number(f.from) + 9}`),
      direct: (i) => {
        const f = focus[i % focus.length]!;
        return raw(db, 'cooperation-of-actors', {
          ...noFilters,
          from: f.from,
          to: String(Number(f.from) + 9),
          actors: [f.actor],
          types: [...COOPERATION_TYPES],
          minWeight: 1,
          limit: 500,
          eventsPerLink: 50,
        });
      },
    },
  ];
}
