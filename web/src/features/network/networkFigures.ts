import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { NodeFigures } from '../../graph/elements';
import type { Metric } from '../../state/store';
import type { WorkingGraph } from '../../state/workingGraph';

export interface NetworkFigures {
  byNode: Map<string, NodeFigures & { betweenness: number; pagerank: number; degree: number }>;
  communities: { id: number; size: number; members: string[] }[];
}

const MIN_SIZE = 14;
const MAX_SIZE = 64;

/**
 * Centrality and communities of the cooperation network on the canvas. GET /api/metrics computes
 * them on stored relationships, not on this actor-to-actor projection, so they are computed here,
 * with graphology's own implementations (weighted by shared events), over at most a few hundred
 * actors. Louvain gets a fixed random source so a deep link shows the same colours again.
 */
export function networkFigures(graph: WorkingGraph, metric: Metric): NetworkFigures {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const id of graph.nodes.keys()) g.addNode(id);
  for (const edge of graph.edges.values()) {
    if (edge.source === edge.target || g.hasEdge(edge.source, edge.target)) continue;
    const weight = typeof edge.properties.weight === 'number' ? edge.properties.weight : 1;
    g.addEdge(edge.source, edge.target, { weight });
  }
  // Unweighted on purpose: betweenness reads weights as distances, and more shared events means closer.
  const between = g.size ? betweenness(g, { getEdgeWeight: null }) : {};
  const rank = g.size ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const communityOf = g.size ? louvain(g, { getEdgeWeight: 'weight', rng: seeded(7) }) : {};
  // Renumber communities by decreasing size: community 1 is the largest, colours are stable.
  const sizes = new Map<number, string[]>();
  for (const id of g.nodes()) {
    const community = communityOf[id] ?? -1;
    sizes.set(community, [...(sizes.get(community) ?? []), id]);
  }
  const ordered = [...sizes.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const renumber = new Map(ordered.map(([community], index) => [community, index]));
  const value = (id: string) => (metric === 'betweenness' ? (between[id] ?? 0) : metric === 'pagerank' ? (rank[id] ?? 0) : g.degree(id));
  const values = g.nodes().map(value);
  const max = Math.max(...values, 1e-9);
  const byNode: NetworkFigures['byNode'] = new Map();
  for (const id of g.nodes()) {
    byNode.set(id, {
      size: Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value(id) / max)),
      community: renumber.get(communityOf[id] ?? -1) ?? 0,
      betweenness: between[id] ?? 0,
      pagerank: rank[id] ?? 0,
      degree: g.degree(id),
    });
  }
  const communities = ordered.map(([community, members]) => ({ id: renumber.get(community) ?? 0, size: members.length, members }));
  return { byNode, communities };
}

/** A small deterministic random source (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
