/**
 * Centrality and communities of a weighted, undirected network such as the actor cooperation
 * projection (links weighted by shared events): the figures the explorer sizes and colours the
 * cooperation network by. Pure, no I/O; run off the event loop through figures.ts.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { betweenness } from './betweenness.js';
import { seededRandom } from './random.js';

export interface NetworkInput {
  nodes: { id: string }[];
  /** `weight` defaults to 1; self-loops and repeated pairs are ignored (the first weight counts). */
  edges: { source: string; target: string; weight?: number }[];
}

export interface NetworkNodeFigures {
  id: string;
  /** Distinct partners. */
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface NetworkFigures {
  metrics: NetworkNodeFigures[];
  communities: { id: number; size: number; members: string[] }[];
}

/** Louvain's seed: the same network always gets the same communities (and colours in a deep link). */
const LOUVAIN_SEED = 7;

/**
 * Betweenness over hops (more shared events must not make a link longer), PageRank and Louvain
 * weighted by shared events; communities numbered by decreasing size.
 */
export function networkFigures(input: NetworkInput): NetworkFigures {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const { id } of input.nodes) graph.mergeNode(id);
  for (const { source, target, weight } of input.edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, { weight: weight ?? 1 });
  }
  const between = graph.size > 0 ? betweenness(graph) : {};
  const rank = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const communityOf: Record<string, number> = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) }) : {};
  const members = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const community = communityOf[id] ?? -1;
    members.set(community, [...(members.get(community) ?? []), id]);
  });
  const ordered = [...members.entries()].sort(([a, x], [b, y]) => y.length - x.length || a - b);
  const renumber = new Map(ordered.map(([community], index) => [community, index]));
  return {
    metrics: graph.mapNodes((id) => ({
      id,
      degree: graph.degree(id),
      betweenness: between[id] ?? 0,
      pagerank: rank[id] ?? 0,
      community: renumber.get(communityOf[id] ?? -1) ?? 0,
    })),
    communities: ordered.map(([community, ids]) => ({ id: renumber.get(community) ?? 0, size: ids.length, members: ids })),
  };
}
