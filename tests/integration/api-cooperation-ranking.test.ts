import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, type CooperationResponse } from '../../api/src/contract/cooperation.js';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

/** Events each pair of actors shared, read from the seed. */
function sharedEvents(filters: { topic?: string; from?: string; to?: string } = {}) {
  const pairs = new Map<string, Set<string>>();
  for (const event of ctx.seed.graph.nodes.filter((node) => node.label === 'Event' && ctx.seed.eventPasses(node.id, filters))) {
    const actors = [
      ...new Set(
        (ctx.seed.in.get(event.id) ?? [])
          .filter((rel) => (COOPERATION_TYPES as readonly string[]).includes(rel.type) && ctx.seed.label(rel.from) === 'Actor')
          .map((rel) => rel.from),
      ),
    ].sort();
    for (const a of actors) for (const b of actors) if (a < b) pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? new Set()).add(event.id));
  }
  return pairs;
}

async function network(params: Record<string, string | number | undefined> = {}): Promise<CooperationResponse> {
  const response = await ctx.get(`/api/cooperation?${qs({ limit: 5000, eventsPerLink: 500, ...params })}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as CooperationResponse;
}

const ranking = async (params: Record<string, string | number | undefined> = {}) => (await network(params)).pairs;

describe('GET /api/cooperation ranked pairs', () => {
  it('ranks the strongest pairs first, each with its shared events named, dated and placed, and their topics', async () => {
    const { pairs, events: described, topics: named } = await network();
    const expected = sharedEvents();
    expect(pairs).toHaveLength(expected.size);
    for (let i = 1; i < pairs.length; i++) {
      const [before, after] = [pairs[i - 1]!, pairs[i]!];
      expect(before.weight > after.weight || (before.weight === after.weight && before.last >= after.last), `${i}`).toBe(true);
    }
    for (const pair of pairs) {
      const events = expected.get(`${pair.source}|${pair.target}`)!;
      expect(new Set(pair.events)).toEqual(events);
      expect(pair.weight).toBe(events.size);
      const starts = pair.events.map((id) => described[id]!.start);
      expect(starts).toEqual([...starts].sort());
      for (const id of pair.events) {
        const event = described[id]!;
        const seed = ctx.seed.nodes.get(id)!;
        expect(event.name_en ?? event.name_fr).toBe(seed.properties.name_en ?? seed.properties.name_fr);
        expect(event.start).toBe(seed.properties.start);
        expect(event.caption.en).toBe(seed.properties.short_name_en);
        const place = (ctx.seed.out.get(id) ?? []).filter((rel) => rel.type === 'HELD_IN').map((rel) => ctx.seed.nodes.get(rel.to)!);
        if (place.length === 1) expect(event.place_en).toBe(place[0]!.properties.name_en);
        if (place.length === 0) expect(event.place_en).toBeNull();
      }
      // Topics: every topic an event of the pair addressed, counted once per event.
      const topicCounts = new Map<string, number>();
      for (const id of events)
        for (const rel of ctx.seed.out.get(id) ?? [])
          if (rel.type === 'ADDRESSES' && ctx.seed.label(rel.to) === 'Topic') topicCounts.set(rel.to, (topicCounts.get(rel.to) ?? 0) + 1);
      expect(new Map(pair.topics.map((topic) => [topic.id, topic.events]))).toEqual(topicCounts);
      const counts = pair.topics.map((topic) => topic.events);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const topic of pair.topics)
        expect(named[topic.id]?.name_en ?? named[topic.id]?.name_fr).toBe(
          ctx.seed.nodes.get(topic.id)!.properties.name_en ?? ctx.seed.nodes.get(topic.id)!.properties.name_fr,
        );
    }
    const placed = Object.values(described).filter((event) => event.place_en !== null);
    expect(placed.length).toBeGreaterThan(0);
    expect(pairs.some((pair) => pair.topics.length > 0)).toBe(true);
  });

  it('applies the topic and year filters to the ranking', async () => {
    const topic = ctx.seed.busiest((node) => node.label === 'Topic').id;
    const byTopic = await ranking({ topic });
    const expectedByTopic = sharedEvents({ topic });
    expect(byTopic.length).toBeGreaterThan(0);
    expect(new Map(byTopic.map((pair) => [`${pair.source}|${pair.target}`, new Set(pair.events)]))).toEqual(expectedByTopic);
    for (const pair of byTopic) expect(pair.topics.map((entry) => entry.id)).toContain(topic);

    const years = [...sharedEvents().values()]
      .flatMap((events) => [...events])
      .map((id) => String(ctx.seed.nodes.get(id)!.properties.start).slice(0, 4))
      .sort();
    const from = years[Math.floor(years.length / 2)]!;
    const windowed = await network({ from });
    expect(windowed.pairs.length).toBe(sharedEvents({ from }).size);
    for (const pair of windowed.pairs)
      for (const id of pair.events) expect((windowed.events[id]!.end ?? windowed.events[id]!.start).slice(0, 4) >= from).toBe(true);
  });

  it('describes each shared event and names each topic once, however many pairs share it', async () => {
    const answer = await network();
    const listed = new Set(answer.pairs.flatMap((pair) => pair.events));
    const topics = new Set(answer.pairs.flatMap((pair) => pair.topics.map((topic) => topic.id)));
    // The seed has events shared by several pairs: the case where repeating details cost bytes.
    const pairsPerEvent = [...listed].map((id) => answer.pairs.filter((pair) => pair.events.includes(id)).length);
    expect(Math.max(...pairsPerEvent)).toBeGreaterThan(1);
    expect(new Set(Object.keys(answer.events))).toEqual(listed);
    expect(new Set(Object.keys(answer.topics))).toEqual(topics);
    for (const pair of answer.pairs) for (const id of pair.events) expect(typeof id).toBe('string');
    // Each event's name appears in the whole answer text only where `events` describes it.
    const text = JSON.stringify(answer);
    const names = Object.values(answer.events).map((event) => JSON.stringify(event.name_en ?? event.name_fr));
    for (const name of new Set(names)) expect(text.split(name).length - 1, name).toBe(names.filter((other) => other === name).length);
  });

  it('with a limit, describes exactly the actors, events and topics of the pairs kept, as the whole answer does', async () => {
    const whole = await network();
    const kept = await network({ limit: 3, eventsPerLink: 1 });
    expect(whole.total).toBeGreaterThan(3);
    expect([kept.total, kept.omitted, kept.edges.length]).toEqual([whole.total, whole.total - 3, 3]);
    // The heaviest links are kept, each still weighed and topic-counted over all its shared events.
    expect(kept.edges.map((edge) => edge.id)).toEqual(whole.edges.slice(0, 3).map((edge) => edge.id));
    const wholePairs = new Map(whole.pairs.map((pair) => [pair.edge, pair]));
    for (const pair of kept.pairs) {
      const full = wholePairs.get(pair.edge)!;
      expect(pair).toEqual({ ...full, events: full.events.slice(0, 1) });
    }
    // Nodes, events and topics: those the kept links name, first seen first, described as in the whole answer.
    const firstSeen = (ids: string[]) => [...new Set(ids)];
    expect(kept.nodes.map((node) => node.id)).toEqual(firstSeen(kept.edges.flatMap((edge) => [edge.source, edge.target])));
    for (const node of kept.nodes) expect(node).toEqual(whole.nodes.find((other) => other.id === node.id));
    const edgePairs = kept.edges.map((edge) => kept.pairs.find((pair) => pair.edge === edge.id)!);
    expect(Object.keys(kept.events)).toEqual(firstSeen(edgePairs.flatMap((pair) => pair.events)));
    for (const [id, event] of Object.entries(kept.events)) expect(event).toEqual(whole.events[id]);
    expect(Object.keys(kept.topics)).toEqual(firstSeen(edgePairs.flatMap((pair) => pair.topics.map((topic) => topic.id))));
    for (const [id, topic] of Object.entries(kept.topics)) expect(topic).toEqual(whole.topics[id]);
  });

  it('answers an empty network when no event passes the filters', async () => {
    expect(await network({ from: '1800', to: '1801' })).toEqual({ nodes: [], edges: [], total: 0, omitted: 0, pairs: [], events: {}, topics: {} });
    const actor = (await network()).nodes[0]!.id;
    const empty = await network({ actors: actor, from: '1800', to: '1801' });
    expect([empty.total, empty.pairs.length, Object.keys(empty.events).length]).toEqual([0, 0, 0]);
  });
});
