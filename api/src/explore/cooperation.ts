import {
  COOPERATION_TYPES,
  type CooperationPair,
  type CooperationQuery,
  type CooperationResponse,
  type SharedEvent,
  type SharedTopicName,
} from '../contract/cooperation.js';
import { filterParams } from '../contract/filters.js';
import { METRICS_TIMEOUT_MS } from '../contract/metrics.js';
import { networkFiguresOffThread } from '../analysis/figures.js';
import type { GraphEdge, GraphNode } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { captionsOf } from '../model/caption.js';
import { readBounded } from './read.js';
import { publicNode } from './subgraph.js';

/** The synthetic relationship type of projected links; never stored in the graph. */
export const COOPERATION_EDGE_TYPE = 'COOPERATED_WITH';

type RawEvent = Omit<SharedEvent, 'caption'> & { id: string; short_name_en: string | null; short_name_fr: string | null };
type RawTopic = SharedTopicName & CooperationPair['topics'][number];

/** Strongest first: more shared events, then a more recent last one, then more topics, then ids. */
export function rankPairs(pairs: CooperationPair[]): CooperationPair[] {
  return [...pairs].sort(
    (a, b) =>
      b.weight - a.weight ||
      b.last.localeCompare(a.last) ||
      b.topics.length - a.topics.length ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target),
  );
}

/**
 * Actor-to-actor projection: actors linked by the events they took part in together, weighted by
 * how many, each link listing its events, their date range and the sources behind them; `pairs`
 * ranks the same links with their events and the topics they addressed, which `events` and
 * `topics` name once for all pairs.
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
  const pairs: CooperationPair[] = [];
  const events: Record<string, SharedEvent> = {};
  const topics: Record<string, SharedTopicName> = {};
  const edges: GraphEdge[] = rows.map((row) => {
    const a = publicNode(row.a as GraphNode);
    const b = publicNode(row.b as GraphNode);
    nodes.set(a.id, a);
    nodes.set(b.id, b);
    const id = `${a.id}|${COOPERATION_EDGE_TYPE}|${b.id}`;
    const weight = Number(row.weight);
    const first = row.first as string;
    const last = row.last as string;
    for (const detail of row.eventDetails as RawEvent[]) {
      // Pairs share events: each is described once, and the copies of later pairs are not unpacked.
      if (events[detail.id]) continue;
      const { id: eventId, short_name_en, short_name_fr, ...event } = detail;
      events[eventId] = { ...event, caption: captionsOf(eventId, { ...event, short_name_en, short_name_fr }) };
    }
    const pairTopics = (row.topics as RawTopic[]).map(({ id: topicId, name_en, name_fr, events: count }) => {
      topics[topicId] ??= { name_en, name_fr };
      return { id: topicId, events: count };
    });
    pairs.push({ edge: id, source: a.id, target: b.id, weight, first, last, events: row.events as string[], topics: pairTopics });
    return {
      id,
      type: COOPERATION_EDGE_TYPE,
      source: a.id,
      target: b.id,
      properties: { weight, events: row.events as string[], first, last, sources: row.sources as string[] },
    };
  });
  const total = Number(rows[0]?.total ?? 0);
  const network = { nodes: [...nodes.values()], edges, total, omitted: total - edges.length, pairs: rankPairs(pairs), events, topics };
  if (!input.figures) return network;
  const figures = await networkFiguresOffThread(
    { nodes: network.nodes, edges: edges.map(({ source, target, properties }) => ({ source, target, weight: Number(properties.weight) })) },
    METRICS_TIMEOUT_MS,
  );
  return { ...network, figures };
}
