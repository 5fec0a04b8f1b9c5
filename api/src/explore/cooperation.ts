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
import type { Database, Row } from '../db/driver.js';
import { captionsOf } from '../model/caption.js';
import { readBounded } from './read.js';
import { publicNode } from './subgraph.js';

/** The synthetic relationship type of projected links; never stored in the graph. */
export const COOPERATION_EDGE_TYPE = 'COOPERATED_WITH';

type RawEvent = Omit<SharedEvent, 'caption'> & { id: string; short_name_en: string | null; short_name_fr: string | null };
type RawLink = Pick<CooperationPair, 'weight' | 'first' | 'last' | 'events' | 'topics'> & { a: string; b: string; sources: string[] };

/** The one row of cooperation-*.cypher: links by ids, and what they name, each once. */
export interface CooperationRow {
  total: number;
  links: RawLink[];
  actors: GraphNode[];
  events: RawEvent[];
  topicNames: (SharedTopicName & { id: string })[];
}

/** The answer of cooperation-*.cypher: its one row, or an empty one when no link passed (the query then returns none). */
export function cooperationRow(rows: Row[]): CooperationRow {
  return (rows[0] ?? { total: 0, links: [], actors: [], events: [], topicNames: [] }) as unknown as CooperationRow;
}

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
  // Links by ids, and each actor, event and topic they name described once.
  const answer = cooperationRow(rows);
  const actorsById = new Map(answer.actors.map((actor) => [actor.id, actor]));
  const eventsById = new Map(answer.events.map((event) => [event.id, event]));
  const topicNamesById = new Map(answer.topicNames.map((topic) => [topic.id, topic]));
  const nodes = new Map<string, GraphNode>();
  const pairs: CooperationPair[] = [];
  const events: Record<string, SharedEvent> = {};
  const topics: Record<string, SharedTopicName> = {};
  // Nodes, events and topics keep their first-seen order along the links, heaviest first.
  const placeActor = (actorId: string) => {
    if (!nodes.has(actorId)) nodes.set(actorId, publicNode(actorsById.get(actorId)!));
  };
  const edges: GraphEdge[] = answer.links.map((link) => {
    placeActor(link.a);
    placeActor(link.b);
    const id = `${link.a}|${COOPERATION_EDGE_TYPE}|${link.b}`;
    const weight = Number(link.weight);
    const { first, last } = link;
    for (const eventId of link.events) {
      if (events[eventId]) continue;
      const { id: _id, short_name_en, short_name_fr, ...event } = eventsById.get(eventId)!;
      events[eventId] = { ...event, caption: captionsOf(eventId, { ...event, short_name_en, short_name_fr }) };
    }
    for (const topic of link.topics) {
      if (topics[topic.id]) continue;
      const { name_en, name_fr } = topicNamesById.get(topic.id)!;
      topics[topic.id] = { name_en, name_fr };
    }
    pairs.push({ edge: id, source: link.a, target: link.b, weight, first, last, events: link.events, topics: link.topics });
    return {
      id,
      type: COOPERATION_EDGE_TYPE,
      source: link.a,
      target: link.b,
      properties: { weight, events: link.events, first, last, sources: link.sources },
    };
  });
  const total = Number(answer.total);
  const network = { nodes: [...nodes.values()], edges, total, omitted: total - edges.length, pairs: rankPairs(pairs), events, topics };
  if (!input.figures) return network;
  const figures = await networkFiguresOffThread(
    { nodes: network.nodes, edges: edges.map(({ source, target, properties }) => ({ source, target, weight: Number(properties.weight) })) },
    METRICS_TIMEOUT_MS,
  );
  return { ...network, figures };
}
