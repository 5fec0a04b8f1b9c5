import { useMemo } from 'react';
import { useExplorer } from '../../state/store';
import { compareStates, type CompareState } from './comparison';

/** Each canvas element's state between the two compared years (null when comparison mode is off). */
export function useComparison(): ReadonlyMap<string, CompareState> | null {
  const graph = useExplorer((state) => state.graph);
  const compare = useExplorer((state) => state.compare);
  return useMemo(() => (compare ? compareStates(graph.nodes.values(), graph.edges.values(), compare[0], compare[1]) : null), [graph, compare]);
}
