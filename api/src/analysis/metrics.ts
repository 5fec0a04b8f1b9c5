/**
 * Centrality and communities of a subgraph, as pure functions over graphology graphs (no I/O).
 * Parallel relationships are merged into one weighted link, and self-loops are ignored, so the
 * figures describe who is connected to whom rather than how many facts a pair shares.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { betweenness as hopBetweenness } from './betweenness.js';

export interface MetricsInput {
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
}

export interface NodeFigures {
  id: string;
  degree: number;
  inDegree: number;
  outDegree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface GraphFigures {
  metrics: NodeFigures[];
  communities: { id: number; size: number; members: string[] }[];
  modularity: number;
}

/** A directed simple graph: one link per ordered pair, weighted by the relationships behind it. */
export function directedGraph({ nodes, edges }: MetricsInput): Graph {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.mergeNode(node.id);
  for (const { source, target } of edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
  }
  return graph;
}

/** The same links without direction (weights of both directions added). */
export function undirectedGraph(directed: Graph): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  directed.forEachNode((node) => graph.addNode(node));
  directed.forEachEdge((_edge, attributes, source, target) => {
    graph.updateEdge(source, target, (current) => ({ weight: ((current.weight as number | undefined) ?? 0) + (attributes.weight as number) }));
  });
  return graph;
}

/**
 * Degree (relationships, not merged), normalised betweenness (over hops: a link shared by many
 * relationships is no longer than one; estimated on large graphs, see betweenness.ts) and Louvain
 * communities on the undirected graph, PageRank on the directed one. Louvain runs without its random walk so the same
 * graph always gives the same communities; they are renumbered by decreasing size.
 */
export function graphFigures(input: MetricsInput): GraphFigures {
  const directed = directedGraph(input);
  const undirected = undirectedGraph(directed);
  const inDegree = new Map<string, number>();
  const outDegree = new Map<string, number>();
  for (const { source, target } of input.edges) {
    if (!directed.hasNode(source) || !directed.hasNode(target)) continue;
    outDegree.set(source, (outDegree.get(source) ?? 0) + 1);
    inDegree.set(target, (inDegree.get(target) ?? 0) + 1);
  }
  const betweenness = undirected.order > 0 ? hopBetweenness(undirected) : {};
  const ranks = directed.order > 0 ? pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  const detected =
    undirected.size > 0
      ? louvain.detailed(undirected, { getEdgeWeight: 'weight', randomWalk: false })
      : { communities: Object.fromEntries(undirected.nodes().map((node, index) => [node, index])), modularity: 0 };

  const members = new Map<number, string[]>();
  for (const node of undirected.nodes()) {
    const community = detected.communities[node] ?? 0;
    members.set(community, [...(members.get(community) ?? []), node]);
  }
  const rankOf = (node: string) => ranks[node] ?? 0;
  const ordered = [...members.entries()].sort(([a, x], [b, y]) => y.length - x.length || a - b);
  const renumber = new Map(ordered.map(([community], index) => [community, index]));

  const metrics = undirected
    .nodes()
    .map((id) => ({
      id,
      degree: (inDegree.get(id) ?? 0) + (outDegree.get(id) ?? 0),
      inDegree: inDegree.get(id) ?? 0,
      outDegree: outDegree.get(id) ?? 0,
      betweenness: betweenness[id] ?? 0,
      pagerank: rankOf(id),
      community: renumber.get(detected.communities[id] ?? 0) ?? 0,
    }))
    .sort((a, b) => b.pagerank - a.pagerank || a.id.localeCompare(b.id));
  const communities = ordered.map(([community, ids]) => ({
    id: renumber.get(community) ?? 0,
    size: ids.length,
    members: [...ids].sort((a, b) => rankOf(b) - rankOf(a) || a.localeCompare(b)).slice(0, 10),
  }));
  return { metrics, communities, modularity: detected.modularity };
}
