import { COOPERATION_TYPES, type CooperationQuery, type CooperationResponse } from '../contract/cooperation.js';
import { filterParams } from '../contract/filters.js';
import { METRICS_TIMEOUT_MS } from '../contract/metrics.js';
import { networkFiguresOffThread } from '../analysis/figures.js';
import type { GraphEdge, GraphNode } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { readBounded } from './read.js';

/** The synthetic relationship type of projected links; never stored in the graph. */
export const COOPERATION_EDGE_TYPE = 'COOPERATED_WITH';

/**
 * Actor-to-actor projection: actors linked by the events they took part in together, weighted by
 * how many, each link listing its events, their date range and the sources behind them.
 */
export async function cooperationNetwork(db: Database, input: CooperationQuery): Promise<CooperationResponse> {
  const actors = input.actors?.length ? [...new Set(input.actors)] : null;
  const params = {
    ...filterParams(input),
    types: input.types?.length ? input.types : [...COOPERATION_TYPES],
    actors,
    minWeight: input.minWeight,
    limit: input.limit,
    eventsPerLink: input.eventsPerLink,
  };
  // Starting from given actors avoids scanning every event of a large graph.
  const rows = await readBounded(db, actors ? 'cooperation-of-actors' : 'cooperation-network', params, actors ? 'actors' : 'from');
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = rows.map((row) => {
    const a = row.a as GraphNode;
    const b = row.b as GraphNode;
    nodes.set(a.id, a);
    nodes.set(b.id, b);
    return {
      id: `${a.id}|${COOPERATION_EDGE_TYPE}|${b.id}`,
      type: COOPERATION_EDGE_TYPE,
      source: a.id,
      target: b.id,
      properties: {
        weight: Number(row.weight),
        events: row.events as string[],
        first: row.first as string,
        last: row.last as string,
        sources: row.sources as string[],
      },
    };
  });
  const total = Number(rows[0]?.total ?? 0);
  const network = { nodes: [...nodes.values()], edges, total, omitted: total - edges.length };
  if (!input.figures) return network;
  const figures = await networkFiguresOffThread(
    { nodes: network.nodes, edges: edges.map(({ source, target, properties }) => ({ source, target, weight: Number(properties.weight) })) },
    METRICS_TIMEOUT_MS,
  );
  return { ...network, figures };
}
