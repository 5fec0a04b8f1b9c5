import { useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import { api, isAbort } from '../../api/client';
import { useExplorer } from '../../state/store';
import { hiddenElements, type EventMatches } from './visibility';

/**
 * The events that match a country or a topic, asked of the API (events carry no country: it is
 * two hops away, event → city → country). An expand from the country along HELD_IN, LOCATED_IN and
 * HOSTED (2 hops), or from the topic along ADDRESSES, under that same filter, reaches exactly the
 * matching events.
 */
async function matchingEvents(kind: 'country' | 'topic', id: string, signal: AbortSignal): Promise<Set<string>> {
  const path =
    kind === 'country' ? { depth: 2, types: ['HELD_IN', 'LOCATED_IN', 'HOSTED'], country: id } : { depth: 1, types: ['ADDRESSES'], topic: id };
  const result = await api.expand({ ids: [id], limit: 2000, ...path } as Parameters<typeof api.expand>[0], signal);
  return new Set(result.nodes.filter((node) => node.labels.includes('Event')).map((node) => node.id));
}

const useHiddenStore = create<{ hidden: Set<string> }>()(() => ({ hidden: new Set() }));

/** The ids the filters hide, for readers other than the canvas (the table). */
export function useHidden(): Set<string> {
  return useHiddenStore((state) => state.hidden);
}

/**
 * The ids the filters hide on the canvas, recomputed as the graph, filters or playback change.
 * Called once, by the canvas; others read the result with useHidden.
 */
export function useVisibility(): Set<string> {
  const graph = useExplorer((state) => state.graph);
  const filters = useExplorer((state) => state.filters);
  const playYear = useExplorer((state) => state.playYear);
  const [matches, setMatches] = useState<EventMatches>({ country: null, topic: null });

  useEffect(() => {
    const controller = new AbortController();
    const { country, topic } = filters;
    Promise.all([
      country ? matchingEvents('country', country, controller.signal) : null,
      topic ? matchingEvents('topic', topic, controller.signal) : null,
    ]).then(
      ([byCountry, byTopic]) => setMatches({ country: byCountry, topic: byTopic }),
      (error: unknown) => {
        if (!isAbort(error)) setMatches({ country: null, topic: null });
      },
    );
    return () => controller.abort();
  }, [filters.country, filters.topic]);

  const hidden = useMemo(() => hiddenElements(graph, filters, playYear, matches), [graph, filters, playYear, matches]);
  useEffect(() => useHiddenStore.setState({ hidden }), [hidden]);
  return hidden;
}
