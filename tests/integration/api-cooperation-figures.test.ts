import { describe, expect, it } from 'vitest';
import { cooperationResponse } from '../../api/src/contract/cooperation.js';
import { exploreContext } from './explore/setup.js';

const ctx = exploreContext();

/**
 * GET /api/cooperation?figures=true: the server computes the network's centrality and communities
 * (api/src/analysis/network.ts), so the explorer need not. Checked against the links themselves.
 */
describe('GET /api/cooperation?figures=true', () => {
  it('gives every actor of the network its partners, centrality and community', { timeout: 120_000 }, async () => {
    const plain = await ctx.get('/api/cooperation?limit=5000');
    expect(plain.status).toBe(200);
    expect(cooperationResponse.parse(plain.body).figures).toBeUndefined();

    const response = await ctx.get('/api/cooperation?limit=5000&figures=true');
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
    const body = cooperationResponse.parse(response.body);
    const figures = body.figures!;
    expect(figures.metrics.map((entry) => entry.id).sort()).toEqual(body.nodes.map((node) => node.id).sort());

    // Partners counted from the links of the answer.
    const partners = new Map<string, Set<string>>();
    for (const { source, target } of body.edges) {
      partners.set(source, (partners.get(source) ?? new Set()).add(target));
      partners.set(target, (partners.get(target) ?? new Set()).add(source));
    }
    for (const entry of figures.metrics) {
      expect(entry.degree, entry.id).toBe(partners.get(entry.id)?.size ?? 0);
      expect(entry.betweenness).toBeGreaterThanOrEqual(0);
      expect(entry.betweenness).toBeLessThanOrEqual(1);
    }
    expect(figures.metrics.reduce((sum, entry) => sum + entry.pagerank, 0)).toBeCloseTo(1, 6);
    expect(figures.communities.reduce((sum, community) => sum + community.size, 0)).toBe(body.nodes.length);
    for (const community of figures.communities) {
      expect(community.members.length).toBe(community.size);
      for (const id of community.members) expect(figures.metrics.find((entry) => entry.id === id)?.community).toBe(community.id);
    }
    // Communities are numbered by decreasing size.
    const sizes = figures.communities.map((community) => community.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
