/**
 * Betweenness centrality over hops (unweighted shortest paths), with graphology's own Brandes
 * step. Small graphs get the exact figure; past EXACT_BETWEENNESS_WORK the figure is estimated
 * from a fixed number of source nodes spread evenly over the graph and scaled up (Brandes & Pich,
 * "Centrality estimation in large networks", 2007), so the work stays bounded whatever the size.
 */
import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

/** Nodes × links below which every node is a source (exact): about the old 2,000-node bound. */
export const EXACT_BETWEENNESS_WORK = 20_000_000;
/** Fewest sources of an estimate; more when the graph is sparse enough to afford them. */
export const MIN_BETWEENNESS_SOURCES = 64;

interface IndexedBrandes {
  (source: number): [{ size: number; items: ArrayLike<number>; pop(): number }, number[][], Uint32Array];
  index: { nodes: string[] };
}

/** How many sources the figure uses: all nodes when exact. */
export function betweennessSources(order: number, size: number): number {
  if (order * size <= EXACT_BETWEENNESS_WORK) return order;
  return Math.min(order, Math.max(MIN_BETWEENNESS_SOURCES, Math.floor(EXACT_BETWEENNESS_WORK / Math.max(size, 1))));
}

/**
 * Normalised betweenness of an undirected graph: 1 for the centre of a star, 0 for a leaf.
 * Deterministic: the sources of an estimate are every (order / sources)-th node.
 */
export function betweenness(graph: Graph): Record<string, number> {
  const order = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const sources = betweennessSources(order, graph.size);
  const delta = new Float64Array(order);
  const centralities = new Float64Array(order);
  for (let k = 0; k < sources; k++) {
    const source = Math.floor((k * order) / sources);
    const [stack, predecessors, sigma] = brandes(source);
    for (let j = 0; j < stack.size; j++) delta[stack.items[j]!] = 0;
    // Dependencies accumulate from the farthest node back to the source (Brandes 2001).
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
    }
  }
  const scale = order <= 2 ? 0 : order / sources / ((order - 1) * (order - 2));
  const result: Record<string, number> = {};
  brandes.index.nodes.forEach((id, index) => (result[id] = centralities[index]! * scale));
  return result;
}
