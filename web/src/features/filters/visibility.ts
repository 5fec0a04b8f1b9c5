import type { GraphEdge, GraphNode } from '../../api/client';
import { primaryLabel } from '../../graph/palette';
import type { Filters } from '../../state/store';
import type { WorkingGraph } from '../../state/workingGraph';

function year(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})/.exec(value);
  return match ? Number(match[1]) : null;
}

/** The years a node spans, or null when it has no date (undated nodes are never filtered by time). */
export function nodeYears(node: GraphNode): [number, number] | null {
  const { start, end, adopted, published } = node.properties;
  const first = year(start) ?? year(adopted) ?? year(published);
  if (first === null) return null;
  return [first, year(end) ?? first];
}

/** The years an edge spans (its own date, start/end, or for network links first/last event). */
export function edgeYears(edge: GraphEdge): [number, number] | null {
  const { date, start, end, first, last } = edge.properties;
  const from = year(date) ?? year(start) ?? year(first);
  if (from === null) return null;
  return [from, year(end) ?? year(last) ?? year(date) ?? from];
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

/**
 * Which elements the filters hide. Labels and types hide their elements; the time window hides
 * dated nodes and edges outside it; country and topic hide events that do not match (other nodes
 * are not events and are unaffected, as in the API). An edge is hidden with either end.
 */
export function hiddenElements(graph: WorkingGraph, filters: Filters, playYear: number | null, matches: EventMatches): Set<string> {
  const hidden = new Set<string>();
  const labels = new Set(filters.hiddenLabels);
  const types = new Set(filters.hiddenTypes);
  const { from, to } = effectiveWindow(filters, playYear);
  const outside = (span: [number, number] | null) => span !== null && ((from !== null && span[1] < from) || (to !== null && span[0] > to));
  for (const node of graph.nodes.values()) {
    const label = primaryLabel(node.labels);
    const isEvent = label === 'Event';
    if (
      labels.has(label) ||
      outside(nodeYears(node)) ||
      (isEvent && matches.country && !matches.country.has(node.id)) ||
      (isEvent && matches.topic && !matches.topic.has(node.id))
    ) {
      hidden.add(node.id);
    }
  }
  for (const edge of graph.edges.values()) {
    if (types.has(edge.type) || hidden.has(edge.source) || hidden.has(edge.target) || outside(edgeYears(edge))) hidden.add(edge.id);
  }
  return hidden;
}
