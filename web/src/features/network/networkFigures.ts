import type { NetworkFiguresResponse } from '../../api/client';
import type { NodeFigures } from '../../graph/elements';
import type { Metric } from '../../state/store';

export interface NetworkFigures {
  byNode: Map<string, NodeFigures & { betweenness: number; pagerank: number; degree: number }>;
  communities: { id: number; size: number; members: string[] }[];
}

const MIN_SIZE = 14;
const MAX_SIZE = 64;
/** Every node's size when the user chose none. */
const SAME_SIZE = 24;

/**
 * The API's figures (api/src/analysis, via POST /api/analysis/network) as the canvas draws them:
 * a size from the chosen metric (square root, so areas follow the metric) and a community.
 */
export function sizedFigures(response: NetworkFiguresResponse, metric: Metric): NetworkFigures {
  if (metric === 'none') {
    const byNode: NetworkFigures['byNode'] = new Map(response.figures.map((figure) => [figure.id, { ...figure, size: SAME_SIZE }]));
    return { byNode, communities: response.communities };
  }
  const values = response.figures.map((figure) => figure[metric]);
  const max = Math.max(...values, 1e-9);
  const byNode: NetworkFigures['byNode'] = new Map();
  for (const figure of response.figures) {
    byNode.set(figure.id, { ...figure, size: Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(figure[metric] / max)) });
  }
  return { byNode, communities: response.communities };
}
