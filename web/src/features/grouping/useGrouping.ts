import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ElementDefinition } from 'cytoscape';
import { useCallback, useMemo } from 'react';
import { NETWORK_MAX_LINKS, NETWORK_MAX_NODES } from '../../../../api/src/contract/analysis';
import { networkOf } from '../../api/network';
import { queries } from '../../api/queries';
import { nodeCaption } from '../../graph/elements';
import { GROUP_PREFIX, groupCaption, groupElements, groupId, groupKeys } from '../../graph/grouping';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';

/**
 * The grouping chosen in the toolbar, as a transform of the canvas's elements, and what a tap on a
 * group does (open or close it in place). Communities come from the analysis API on the graph drawn.
 */
export function useGrouping(): { group(elements: ElementDefinition[]): ElementDefinition[]; tapGroup(id: string): boolean } {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const by = useExplorer((state) => state.grouping);
  const expanded = useExplorer((state) => state.expandedGroups);
  const toggleGroup = useExplorer((state) => state.toggleGroup);
  const wantsCommunities = by === 'community' && graph.nodes.size <= NETWORK_MAX_NODES && graph.edges.size <= NETWORK_MAX_LINKS;
  const network = useMemo(() => (wantsCommunities ? networkOf(graph.nodes.keys(), graph.edges.values()) : null), [wantsCommunities, graph]);
  const { data } = useQuery({
    ...queries.networkFigures(network ?? { nodes: [], links: [] }),
    enabled: network !== null,
    placeholderData: keepPreviousData,
  });
  const communities = useMemo(() => (data ? new Map(data.figures.map((figure) => [figure.id, figure.community])) : undefined), [data]);
  const keys = useMemo(() => groupKeys(graph, by, communities), [graph, by, communities]);
  const open = useMemo(() => new Set(expanded), [expanded]);

  const group = useCallback(
    (elements: ElementDefinition[]) =>
      groupElements(elements, {
        by,
        keys,
        expanded: open,
        caption: (key) =>
          groupCaption(by, key, graph, {
            label: (label) => t.labels[label] ?? label,
            node: (node) => nodeCaption(node, lang),
            community: (index) => t.workbench.group.community_(index),
          }),
      }),
    [by, keys, open, graph, lang, t],
  );

  const tapGroup = useCallback(
    (id: string) => {
      if (!id.startsWith(GROUP_PREFIX)) return false;
      const members = [...keys].filter(([, key]) => groupId(by, key) === id).map(([member]) => member);
      toggleGroup(id, members);
      return true;
    },
    [keys, by, toggleGroup],
  );
  return { group, tapGroup };
}
