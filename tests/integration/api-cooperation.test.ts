import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES } from '../../api/src/contract/cooperation.js';
import type { Filters } from './explore/reference.js';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

/** Actor pairs and the events behind them, from the seed graph. */
function expectedLinks(filters: Filters & { types?: string[]; actors?: string[] }) {
  const types = filters.types ?? [...COOPERATION_TYPES];
  const links = new Map<string, Set<string>>();
  for (const event of ctx.seed.graph.nodes.filter((node) => node.label === 'Event' && ctx.seed.eventPasses(node.id, filters))) {
    const actors = [
      ...new Set(
        (ctx.seed.in.get(event.id) ?? []).filter((rel) => types.includes(rel.type) && ctx.seed.label(rel.from) === 'Actor').map((rel) => rel.from),
      ),
    ].sort();
    for (const a of actors)
      for (const b of actors) {
        if (a >= b || (filters.actors && !filters.actors.includes(a) && !filters.actors.includes(b))) continue;
        const key = `${a}|${b}`;
        links.set(key, (links.get(key) ?? new Set()).add(event.id));
      }
  }
  return links;
}

interface Link {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: { weight: number; events: string[]; first: string; last: string; sources: string[] };
}

async function cooperation(params: Record<string, string | number | string[] | undefined>) {
  const response = await ctx.get(`/api/cooperation?${qs({ limit: 5000, eventsPerLink: 500, ...params })}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { nodes: { id: string; labels: string[] }[]; edges: Link[]; total: number; omitted: number };
}

function asMap(edges: Link[]) {
  return new Map(edges.map((edge) => [`${edge.source}|${edge.target}`, new Set(edge.properties.events)]));
}

describe('GET /api/cooperation', () => {
  it('links actors that took part in the same events, weighted, with the events behind each link', async () => {
    const body = await cooperation({});
    const expected = expectedLinks({});
    expect(expected.size).toBeGreaterThan(0);
    expect(asMap(body.edges)).toEqual(expected);
    expect(body.total).toBe(expected.size);
    for (const edge of body.edges) {
      expect(edge.properties.weight).toBe(expected.get(`${edge.source}|${edge.target}`)!.size);
      expect(edge.type).toBe('COOPERATED_WITH');
      const starts = edge.properties.events.map((id) => String(ctx.seed.nodes.get(id)!.properties.start)).sort();
      expect(edge.properties.first).toBe(starts[0]);
      expect(edge.properties.last).toBe(starts.at(-1));
      expect(edge.properties.sources.length).toBeGreaterThan(0);
    }
    const weights = body.edges.map((edge) => edge.properties.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const actors = new Set(body.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(new Set(body.nodes.map((node) => node.id))).toEqual(actors);
    for (const node of body.nodes) expect(node.labels).toEqual(['Actor']);
  });

  it('filters by time window, topic, country, relationship types and actors', async () => {
    const all = expectedLinks({});
    const years = [...all.values()]
      .flatMap((events) => [...events])
      .map((id) => String(ctx.seed.nodes.get(id)!.properties.start).slice(0, 4))
      .sort();
    const from = years[Math.floor(years.length / 3)]!;
    const to = years[Math.floor((2 * years.length) / 3)]!;
    expect(asMap((await cooperation({ from, to })).edges)).toEqual(expectedLinks({ from, to }));

    const topic = ctx.seed.busiest((node) => node.label === 'Topic').id;
    expect(asMap((await cooperation({ topic })).edges)).toEqual(expectedLinks({ topic }));

    const country = [...all.values()]
      .flatMap((events) => [...events])
      .flatMap((id) => [...ctx.seed.eventCountries(id)])
      .sort()[0]!;
    expect(asMap((await cooperation({ country })).edges)).toEqual(expectedLinks({ country }));

    const types = ['CO_ORGANISED'];
    expect(asMap((await cooperation({ types })).edges)).toEqual(expectedLinks({ types }));

    const heaviest = [...all.entries()].sort((a, b) => b[1].size - a[1].size)[0]![0].split('|')[0]!;
    const focused = await cooperation({ actors: [heaviest] });
    expect(asMap(focused.edges)).toEqual(expectedLinks({ actors: [heaviest] }));
    for (const edge of focused.edges) expect([edge.source, edge.target]).toContain(heaviest);
  });

  it('applies minWeight, limit and eventsPerLink, and reports the links left out', async () => {
    const all = expectedLinks({});
    const minWeight = Math.max(...[...all.values()].map((events) => events.size));
    const heavy = await cooperation({ minWeight });
    expect(heavy.edges.length).toBe([...all.values()].filter((events) => events.size >= minWeight).length);
    const limited = await cooperation({ limit: 2, eventsPerLink: 1 });
    expect(limited.edges).toHaveLength(2);
    expect(limited.total).toBe(all.size);
    expect(limited.omitted).toBe(all.size - 2);
    for (const edge of limited.edges) {
      expect(edge.properties.events).toHaveLength(1);
      expect(edge.properties.weight).toBe(all.get(`${edge.source}|${edge.target}`)!.size);
    }
  });

  it('refuses bad input with 400 naming the field', async () => {
    for (const [query, field] of [
      ['types=MEMBER_OF', 'types.0'],
      ['minWeight=0', 'minWeight'],
      ['limit=5001', 'limit'],
      ['eventsPerLink=0', 'eventsPerLink'],
      ['from=2020&to=2010', 'from'],
      ['actors=bad%20id', 'actors.0'],
      ['depth=2', 'depth'],
    ]) {
      const response = await ctx.get(`/api/cooperation?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});
