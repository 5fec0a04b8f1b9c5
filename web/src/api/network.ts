import type { GraphEdge, WeightedNetwork } from './client';

/**
 * A drawn network as the analysis API takes it: the nodes and the links in drawing order (so the
 * same picture always gives the same communities), weighted by their `weight` (shared events).
 */
export function networkOf(nodes: Iterable<string>, edges: Iterable<GraphEdge>): WeightedNetwork {
  return {
    nodes: [...nodes],
    links: [...edges].map((edge) => ({
      source: edge.source,
      target: edge.target,
      weight: typeof edge.properties.weight === 'number' && edge.properties.weight > 0 ? edge.properties.weight : 1,
    })),
  };
}
