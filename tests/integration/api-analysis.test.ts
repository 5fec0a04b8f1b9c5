import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { exploreContext } from './explore/setup.js';

const ctx = exploreContext();

/** Two triangles (a, b, c) and (x, y, z) joined by one light link c–x, plus a heavy pair a–b. */
const NETWORK = {
  nodes: ['a', 'b', 'c', 'x', 'y', 'z', 'alone'],
  links: [
    { source: 'a', target: 'b', weight: 9 },
    { source: 'b', target: 'c', weight: 2 },
    { source: 'a', target: 'c', weight: 2 },
    { source: 'c', target: 'x', weight: 1 },
    { source: 'x', target: 'y', weight: 2 },
    { source: 'y', target: 'z', weight: 2 },
    { source: 'x', target: 'z', weight: 2 },
    { source: 'b', target: 'a', weight: 5 },
  ],
};

type Figures = { id: string; betweenness: number; pagerank: number; degree: number; community: number };

describe('POST /api/analysis/network', () => {
  it('gives each node its centrality, distinct partners and community', async () => {
    const response = await ctx.post('/api/analysis/network', NETWORK);
    expect(response.status).toBe(200);
    const byId = new Map((response.body.figures as Figures[]).map((figure) => [figure.id, figure]));
    expect([...byId.keys()].sort()).toEqual([...NETWORK.nodes].sort());

    // Betweenness, computed here independently (normalised, links counted once).
    const g = new Graph({ type: 'undirected' });
    for (const id of NETWORK.nodes) g.addNode(id);
    for (const { source, target } of NETWORK.links) if (!g.hasEdge(source, target)) g.addEdge(source, target);
    const expected = betweenness(g, { normalized: true });
    for (const id of NETWORK.nodes) {
      expect(byId.get(id)!.betweenness).toBeCloseTo(expected[id]!, 9);
      expect(byId.get(id)!.degree).toBe(g.degree(id));
    }
    // The bridge ends carry every path between the triangles.
    expect(byId.get('c')!.betweenness).toBeGreaterThan(byId.get('a')!.betweenness);
    // Each triangle is one community, the isolated node its own; communities are numbered by size.
    const community = (id: string) => byId.get(id)!.community;
    expect(new Set(['a', 'b', 'c'].map(community)).size).toBe(1);
    expect(new Set(['x', 'y', 'z'].map(community)).size).toBe(1);
    expect(community('a')).not.toBe(community('x'));
    const sizes = (response.body.communities as { size: number; members: string[] }[]).map((entry) => entry.size);
    expect(sizes).toEqual([...sizes].sort((p, q) => q - p));
    expect(response.body.communities.flatMap((entry: { members: string[] }) => entry.members).sort()).toEqual([...NETWORK.nodes].sort());
    // The same network gives the same figures (colours stay put across reloads).
    expect((await ctx.post('/api/analysis/network', NETWORK)).body).toEqual(response.body);
  });

  it('answers 400 naming the field for a bad network', async () => {
    const badId = await ctx.post('/api/analysis/network', { nodes: ['a'], links: [{ source: 'a', target: 'b c' }] });
    expect(badId.status).toBe(400);
    expect(badId.body.error.field).toBe('links.0.target');
    const badWeight = await ctx.post('/api/analysis/network', { nodes: ['a', 'b'], links: [{ source: 'a', target: 'b', weight: -1 }] });
    expect(badWeight.status).toBe(400);
    expect(badWeight.body.error.field).toBe('links.0.weight');
    const missing = await ctx.post('/api/analysis/network', { links: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('nodes');
  });
});
