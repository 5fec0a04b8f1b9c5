import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { networkOf } from '../../api/network';
import { queries } from '../../api/queries';
import { useExplorer } from '../../state/store';
import { sizedFigures, type NetworkFigures } from './networkFigures';

/** The cooperation network's figures while that mode is on (undefined otherwise, and until the API answers). */
export function useNetworkFigures(): NetworkFigures | undefined {
  const graph = useExplorer((state) => state.graph);
  const mode = useExplorer((state) => state.scene.mode);
  const metric = useExplorer((state) => state.metric);
  const network = useMemo(() => (mode === 'network' ? networkOf(graph.nodes.keys(), graph.edges.values()) : null), [graph, mode]);
  const { data } = useQuery({
    ...queries.networkFigures(network ?? { nodes: [], links: [] }),
    enabled: network !== null,
    placeholderData: keepPreviousData,
  });
  return useMemo(() => (network && data ? sizedFigures(data, metric) : undefined), [network, data, metric]);
}
