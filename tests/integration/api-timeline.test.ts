import { describe, expect, it } from 'vitest';
import type { Filters } from './explore/reference.js';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

/** Events per year under the filters, from the seed graph. */
function expectedYears(filters: Filters, linkedTo?: string[]) {
  const counts: Record<string, number> = {};
  for (const node of ctx.seed.graph.nodes) {
    if (node.label !== 'Event' || !ctx.seed.eventPasses(node.id, filters)) continue;
    if (linkedTo && !ctx.seed.around(node.id).some(({ other }) => linkedTo.includes(other))) continue;
    const year = String(node.properties.start).slice(0, 4);
    counts[year] = (counts[year] ?? 0) + 1;
  }
  return counts;
}

async function timeline(params: Record<string, string | string[] | undefined>) {
  const response = await ctx.get(`/api/timeline?${qs(params)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const nonEmpty = Object.fromEntries(
    response.body.buckets.filter((b: { count: number }) => b.count > 0).map((b: { period: string; count: number }) => [b.period, b.count]),
  );
  return { body: response.body, nonEmpty };
}

describe('GET /api/timeline', () => {
  it('counts every event per year, with a continuous run of years', async () => {
    const { body, nonEmpty } = await timeline({});
    const expected = expectedYears({});
    expect(nonEmpty).toEqual(expected);
    expect(body.total).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    const years = body.buckets.map((b: { period: string }) => Number(b.period));
    expect(years).toEqual(years.map((_: number, i: number) => years[0] + i));
  });

  it('counts per month and reports events dated only to the year as imprecise', async () => {
    const { body, nonEmpty } = await timeline({ granularity: 'month' });
    const events = ctx.seed.graph.nodes.filter((node) => node.label === 'Event').map((node) => String(node.properties.start));
    const months: Record<string, number> = {};
    for (const start of events.filter((s) => s.length >= 7)) months[start.slice(0, 7)] = (months[start.slice(0, 7)] ?? 0) + 1;
    expect(nonEmpty).toEqual(months);
    expect(body.imprecise).toBe(events.filter((s) => s.length < 7).length);
    expect(body.total).toBe(events.length);
  });

  it('applies the time window, country, topic and linked-node filters', async () => {
    const years = Object.keys(expectedYears({})).sort();
    const from = years[1]!;
    const to = years[years.length - 2]!;
    expect((await timeline({ from, to })).nonEmpty).toEqual(expectedYears({ from, to }));

    const events = ctx.seed.graph.nodes.filter((node) => node.label === 'Event');
    const country = events.flatMap((event) => [...ctx.seed.eventCountries(event.id)]).sort()[0]!;
    expect((await timeline({ country })).nonEmpty).toEqual(expectedYears({ country }));

    const topic = ctx.seed.busiest((node) => node.label === 'Topic').id;
    const byTopic = await timeline({ topic });
    expect(byTopic.nonEmpty).toEqual(expectedYears({ topic }));
    expect(byTopic.body.total).toBeGreaterThan(0);

    const actor = ctx.seed.busiest((node) => node.label === 'Actor').id;
    expect((await timeline({ ids: [actor] })).nonEmpty).toEqual(expectedYears({}, [actor]));
  });

  it('refuses bad input with 400 naming the field', async () => {
    for (const [query, field] of [
      ['granularity=day', 'granularity'],
      ['from=20141', 'from'],
      ['from=2020&to=2019', 'from'],
      ['country=FRA', 'country'],
      ['topic=', 'topic'],
      ['ids=', 'ids'],
      ['labels=Event', 'labels'],
    ]) {
      const response = await ctx.get(`/api/timeline?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});
