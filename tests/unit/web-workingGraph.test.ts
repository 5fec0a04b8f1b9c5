import { describe, expect, it } from 'vitest';
import { additions, applyDelta, EMPTY_GRAPH, inverse, removal, replacement, type WorkingGraph } from '../../web/src/state/workingGraph.js';
import { edge, graph, node } from './web-fixtures.js';

const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()];

/** a–b–c in a line, plus d linked to c. */
function line(): WorkingGraph {
  const delta = additions(
    EMPTY_GRAPH,
    graph([node('a'), node('b'), node('c'), node('d')], [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('cd', 'c', 'd')]),
  );
  return applyDelta(EMPTY_GRAPH, delta);
}

describe('working graph deltas', () => {
  it('adds only what is missing, and edges only when both ends will be there', () => {
    const start = applyDelta(EMPTY_GRAPH, additions(EMPTY_GRAPH, graph([node('a'), node('b')], [edge('ab', 'a', 'b')])));
    const delta = additions(
      start,
      graph([node('b'), node('c'), node('c')], [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('cx', 'c', 'x'), edge('bc', 'b', 'c')]),
    );
    expect(delta.addNodes.map((n) => n.id)).toEqual(['c']);
    expect(delta.addEdges.map((e) => e.id)).toEqual(['bc']);
    expect(delta.removeNodes).toEqual([]);
    const after = applyDelta(start, delta);
    expect(ids(after.nodes)).toEqual(['a', 'b', 'c']);
    expect(ids(after.edges)).toEqual(['ab', 'bc']);
  });

  it('replaces everything, dropping incoming edges whose ends are not incoming', () => {
    const start = line();
    const delta = replacement(start, graph([node('c'), node('e')], [edge('ce', 'c', 'e'), edge('cd', 'c', 'd')]));
    const after = applyDelta(start, delta);
    expect(ids(after.nodes).sort()).toEqual(['c', 'e']);
    expect(ids(after.edges)).toEqual(['ce']);
    // The kept node is the incoming one (removals apply first).
    expect(delta.removeNodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes nodes with every edge touching them', () => {
    const start = line();
    const delta = removal(start, ['c', 'nowhere']);
    expect(delta.removeNodes.map((n) => n.id)).toEqual(['c']);
    expect(delta.removeEdges.map((e) => e.id).sort()).toEqual(['bc', 'cd']);
    const after = applyDelta(start, delta);
    expect(ids(after.nodes)).toEqual(['a', 'b', 'd']);
    expect(ids(after.edges)).toEqual(['ab']);
  });

  it('undoes any delta with its inverse', () => {
    const start = line();
    for (const delta of [
      removal(start, ['b']),
      replacement(start, graph([node('x')])),
      additions(start, graph([node('e')], [edge('de', 'd', 'e'), edge('ae', 'a', 'e')])),
    ]) {
      const back = applyDelta(applyDelta(start, delta), inverse(delta));
      expect(ids(back.nodes).sort()).toEqual(ids(start.nodes).sort());
      expect(ids(back.edges).sort()).toEqual(ids(start.edges).sort());
    }
  });
});
