import { factInTime, RULES_PARAM, timeParam, type TimeParam } from '../../../../api/src/model/time-rules';
import type { GraphEdge, GraphNode } from '../../api/client';
import { primaryLabel } from '../../graph/palette';
import type { Filters } from '../../state/store';
import type { WorkingGraph } from '../../state/workingGraph';

/**
 * Whether a node holds in the time filter, by the rule of its label (events by their dates,
 * programmes by their period, instruments from adoption…): the API's rule table, applied here.
 */
export function nodeInTime(node: GraphNode, time: TimeParam | null): boolean {
  return factInTime(primaryLabel(node.labels), node.properties, time);
}

/**
 * Whether an edge holds in the time filter, by the rule of its type (memberships by start/end,
 * ratifications from their date…). Cooperation-network links span their first to last shared event.
 */
export function edgeInTime(edge: GraphEdge, time: TimeParam | null): boolean {
  if (edge.properties.first !== undefined && edge.properties.last !== undefined && !(edge.type in RULES_PARAM)) {
    return factInTime('Event', { start: edge.properties.first, end: edge.properties.last }, time);
  }
  return factInTime(edge.type, edge.properties, time);
}

/** Event ids matching the country and topic filters (null: that filter is off). */
export interface EventMatches {
  country: ReadonlySet<string> | null;
  topic: ReadonlySet<string> | null;
}

/** The time window in force: while playing, it ends at the year being shown. */
export function effectiveWindow(filters: Filters, playYear: number | null): { from: number | null; to: number | null } {
  return { from: filters.from, to: playYear ?? filters.to };
}

/** The rule parameter for a window of years (null when the window is open at both ends). */
export function windowTime(window: { from: number | null; to: number | null }): TimeParam | null {
  return timeParam({ from: window.from === null ? null : String(window.from), to: window.to === null ? null : String(window.to) });
}

/**
 * Which elements the filters hide. Labels and types hide their elements; the time window hides
 * every dated node and edge that does not hold in it, by its type's rule (api/src/model/time-rules.ts); country and topic hide events that do not match (other nodes
 * are not events and are unaffected, as in the API). An edge is hidden with either end.
 */
export function hiddenElements(graph: WorkingGraph, filters: Filters, playYear: number | null, matches: EventMatches): Set<string> {
  const hidden = new Set<string>();
  const labels = new Set(filters.hiddenLabels);
  const types = new Set(filters.hiddenTypes);
  const time = windowTime(effectiveWindow(filters, playYear));
  for (const node of graph.nodes.values()) {
    const label = primaryLabel(node.labels);
    const isEvent = label === 'Event';
    if (
      labels.has(label) ||
      !nodeInTime(node, time) ||
      (isEvent && matches.country && !matches.country.has(node.id)) ||
      (isEvent && matches.topic && !matches.topic.has(node.id))
    ) {
      hidden.add(node.id);
    }
  }
  for (const edge of graph.edges.values()) {
    if (types.has(edge.type) || hidden.has(edge.source) || hidden.has(edge.target) || !edgeInTime(edge, time)) hidden.add(edge.id);
  }
  return hidden;
}
