import { describe, expect, it } from 'vitest';
import { exploreContext, qs } from './explore/setup.js';
import { METRICS_MAX_NODES } from '../../api/src/contract/metrics.js';

const ctx = exploreContext();

interface Metrics {
  nodes: { id: string; labels: string[] }[];
  edges: { id: string; source: string; target: string }[];
  metrics: { id: string; degree: number; inDegree: number; outDegree: number; betweenness: number; pagerank: number; community: number }[];
  communities: { id: number; size: number; members: string[] }[];
  modularity: number;
}

/** Structural facts every metrics answer must satisfy, whatever the graph. */
function expectConsistent(body: Metrics) {
  const ids = body.nodes.map((node) => node.id).sort();
  expect(body.metrics.map((entry) => entry.id).sort()).toEqual(ids);
  for (const entry of body.metrics) {
    const out = body.edges.filter((edge) => edge.source === entry.id).length;
    const inc = body.edges.filter((edge) => edge.target === entry.id).length;
    expect(entry).toMatchObject({ outDegree: out, inDegree: inc, degree: out + inc });
    expect(entry.betweenness).toBeGreaterThanOrEqual(0);
    expect(entry.betweenness).toBeLessThanOrEqual(1);
    expect(entry.community).toBeGreaterThanOrEqual(0);
    expect(entry.community).toBeLessThan(body.communities.length);
  }
  const ranks = body.metrics.map((entry) => entry.pagerank);
  expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  expect(body.communities.reduce((sum, community) => sum + community.size, 0)).toBe(body.nodes.length);
  for (const community of body.communities) {
    expect(community.size).toBe(body.metrics.filter((entry) => entry.community === community.id).length);
  }
}

describe('GET /api/metrics', () => {
  it('computes figures on the subgraph an expansion selects', async () => {
    const actor = ctx.seed.busiest((node) => node.label === 'Actor').id;
    const params = { ids: actor, depth: 2, labels: 'Actor,Event,Topic', limit: 300 };
    const metrics = await ctx.get(`/api/metrics?${qs(params)}`);
    expect(metrics.status, JSON.stringify(metrics.body).slice(0, 500)).toBe(200);
    const expanded = await ctx.get(`/api/expand?${qs(params)}`);
    expect(metrics.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(expanded.body.nodes.map((n: { id: string }) => n.id).sort());
    expect(metrics.body.edges.length).toBe(expanded.body.edges.length);
    expectConsistent(metrics.body);
    // A star centre lies on every shortest path between its leaves.
    const top = [...metrics.body.metrics].sort((a: { betweenness: number }, b: { betweenness: number }) => b.betweenness - a.betweenness)[0];
    expect(top.betweenness).toBeGreaterThan(0);
  });

  it('computes figures on the whole graph, or the whole graph under filters', async () => {
    const whole = await ctx.get('/api/metrics');
    expect(whole.status).toBe(200);
    expect(whole.body.nodes).toHaveLength(ctx.seed.graph.nodes.length);
    expect(whole.body.edges).toHaveLength(ctx.seed.graph.relationships.length);
    expectConsistent(whole.body);
    expect(whole.body.modularity).toBeGreaterThan(0);

    const filtered = await ctx.get(`/api/metrics?${qs({ labels: 'Actor,Event', types: 'ORGANISED,CO_ORGANISED,PARTICIPATED_IN' })}`);
    const expectedNodes = ctx.seed.graph.nodes.filter((node) => node.label === 'Actor' || node.label === 'Event').length;
    expect(filtered.body.nodes).toHaveLength(expectedNodes);
    for (const edge of filtered.body.edges) expect(['ORGANISED', 'CO_ORGANISED', 'PARTICIPATED_IN']).toContain(edge.type);
    expectConsistent(filtered.body);
  });

  it('answers 404 for an unknown seed and 400 for bad input', async () => {
    const unknown = await ctx.get('/api/metrics?ids=no-such-node');
    expect(unknown.status, JSON.stringify(unknown.body)).toBe(404);
    for (const [query, field] of [
      ['depth=4&ids=coe', 'depth'],
      [`limit=${METRICS_MAX_NODES + 1}&ids=coe`, 'limit'],
      ['labels=Nope', 'labels.0'],
      ['algorithm=pagerank', 'algorithm'],
    ]) {
      const response = await ctx.get(`/api/metrics?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});
