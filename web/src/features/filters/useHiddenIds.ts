import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries } from '../../api/queries';
import { useExplorer } from '../../state/store';
import { useComparison } from '../timeline/useComparison';
import { hiddenElements } from './visibility';

/**
 * The ids the filters hide, recomputed as the graph, filters or playback change. The country and
 * topic filters need the events that match them, asked of the API once per country or topic.
 * In comparison mode the two compared years replace the time window: what held at either shows.
 */
export function useHiddenIds(): ReadonlySet<string> {
  const graph = useExplorer((state) => state.graph);
  const filters = useExplorer((state) => state.filters);
  const playYear = useExplorer((state) => state.playYear);
  const { country, topic } = filters;
  const byCountry = useQuery({ ...queries.matchingEvents('country', country ?? ''), enabled: country !== null });
  const byTopic = useQuery({ ...queries.matchingEvents('topic', topic ?? ''), enabled: topic !== null });
  const countryMatches = country ? (byCountry.data ?? null) : null;
  const topicMatches = topic ? (byTopic.data ?? null) : null;
  const comparison = useComparison();
  return useMemo(() => {
    const matches = { country: countryMatches, topic: topicMatches };
    if (!comparison) return hiddenElements(graph, filters, playYear, matches);
    const hidden = hiddenElements(graph, { ...filters, from: null, to: null }, null, matches);
    for (const [id, state] of comparison) if (state === 'absent') hidden.add(id);
    return hidden;
  }, [graph, filters, playYear, countryMatches, topicMatches, comparison]);
}
