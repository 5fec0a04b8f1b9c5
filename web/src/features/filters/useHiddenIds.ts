import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries } from '../../api/queries';
import { useExplorer } from '../../state/store';
import { hiddenElements } from './visibility';

/**
 * The ids the filters hide, recomputed as the graph, filters or playback change. The country and
 * topic filters need the events that match them, asked of the API once per country or topic.
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
  return useMemo(
    () => hiddenElements(graph, filters, playYear, { country: countryMatches, topic: topicMatches }),
    [graph, filters, playYear, countryMatches, topicMatches],
  );
}
