import { describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { shortestPaths } from '../../api/src/explore/paths.js';
import type { GraphRelationship } from '../../api/src/seed/validate.js';
import { exploreContext, qs } from './explore/setup.js';

/**
 * Ranking the k shortest paths gets PATHS_K_SHORTEST_BUDGET_MS before the route falls back to ties
 * (`complete: false`). 2 s by default: on a loaded test machine that is not enough for the seed, so
 * these tests give it a generous budget and check the budget itself separately (below).
 */
const GENEROUS_BUDGET_MS = 30_000;
const ctx = exploreContext({ kShortestBudgetMs: GENEROUS_BUDGET_MS });

interface Paths {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string }[];
  paths: { nodes: string[]; edges: string[]; length: number }[];
}

const relById = () => new Map(ctx.seed.graph.relationships.map((rel) => [rel.id, rel]));

/** Every path walks real relationships from `from` to `to`, and the graph holds its nodes and edges. */
function expectValidPaths(body: Paths, from: string, to: string) {
  const rels = relById();
  const nodeIds = new Set(body.nodes.map((node) => node.id));
  const edgeIds = new Set(body.edges.map((edge) => edge.id));
  for (const path of body.paths) {
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes.at(-1)).toBe(to);
    expect(path.edges).toHaveLength(path.length);
    path.edges.forEach((edgeId, i) => {
      const rel = rels.get(edgeId)!;
      expect([rel.from, rel.to].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
      expect(edgeIds.has(edgeId)).toBe(true);
    });
    for (const id of path.nodes) expect(nodeIds.has(id)).toBe(true);
  }
}

/** Two nodes at distance exactly 3 in the whole seed graph, preferring well-connected ones. */
function pairAtDistance(distance: number, filters = {}) {
  const starts = [...ctx.seed.nodes.values()].filter((node) => node.label === 'Actor').sort((a, b) => ctx.seed.degree(b.id) - ctx.seed.degree(a.id));
  for (const start of starts) {
    const reached = ctx.seed.reach([start.id], distance, filters);
    const target = [...reached]
      .filter(([, d]) => d === distance)
      .map(([id]) => id)
      .sort()[0];
    if (target) return { from: start.id, to: target };
  }
  throw new Error(`no pair at distance ${distance}`);
}

/** All simple paths up to maxLength, as relationship-id sequences, by depth-first search. */
function simplePaths(from: string, to: string, maxLength: number, types?: string[]): GraphRelationship[][] {
  const found: GraphRelationship[][] = [];
  const walk = (at: string, visited: Set<string>, trail: GraphRelationship[]) => {
    if (at === to) return void found.push([...trail]);
    if (trail.length === maxLength) return;
    for (const { rel, other } of ctx.seed.around(at)) {
      if (visited.has(other) || (types && !types.includes(rel.type))) continue;
      walk(other, new Set([...visited, other]), [...trail, rel]);
    }
  };
  walk(from, new Set([from]), []);
  return found;
}

describe('GET /api/paths/shortest', () => {
  it('finds the shortest path, then up to k shortest, never longer than maxLength', async () => {
    const { from, to } = pairAtDistance(3);
    const one = await ctx.get(`/api/paths/shortest?${qs({ from, to })}`);
    expect(one.status).toBe(200);
    expect(one.body.paths).toHaveLength(1);
    expect(one.body.paths[0].length).toBe(3);
    expectValidPaths(one.body, from, to);

    const several = await ctx.get(`/api/paths/shortest?${qs({ from, to, k: 5 })}`);
    const lengths = several.body.paths.map((path: { length: number }) => path.length);
    expect(lengths[0]).toBe(3);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(several.body.paths.map((path: { edges: string[] }) => path.edges.join('/'))).size).toBe(lengths.length);
    expectValidPaths(several.body, from, to);

    expect(several.body.complete).toBe(true);

    const tooShort = await ctx.get(`/api/paths/shortest?${qs({ from, to, maxLength: 2 })}`);
    expect(tooShort.body.paths).toEqual([]);
  });

  it('falls back to the ties of the minimal length when ranking longer paths times out', async () => {
    const { from, to } = pairAtDistance(3);
    // A database whose k-shortest query always exceeds its budget, as between hubs of a large graph.
    const slow = Object.create(ctx.db) as Database;
    slow.read = (name, params, options) =>
      name === 'paths-shortest'
        ? Promise.reject(Object.assign(new Error('timed out'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }))
        : ctx.db.read(name, params, options);
    const result = await shortestPaths(slow, { from, to, k: 5, maxLength: 6 });
    expect(result.complete).toBe(false);
    expect(result.paths.length).toBeGreaterThan(0);
    for (const path of result.paths) expect(path.length).toBe(3);
    // Minimal-length paths are simple, so the reference enumeration counts the ties.
    const ties = simplePaths(from, to, 3).filter((path) => path.length === 3).length;
    expect(result.paths).toHaveLength(Math.min(5, ties));
    expectValidPaths(result, from, to);
  });

  it('gives the k-shortest ranking exactly the configured budget', async () => {
    const { from, to } = pairAtDistance(3);
    const budgets: (number | undefined)[] = [];
    const watched = (budget: number) =>
      Object.assign(Object.create(ctx.db) as Database, {
        config: { ...ctx.db.config, kShortestBudgetMs: budget },
        read: (name: string, params: Parameters<Database['read']>[1], options: Parameters<Database['read']>[2]) => {
          if (name === 'paths-shortest') budgets.push(options?.timeoutMs);
          return ctx.db.read(name, params, options);
        },
      }) as Database;
    const ranked = await shortestPaths(watched(GENEROUS_BUDGET_MS - 1), { from, to, k: 5, maxLength: 6 });
    expect(ranked.complete).toBe(true);
    // k = 1 needs no ranking: the budget is not spent.
    await shortestPaths(watched(1234), { from, to, k: 1, maxLength: 6 });
    expect(budgets).toEqual([GENEROUS_BUDGET_MS - 1]);
  });

  it('honours relationship-type and label filters for the nodes in between', async () => {
    const types = ['ORGANISED', 'CO_ORGANISED', 'PARTICIPATED_IN'];
    const { from, to } = pairAtDistance(2, { types });
    const { body } = await ctx.get(`/api/paths/shortest?${qs({ from, to, types, k: 3 })}`);
    expect(body.paths[0].length).toBe(2);
    for (const edge of body.edges) expect(types).toContain(relById().get(edge.id)!.type);
    const labelled = await ctx.get(`/api/paths/shortest?${qs({ from, to, labels: 'Event', k: 3 })}`);
    expect(labelled.body.paths.length).toBeGreaterThan(0);
    for (const path of labelled.body.paths) for (const id of path.nodes.slice(1, -1)) expect(ctx.seed.label(id)).toBe('Event');
  });

  it('answers 404 for an unknown end and 400 for bad input', async () => {
    const { from } = pairAtDistance(1);
    expect((await ctx.get(`/api/paths/shortest?${qs({ from, to: 'no-such-node' })}`)).status).toBe(404);
    expect((await ctx.get(`/api/paths/shortest?${qs({ from: 'no-such-node', to: from })}`)).status).toBe(404);
    for (const [query, field] of [
      [`from=${from}`, 'to'],
      [`from=${from}&to=${from}`, 'to'],
      [`from=${from}&to=coe&k=6`, 'k'],
      [`from=${from}&to=coe&maxLength=7`, 'maxLength'],
      [`from=${from}&to=coe&types=KNOWS`, 'types.0'],
      [`from=${from}&to=coe&via=x`, 'via'],
    ]) {
      const response = await ctx.get(`/api/paths/shortest?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});

describe('GET /api/paths/simple', () => {
  it('returns every simple path up to maxLength, shortest first', async () => {
    const { from, to } = pairAtDistance(2);
    const expected = simplePaths(from, to, 3);
    const { status, body } = await ctx.get(`/api/paths/simple?${qs({ from, to, maxLength: 3, limit: 100 })}`);
    expect(status).toBe(200);
    expect(body.paths).toHaveLength(Math.min(expected.length, 100));
    expectValidPaths(body, from, to);
    for (const path of body.paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    const lengths = body.paths.map((path: { length: number }) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    if (expected.length <= 100) {
      expect(new Set(body.paths.map((p: { edges: string[] }) => p.edges.join('/')))).toEqual(
        new Set(expected.map((p) => p.map((r) => r.id).join('/'))),
      );
    }
  });

  it('honours maxLength, limit and types', async () => {
    const { from, to } = pairAtDistance(2);
    const short = await ctx.get(`/api/paths/simple?${qs({ from, to, maxLength: 2, limit: 100 })}`);
    expect(short.body.paths).toHaveLength(simplePaths(from, to, 2).length);
    const limited = await ctx.get(`/api/paths/simple?${qs({ from, to, maxLength: 3, limit: 1 })}`);
    expect(limited.body.paths).toHaveLength(1);
    expect(limited.body.paths[0].length).toBe(2);
    const types = [
      ...new Set(
        simplePaths(from, to, 2)
          .flat()
          .map((rel) => rel.type),
      ),
    ];
    const typed = await ctx.get(`/api/paths/simple?${qs({ from, to, maxLength: 3, limit: 100, types })}`);
    expect(typed.body.paths).toHaveLength(Math.min(simplePaths(from, to, 3, types).length, 100));
  });

  it('answers 404 and 400 like the other path routes', async () => {
    const { from, to } = pairAtDistance(2);
    expect((await ctx.get(`/api/paths/simple?${qs({ from, to: 'no-such-node' })}`)).status).toBe(404);
    for (const [query, field] of [
      [`from=${from}&to=${to}&maxLength=5`, 'maxLength'],
      [`from=${from}&to=${to}&limit=101`, 'limit'],
      [`from=${from}&to=${to}&k=2`, 'k'],
    ]) {
      const response = await ctx.get(`/api/paths/simple?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});

describe('GET /api/paths/shared', () => {
  const neighbours = (id: string, types?: string[], labels?: string[]) =>
    new Set(
      ctx.seed
        .around(id)
        .filter(({ rel, other }) => (!types || types.includes(rel.type)) && (!labels || labels.includes(ctx.seed.label(other))))
        .map(({ other }) => other),
    );

  /** Two actors that share at least three neighbours. */
  function sharingPair(): [string, string] {
    const actors = [...ctx.seed.nodes.values()]
      .filter((node) => node.label === 'Actor')
      .sort((a, b) => ctx.seed.degree(b.id) - ctx.seed.degree(a.id))
      .slice(0, 20);
    for (const a of actors)
      for (const b of actors) {
        if (a.id < b.id && [...neighbours(a.id)].filter((id) => neighbours(b.id).has(id) && id !== a.id && id !== b.id).length >= 3)
          return [a.id, b.id];
      }
    throw new Error('no sharing pair');
  }

  it('returns the nodes linked to all the given nodes, with the links', async () => {
    const [a, b] = sharingPair();
    const expected = [...neighbours(a)].filter((id) => neighbours(b).has(id) && id !== a && id !== b);
    const { status, body } = await ctx.get(`/api/paths/shared?${qs({ ids: [a, b] })}`);
    expect(status).toBe(200);
    expect(body.shared.map((entry: { id: string }) => entry.id).sort()).toEqual(expected.sort());
    expect(body.total).toBe(expected.length);
    for (const entry of body.shared) expect(entry.sharedBy).toBe(2);
    const shown = new Set<string>(body.nodes.map((node: { id: string }) => node.id));
    expect(shown).toEqual(new Set([a, b, ...expected]));
    expect(new Set(body.edges.map((edge: { id: string }) => edge.id))).toEqual(ctx.seed.relationshipsAmong(shown));
  });

  it('filters by label and type, counts partial sharing with minShared and reports what the limit left out', async () => {
    const [a, b] = sharingPair();
    const labelled = await ctx.get(`/api/paths/shared?${qs({ ids: [a, b], labels: 'Country' })}`);
    const countries = [...neighbours(a, undefined, ['Country'])].filter((id) => neighbours(b, undefined, ['Country']).has(id));
    expect(labelled.body.shared.map((e: { id: string }) => e.id).sort()).toEqual(countries.sort());

    const third = ctx.seed.busiest((node) => node.label === 'Country').id;
    const all3 = [a, b, third].map((id) => neighbours(id));
    const inTwo = new Set(
      [...new Set(all3.flatMap((set) => [...set]))].filter((id) => ![a, b, third].includes(id) && all3.filter((set) => set.has(id)).length >= 2),
    );
    const partial = await ctx.get(`/api/paths/shared?${qs({ ids: [a, b, third], minShared: 2, limit: 2 })}`);
    expect(partial.body.total).toBe(inTwo.size);
    expect(partial.body.shared).toHaveLength(Math.min(2, inTwo.size));
    expect(partial.body.omitted.total).toBe(inTwo.size - partial.body.shared.length);
    const sum = Object.values(partial.body.omitted.byLabel as Record<string, number>).reduce((x, y) => x + y, 0);
    expect(sum).toBe(partial.body.omitted.total);
  });

  it('answers 404 and 400', async () => {
    const [a] = sharingPair();
    expect((await ctx.get(`/api/paths/shared?${qs({ ids: [a, 'no-such-node'] })}`)).status).toBe(404);
    for (const [query, field] of [
      [`ids=${a}`, 'ids'],
      [`ids=${a},coe&minShared=3`, 'minShared'],
      [`ids=${a},coe&minShared=1`, 'minShared'],
      [`ids=${a},coe&limit=0`, 'limit'],
    ]) {
      const response = await ctx.get(`/api/paths/shared?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});
