import { describe, expect, it } from 'vitest';
import { countBy, type Filters } from './explore/reference.js';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

interface Expanded {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string }[];
  seeds: string[];
  total: number;
  omitted: { total: number; byLabel: Record<string, number> };
  edgesTruncated: boolean;
}

async function expand(params: Record<string, string | number | string[] | undefined>): Promise<Expanded> {
  const response = await ctx.get(`/api/expand?${qs(params)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Expanded;
}

/** Checks an unlimited expansion against the reference BFS over the seed graph. */
async function expectReach(seeds: string[], depth: number, filters: Filters) {
  const expected = ctx.seed.reach(seeds, depth, filters);
  const body = await expand({ ids: seeds, depth, limit: 2000, ...filters });
  expect(body.seeds.sort()).toEqual([...seeds].sort());
  expect(body.total).toBe(expected.size);
  expect(body.omitted).toEqual({ total: 0, byLabel: {} });
  expect(body.nodes.map((node) => node.id).sort()).toEqual([...seeds, ...expected.keys()].sort());
  return { body, expected };
}

const hub = () => ctx.seed.busiest((node) => node.label === 'Actor');
const eventful = () =>
  ctx.seed.busiest((node) => node.label === 'Actor' && ctx.seed.around(node.id).filter((s) => ctx.seed.label(s.other) === 'Event').length >= 3);

describe('GET /api/expand', () => {
  it('returns the 1-hop neighbourhood with every relationship among the nodes shown', async () => {
    const { body } = await expectReach([hub().id], 1, {});
    const shown = new Set(body.nodes.map((node) => node.id));
    expect(new Set(body.edges.map((edge) => edge.id))).toEqual(ctx.seed.relationshipsAmong(shown));
    for (const edge of body.edges) {
      const rel = ctx.seed.graph.relationships.find((candidate) => candidate.id === edge.id)!;
      expect(edge).toMatchObject({ type: rel.type, source: rel.from, target: rel.to });
    }
    for (const node of body.nodes) expect(node.properties).toEqual(ctx.seed.nodes.get(node.id)!.properties);
  });

  it('follows 2 and 3 hops from several seeds', async () => {
    const seeds = [eventful().id, ctx.seed.busiest((node) => node.label === 'Topic').id];
    await expectReach(seeds, 2, { labels: ['Actor', 'Event', 'Topic'] });
    await expectReach([eventful().id], 3, { types: ['ORGANISED', 'CO_ORGANISED', 'PARTICIPATED_IN', 'HELD_IN'] });
  });

  it('filters by label, relationship type and direction', async () => {
    const actor = eventful().id;
    await expectReach([actor], 2, { labels: ['Event', 'Actor'] });
    await expectReach([actor], 2, { types: ['CO_ORGANISED', 'ORGANISED'] });
    await expectReach([actor], 2, { direction: 'out' });
    await expectReach([actor], 2, { direction: 'in' });
  });

  it('keeps only events in the time window, and relationships dated in it', async () => {
    const actor = eventful().id;
    const years = ctx.seed
      .around(actor)
      .filter((step) => ctx.seed.label(step.other) === 'Event')
      .map((step) => String(ctx.seed.nodes.get(step.other)!.properties.start).slice(0, 4))
      .sort();
    const from = years[0]!;
    const to = years[Math.floor(years.length / 2)]!;
    const { body, expected } = await expectReach([actor], 2, { from, to });
    const all = ctx.seed.reach([actor], 2, {});
    expect(expected.size).toBeLessThan(all.size);
    for (const node of body.nodes.filter((n) => n.labels[0] === 'Event')) {
      expect(String(node.properties.start).slice(0, 4) <= to).toBe(true);
    }
    // Dated relationships too: GRETA's evaluation rounds carry dates.
    const evaluator = ctx.seed.busiest((node) => (ctx.seed.out.get(node.id) ?? []).some((rel) => rel.type === 'EVALUATED'));
    await expectReach([evaluator.id], 1, { types: ['EVALUATED'], from: '2015', to: '2016' });
    await expectReach([evaluator.id], 1, { types: ['EVALUATED'], from: '2015-06', to: '2015-12' });
  });

  it('keeps only events held in a country or addressing a topic', async () => {
    const actor = eventful().id;
    const events = ctx.seed
      .around(actor)
      .filter((step) => ctx.seed.label(step.other) === 'Event')
      .map((step) => step.other);
    const country = events.flatMap((event) => [...ctx.seed.eventCountries(event)])[0]!;
    const topic = events.flatMap((event) => (ctx.seed.out.get(event) ?? []).filter((rel) => rel.type === 'ADDRESSES').map((rel) => rel.to))[0]!;
    const byCountry = await expectReach([actor], 1, { country });
    expect(byCountry.expected.size).toBeGreaterThan(0);
    const byTopic = await expectReach([actor], 1, { topic });
    expect(byTopic.expected.size).toBeGreaterThan(0);
    await expectReach([actor], 2, { country, topic, labels: ['Event', 'Actor'] });
  });

  it('returns the closest, best-connected nodes first and says what the limit left out', async () => {
    const seed = hub().id;
    const expected = ctx.seed.reach([seed], 2, {});
    const limit = 7;
    const body = await expand({ ids: seed, depth: 2, limit });
    expect(body.total).toBe(expected.size);
    const kept = body.nodes.filter((node) => node.id !== seed);
    expect(kept).toHaveLength(limit);
    const rank = (id: string) => [expected.get(id)!, -ctx.seed.degree(id), id] as const;
    const ordered = [...expected.keys()].sort((a, b) => {
      const [da, ga, ia] = rank(a);
      const [db, gb, ib] = rank(b);
      return da - db || ga - gb || (ia < ib ? -1 : ia > ib ? 1 : 0);
    });
    expect(kept.map((node) => node.id)).toEqual(ordered.slice(0, limit));
    expect(body.omitted.total).toBe(expected.size - limit);
    expect(body.omitted.byLabel).toEqual(countBy(ordered.slice(limit), (id) => ctx.seed.label(id)));
  });

  it('answers 404 naming the unknown seed', async () => {
    const response = await ctx.get(`/api/expand?${qs({ ids: [hub().id, 'no-such-node'] })}`);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('no-such-node');
  });

  it('refuses bad input with 400 naming the field', async () => {
    const id = hub().id;
    const cases: [string, string][] = [
      ['', 'ids'],
      [`ids=${id}&depth=0`, 'depth'],
      [`ids=${id}&depth=4`, 'depth'],
      [`ids=${id}&depth=two`, 'depth'],
      [`ids=${id}&limit=0`, 'limit'],
      [`ids=${id}&limit=2001`, 'limit'],
      [`ids=${id}&direction=up`, 'direction'],
      [`ids=${id}&labels=Planet`, 'labels.0'],
      [`ids=${id}&types=LIKES`, 'types.0'],
      [`ids=${id}&from=2014-13`, 'from'],
      [`ids=${id}&to=14`, 'to'],
      [`ids=${id}&from=2016&to=2014`, 'from'],
      [`ids=${id}&country=France`, 'country'],
      [`ids=${id}&topic=${encodeURIComponent('a b')}`, 'topic'],
      [`ids=${Array.from({ length: 51 }, (_, i) => `n${i}`).join(',')}`, 'ids'],
      [`ids=${id}&hops=2`, 'hops'],
    ];
    for (const [query, field] of cases) {
      const response = await ctx.get(`/api/expand?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error, query).toMatchObject({ code: 'BAD_REQUEST', field });
    }
  });
});
