import { factInTime, timeParam, type TimeParam } from '../../../../api/src/model/time-rules';
import type { GraphEdge, GraphNode } from '../../api/client';
import { primaryLabel } from '../../graph/palette';
import { edgeInTime } from '../filters/visibility';

/** What changed for one element between two years: it began to hold, or it stopped. */
export type Change = 'added' | 'removed';

/** An element in a comparison: changed, held at both years, or at neither (not drawn). */
export type CompareState = Change | 'same' | 'absent';

/** The time filter "as of the end of this year". */
export function asOfYear(year: number): TimeParam | null {
  return timeParam({ asOf: String(year) });
}

/**
 * Every element's state between the ends of two years, by each type's time rule: `added` when it
 * holds at the later year only, `removed` at the earlier only, `same` at both, `absent` at
 * neither. An edge also changes with either end (a membership of an organisation not yet founded).
 */
export function compareStates(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>, yearA: number, yearB: number): Map<string, CompareState> {
  const [early, late] = [asOfYear(Math.min(yearA, yearB)), asOfYear(Math.max(yearA, yearB))];
  const states = new Map<string, CompareState>();
  const holds = new Map<string, [boolean, boolean]>();
  const state = (before: boolean, after: boolean): CompareState => (before ? (after ? 'same' : 'removed') : after ? 'added' : 'absent');
  for (const node of nodes) {
    const key = primaryLabel(node.labels);
    const pair: [boolean, boolean] = [factInTime(key, node.properties, early), factInTime(key, node.properties, late)];
    holds.set(node.id, pair);
    states.set(node.id, state(...pair));
  }
  for (const edge of edges) {
    const ends = [holds.get(edge.source) ?? [true, true], holds.get(edge.target) ?? [true, true]];
    const before = edgeInTime(edge, early) && ends[0]![0] && ends[1]![0];
    const after = edgeInTime(edge, late) && ends[0]![1] && ends[1]![1];
    states.set(edge.id, state(before, after));
  }
  return states;
}

/** Only the elements that changed between the two years (see compareStates). */
export function compareYears(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>, yearA: number, yearB: number): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const [id, state] of compareStates(nodes, edges, yearA, yearB)) if (state === 'added' || state === 'removed') changes.set(id, state);
  return changes;
}
