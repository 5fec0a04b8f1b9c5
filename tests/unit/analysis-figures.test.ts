import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness, betweennessSources, EXACT_BETWEENNESS_WORK } from '../../api/src/analysis/betweenness.js';
import { figuresOffThread, FiguresTimedOut } from '../../api/src/analysis/figures.js';
import { graphFigures, type MetricsInput } from '../../api/src/analysis/metrics.js';
import { networkFigures } from '../../api/src/analysis/network.js';
import { seededRandom } from '../../api/src/analysis/random.js';

/** A connected random graph: a ring (so every node is reachable) plus random chords. */
function randomGraph(order: number, chords: number, seed: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < order; i++) graph.mergeEdge(`n${i}`, `n${(i + 1) % order}`);
  for (let k = 0; k < chords; k++) {
    const a = Math.floor(random() * order);
    const b = Math.floor(random() * order);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe('betweenness', () => {
  it('equals graphology’s exact unweighted betweenness on small graphs', () => {
    const graph = randomGraph(120, 300, 1);
    expect(betweennessSources(graph.order, graph.size)).toBe(graph.order);
    const reference = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    const ours = betweenness(graph);
    for (const node of graph.nodes()) expect(ours[node], node).toBeCloseTo(reference[node]!, 10);
  });

  it('estimates from a sample of sources past the exact bound, close to the exact figure', () => {
    const graph = randomGraph(3000, 12_000, 2);
    const sources = betweennessSources(graph.order, graph.size);
    expect(graph.order * graph.size).toBeGreaterThan(EXACT_BETWEENNESS_WORK);
    expect(sources).toBeLessThan(graph.order);
    const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    const estimate = betweenness(graph);
    // The most central tenth by the exact figure is mostly found again by the estimate.
    const top = (values: Record<string, number>) =>
      new Set(
        Object.entries(values)
          .sort(([, a], [, b]) => b - a)
          .slice(0, 300)
          .map(([id]) => id),
      );
    const exactTop = top(exact);
    const overlap = [...top(estimate)].filter((id) => exactTop.has(id)).length;
    expect(overlap / 300).toBeGreaterThan(0.6);
    const total = (values: Record<string, number>) => Object.values(values).reduce((sum, value) => sum + value, 0);
    expect(total(estimate) / total(exact)).toBeGreaterThan(0.8);
    expect(total(estimate) / total(exact)).toBeLessThan(1.25);
  });
});

describe('figures in a worker thread', () => {
  const input: MetricsInput = {
    nodes: Array.from({ length: 60 }, (_, i) => ({ id: `n${i}` })),
    edges: Array.from({ length: 150 }, (_, i) => ({ source: `n${i % 60}`, target: `n${(i * 7 + 3) % 60}` })),
  };

  it('gives exactly what graphFigures gives on the main thread', { timeout: 120_000 }, async () => {
    expect(await figuresOffThread(input, 110_000)).toEqual(graphFigures(input));
  });

  it('keeps the event loop free while it computes, and stops at the timeout', { timeout: 120_000 }, async () => {
    // Large enough that no machine finishes it within the 300 ms timeout below (4,000 nodes did, on a quiet one).
    const graph = randomGraph(20_000, 80_000, 3);
    const large: MetricsInput = { nodes: graph.mapNodes((id) => ({ id })), edges: graph.mapEdges((_e, _a, source, target) => ({ source, target })) };
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    try {
      // Far too short for this graph: the worker is stopped, and timers kept running meanwhile.
      await expect(figuresOffThread(large, 300)).rejects.toBeInstanceOf(FiguresTimedOut);
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(10);
    // The pool recovers: the next request gets a fresh worker.
    expect(await figuresOffThread(input, 110_000)).toEqual(graphFigures(input));
  });
});

describe('networkFigures (weighted, undirected networks such as cooperation)', () => {
  const link = (source: string, target: string, weight = 1) => ({ source, target, weight });

  it('puts a star centre on every path; degree counts partners, not repeated links', () => {
    const figures = networkFigures({
      nodes: ['c', 'a', 'b', 'd'].map((id) => ({ id })),
      edges: [link('a', 'c', 5), link('c', 'a', 2), link('b', 'c'), link('d', 'c'), link('d', 'd')],
    });
    const byId = Object.fromEntries(figures.metrics.map((entry) => [entry.id, entry]));
    expect(byId.c).toMatchObject({ degree: 3, betweenness: 1 });
    for (const leaf of ['a', 'b', 'd']) expect(byId[leaf]).toMatchObject({ degree: 1, betweenness: 0 });
    expect(figures.metrics.reduce((sum, entry) => sum + entry.pagerank, 0)).toBeCloseTo(1, 6);
  });

  it('finds two communities in two cliques joined by a light link, the same on every run', () => {
    const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => link(x, y, 4)));
    const input = {
      nodes: ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3'].map((id) => ({ id })),
      edges: [...clique(['a1', 'a2', 'a3', 'a4']), ...clique(['b1', 'b2', 'b3']), link('a1', 'b1')],
    };
    const figures = networkFigures(input);
    expect(figures.communities.map((community) => community.size)).toEqual([4, 3]);
    expect(figures.communities[0]!.members.sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(networkFigures(input)).toEqual(figures);
  });
});
