import { factInTime, timeParam, type TimeParam } from '../../../../api/src/model/time-rules';
import type { GraphEdge, GraphNode } from '../../api/client';
import { primaryLabel } from '../../graph/palette';

/** What changed for one element between two years: it began to hold, or it stopped. */
export type Change = 'added' | 'removed';

/** The time filter "as of the end of this year". */
export function asOfYear(year: number): TimeParam | null {
  return timeParam({ asOf: String(year) });
}

/**
 * Elements of the graph that hold at the end of one year and not the other, by each type's time
 * rule: `added` when it holds at the later year only, `removed` when at the earlier only. An edge
 * also changes with either end (a membership of an organisation that did not yet exist).
 */
export function compareYears(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>, yearA: number, yearB: number): Map<string, Change> {
  const [early, late] = [asOfYear(Math.min(yearA, yearB)), asOfYear(Math.max(yearA, yearB))];
  const changes = new Map<string, Change>();
  const holds = new Map<string, [boolean, boolean]>();
  for (const node of nodes) {
    const key = primaryLabel(node.labels);
    const pair: [boolean, boolean] = [factInTime(key, node.properties, early), factInTime(key, node.properties, late)];
    holds.set(node.id, pair);
    if (pair[0] !== pair[1]) changes.set(node.id, pair[1] ? 'added' : 'removed');
  }
  for (const edge of edges) {
    const ends = [holds.get(edge.source) ?? [true, true], holds.get(edge.target) ?? [true, true]];
    const before = factInTime(edge.type, edge.properties, early) && ends[0]![0] && ends[1]![0];
    const after = factInTime(edge.type, edge.properties, late) && ends[0]![1] && ends[1]![1];
    if (before !== after) changes.set(edge.id, after ? 'added' : 'removed');
  }
  return changes;
}
