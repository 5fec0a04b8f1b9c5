import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { leavesAround, resolveOp } from '../../web/src/state/ops.js';
import { explorerState, type ExplorerState } from '../../web/src/state/store.js';
import { additions, applyDelta, EMPTY_GRAPH } from '../../web/src/state/workingGraph.js';
import { edge, graph, node } from './web-fixtures.js';

/** hub linked to a, b, c; c also linked to d (so c is not a leaf of the hub). */
const START = applyDelta(
  EMPTY_GRAPH,
  additions(
    EMPTY_GRAPH,
    graph(
      [node('hub'), node('a'), node('b'), node('c'), node('d')],
      [edge('ha', 'hub', 'a'), edge('hb', 'hub', 'b'), edge('hc', 'hub', 'c'), edge('cd', 'c', 'd')],
    ),
  ),
);
const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()].sort();

/** The explorer's store, outside a browser, holding START drawn at known positions. */
function explorer() {
  const store = createStore<ExplorerState>()(explorerState);
  const positions = Object.fromEntries([...START.nodes.keys()].map((id, index) => [id, { x: index * 100, y: -index * 10 }]));
  store.setState({ graph: START });
  store.getState().canvasMoved(positions);
  return { store, positions };
}

describe('operations without requests', () => {
  it('collapses the leaves that hang only on the chosen nodes', async () => {
    expect(leavesAround(START, ['hub']).sort()).toEqual(['a', 'b']);
    const { delta } = await resolveOp({ kind: 'collapse', ids: ['hub'] }, START, { mode: 'explore', highlight: null, notice: null, viewId: null });
    expect(delta.removeNodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(delta.removeEdges.map((e) => e.id).sort()).toEqual(['ha', 'hb']);
  });
});

describe('undo and redo', () => {
  it('puts hidden nodes back where they stood, and hides them again on redo', async () => {
    const { store, positions } = explorer();
    store.getState().setFocus({ kind: 'node', id: 'c' });
    expect(await store.getState().perform({ kind: 'hide', ids: ['c'] })).toBe(true);
    expect(ids(store.getState().graph.nodes)).toEqual(['a', 'b', 'd', 'hub']);
    expect(ids(store.getState().graph.edges)).toEqual(['ha', 'hb']);
    // The details of a node that left the canvas close.
    expect(store.getState().focus).toBeNull();

    // The user drags a node after hiding: undo remembers that, and redo puts it back there.
    const moved = { ...positions, a: { x: -500, y: 42 } };
    store.getState().canvasMoved(moved);
    store.getState().undo();
    expect(ids(store.getState().graph.nodes)).toEqual(ids(START.nodes));
    expect(ids(store.getState().graph.edges)).toEqual(ids(START.edges));
    expect(store.getState().remembered.c).toEqual(positions.c);
    expect(store.getState().history).toHaveLength(0);
    expect(store.getState().future).toHaveLength(1);

    store.getState().redo();
    expect(ids(store.getState().graph.nodes)).toEqual(['a', 'b', 'd', 'hub']);
    expect(store.getState().remembered.a).toEqual(moved.a);
    expect(store.getState().history.map((entry) => entry.op.kind)).toEqual(['hide']);
    expect(store.getState().future).toHaveLength(0);
  });

  it('does nothing with an empty history or future', () => {
    const { store } = explorer();
    store.getState().undo();
    store.getState().redo();
    expect(ids(store.getState().graph.nodes)).toEqual(ids(START.nodes));
  });

  it('runs operations one after the other, in the order asked', async () => {
    const { store } = explorer();
    const first = store.getState().perform({ kind: 'hide', ids: ['a'] });
    const second = store.getState().perform({ kind: 'hide', ids: ['b'] });
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(store.getState().history.map((entry) => entry.op)).toEqual([
      { kind: 'hide', ids: ['a'] },
      { kind: 'hide', ids: ['b'] },
    ]);
    expect(ids(store.getState().graph.nodes)).toEqual(['c', 'd', 'hub']);
  });
});
