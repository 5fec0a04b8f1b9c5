import { describe, expect, it } from 'vitest';
import { directedGraph, graphFigures } from '../../api/src/analysis/metrics.js';

const nodes = (...ids: string[]) => ids.map((id) => ({ id }));
const edge = (source: string, target: string) => ({ source, target });

describe('graphFigures', () => {
  it('puts a star centre on every shortest path: betweenness 1, leaves 0', () => {
    const figures = graphFigures({ nodes: nodes('c', 'a', 'b', 'd'), edges: [edge('a', 'c'), edge('b', 'c'), edge('d', 'c')] });
    const byId = Object.fromEntries(figures.metrics.map((entry) => [entry.id, entry]));
    expect(byId.c).toMatchObject({ betweenness: 1, degree: 3, inDegree: 3, outDegree: 0 });
    for (const leaf of ['a', 'b', 'd']) expect(byId[leaf]).toMatchObject({ betweenness: 0, degree: 1, outDegree: 1 });
    expect(figures.metrics[0]!.id).toBe('c');
    expect(figures.metrics.reduce((sum, entry) => sum + entry.pagerank, 0)).toBeCloseTo(1, 6);
  });

  it('finds two communities in two cliques joined by one bridge, numbered by size', () => {
    const left = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const right = ['b1', 'b2', 'b3', 'b4'];
    const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => edge(x, y)));
    const figures = graphFigures({ nodes: nodes(...left, ...right), edges: [...clique(left), ...clique(right), edge('a1', 'b1')] });
    expect(figures.communities.map((community) => community.size)).toEqual([5, 4]);
    const community = (id: string) => figures.metrics.find((entry) => entry.id === id)!.community;
    for (const id of left) expect(community(id)).toBe(0);
    for (const id of right) expect(community(id)).toBe(1);
    expect(figures.modularity).toBeGreaterThan(0.3);
    // The bridge ends carry all traffic between the cliques.
    const top = [...figures.metrics]
      .sort((x, y) => y.betweenness - x.betweenness)
      .slice(0, 2)
      .map((entry) => entry.id);
    expect(top.sort()).toEqual(['a1', 'b1']);
  });

  it('is deterministic', () => {
    const input = { nodes: nodes('a', 'b', 'c', 'd', 'e'), edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e'), edge('e', 'a')] };
    expect(graphFigures(input)).toEqual(graphFigures(input));
  });

  it('merges parallel relationships into one weighted link but counts them in the degree', () => {
    const graph = directedGraph({ nodes: nodes('a', 'b'), edges: [edge('a', 'b'), edge('a', 'b'), edge('a', 'a')] });
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b'), 'weight')).toBe(2);
    const figures = graphFigures({ nodes: nodes('a', 'b'), edges: [edge('a', 'b'), edge('a', 'b')] });
    expect(figures.metrics.find((entry) => entry.id === 'a')!.outDegree).toBe(2);
  });

  it('handles graphs without edges or nodes', () => {
    const lonely = graphFigures({ nodes: nodes('a', 'b'), edges: [] });
    expect(lonely.communities).toHaveLength(2);
    expect(lonely.metrics.every((entry) => entry.degree === 0 && entry.betweenness === 0)).toBe(true);
    expect(graphFigures({ nodes: [], edges: [] })).toEqual({ metrics: [], communities: [], modularity: 0 });
  });
});
