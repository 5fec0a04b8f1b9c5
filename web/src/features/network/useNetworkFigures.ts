import { useMemo } from 'react';
import { useExplorer } from '../../state/store';
import { networkFigures, type NetworkFigures } from './networkFigures';

/** The cooperation network's figures while that mode is on (undefined otherwise). */
export function useNetworkFigures(): NetworkFigures | undefined {
  const graph = useExplorer((state) => state.graph);
  const mode = useExplorer((state) => state.scene.mode);
  const metric = useExplorer((state) => state.metric);
  return useMemo(() => (mode === 'network' ? networkFigures(graph, metric) : undefined), [graph, mode, metric]);
}
