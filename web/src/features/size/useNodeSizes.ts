import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { NETWORK_MAX_LINKS, NETWORK_MAX_NODES } from '../../../../api/src/contract/analysis';
import { networkOf } from '../../api/network';
import { queries } from '../../api/queries';
import { degrees, type SizeMetric } from '../../graph/readability/sizeScale';
import { useExplorer } from '../../state/store';

/** What sizes the nodes on the explore canvas: the metric chosen and every node's value (null: same size). */
export interface NodeSizes {
  metric: SizeMetric;
  values: ReadonlyMap<string, number> | null;
}

/**
 * Node values for the chosen size metric outside the cooperation network: degree counted here,
 * betweenness and PageRank from the API's analysis worker (POST /api/analysis/network) on the graph
 * as drawn. Until the API answers, or for a graph beyond its bounds, sizes follow degree.
 */
export function useNodeSizes(): NodeSizes {
  const graph = useExplorer((state) => state.graph);
  const mode = useExplorer((state) => state.scene.mode);
  const metric = useExplorer((state) => state.metric);
  const central = mode === 'explore' && (metric === 'betweenness' || metric === 'pagerank');
  const fits = graph.nodes.size <= NETWORK_MAX_NODES && graph.edges.size <= NETWORK_MAX_LINKS;
  const network = useMemo(() => (central && fits ? networkOf(graph.nodes.keys(), graph.edges.values()) : null), [central, fits, graph]);
  const { data } = useQuery({
    ...queries.networkFigures(network ?? { nodes: [], links: [] }),
    enabled: network !== null,
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    if (metric === 'none') return { metric, values: null };
    if (central && network && data) {
      const key = metric as 'betweenness' | 'pagerank';
      const values = new Map(data.figures.filter((figure) => graph.nodes.has(figure.id)).map((figure) => [figure.id, figure[key]]));
      if (values.size === graph.nodes.size) return { metric, values };
    }
    return { metric: 'degree', values: degrees(graph.nodes.keys(), graph.edges.values()) };
  }, [metric, central, network, data, graph]);
}
