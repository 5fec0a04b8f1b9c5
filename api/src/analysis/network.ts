/**
 * Centrality and communities of a weighted, undirected network such as the actors' cooperation
 * network (a link per pair, weighted by shared events), as pure functions over graphology (no I/O).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';

export interface WeightedNetwork {
  nodes: string[];
  links: { source: string; target: string; weight: number }[];
}

export interface NetworkFigures {
  figures: { id: string; betweenness: number; pagerank: number; degree: number; community: number }[];
  communities: { id: number; size: number; members: string[] }[];
}

/** A small deterministic random source (mulberry32), so Louvain gives the same communities every time. */
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

/**
 * Normalised betweenness (unweighted on purpose: betweenness reads weights as distances, and more
 * shared events means closer), weighted PageRank, degree (distinct partners) and weighted Louvain
 * communities, numbered by decreasing size so community 0 is the largest. Links to unknown nodes
 * and self-links are ignored; parallel links count once.
 */
export function networkFigures({ nodes, links }: WeightedNetwork): NetworkFigures {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of nodes) graph.mergeNode(id);
  for (const { source, target, weight } of links) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, { weight });
  }
  const between = graph.size ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : {};
  const rank = graph.size ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const communityOf: Record<string, number> = graph.size ? louvain(graph, { getEdgeWeight: 'weight', rng: seeded(7) }) : {};
  const members = new Map<number, string[]>();
  for (const id of graph.nodes()) {
    const community = communityOf[id] ?? -1;
    members.set(community, [...(members.get(community) ?? []), id]);
  }
  const ordered = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const renumber = new Map(ordered.map(([community], index) => [community, index]));
  return {
    figures: graph.nodes().map((id) => ({
      id,
      betweenness: between[id] ?? 0,
      pagerank: rank[id] ?? 0,
      degree: graph.degree(id),
      community: renumber.get(communityOf[id] ?? -1) ?? 0,
    })),
    communities: ordered.map(([community, ids]) => ({ id: renumber.get(community) ?? 0, size: ids.length, members: ids })),
  };
}
