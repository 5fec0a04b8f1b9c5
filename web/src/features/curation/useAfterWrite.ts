import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { useExplorer } from '../../state/store';

/** Queries whose answers a write can change: names in search, details, provenance, history, the queue, counts over time. */
const AFFECTED = ['search', 'node', 'edge-provenance', 'history', 'suggestions', 'timeline', 'matching-events', 'map-places'];

/**
 * What follows every successful write: the cached reads it touched are invalidated (search finds a
 * new name at once), and the canvas shows the result: written entities are drawn (added when not
 * yet on it, redrawn with their new properties when they are), with their relationships to what
 * is drawn; removed ones leave.
 */
export function useAfterWrite() {
  const client = useQueryClient();
  const perform = useExplorer((state) => state.perform);
  const refreshGraph = useExplorer((state) => state.refreshGraph);
  const setFocus = useExplorer((state) => state.setFocus);

  return useCallback(
    async ({ show = [], removed = [], focus }: { show?: string[]; removed?: string[]; focus?: { kind: 'node' | 'edge'; id: string } }) => {
      await client.invalidateQueries({ predicate: (query) => AFFECTED.includes(String(query.queryKey[0])) });
      if (removed.length) refreshGraph({ nodes: [], edges: [] }, removed);
      const drawn = () => [...useExplorer.getState().graph.nodes.keys()];
      const missing = show.filter((id) => !useExplorer.getState().graph.nodes.has(id));
      const present = show.filter((id) => useExplorer.getState().graph.nodes.has(id));
      if (present.length) {
        const contexts = await Promise.all(present.map((id) => api.nodeContext(id, drawn())));
        refreshGraph({ nodes: contexts.flatMap((context) => context.nodes), edges: contexts.flatMap((context) => context.edges) });
      }
      if (missing.length) await perform({ kind: 'add', ids: missing });
      if (focus) setFocus(focus);
    },
    [client, perform, refreshGraph, setFocus],
  );
}
