import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useOpenNode } from '../search/useOpenNode';
import { orderedYears } from '../timeline/compareColours';
import { loadCountryShapes } from './geometry';
import { MapPanel } from './MapPanel';

/**
 * The map view: the same time window and play as the canvas (the map shows the status at the end
 * of the window, or at the year being played), server data through the query cache, a click
 * opens the country's details and provenance, "show on graph" brings it and its facts onto the canvas.
 */
export function MapView() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const settings = useExplorer((state) => state.map);
  const setMap = useExplorer((state) => state.setMap);
  const filters = useExplorer((state) => state.filters);
  const playYear = useExplorer((state) => state.playYear);
  const timeExtent = useExplorer((state) => state.timeExtent);
  const compare = useExplorer((state) => state.compare);
  const setCompare = useExplorer((state) => state.setCompare);
  const setFilters = useExplorer((state) => state.setFilters);
  const focus = useExplorer((state) => state.focus);
  const setFocus = useExplorer((state) => state.setFocus);
  const setMapOpen = useExplorer((state) => state.setMapOpen);
  const perform = useExplorer((state) => state.perform);
  const openNode = useOpenNode();
  const year = playYear ?? filters.to ?? timeExtent?.[1] ?? new Date().getFullYear();
  // One comparison mode: the time bar's two years, the same the canvas shows.
  const [early, late]: [number, number | null] = compare !== null ? orderedYears(compare) : [year, null];
  // As the time bar's inputs: from the first year with events up to this year (facts outlive the last event).
  const yearBounds: [number, number] = [timeExtent?.[0] ?? 1950, Math.max(timeExtent?.[1] ?? 0, new Date().getFullYear())];

  const measures = useQuery(queries.mapMeasures());
  const status = useQuery(queries.mapStatus(settings.measure, early, late));
  const secondStatus = useQuery({ ...queries.mapStatus(settings.second ?? '', year, null), enabled: settings.second !== null });
  const places = useQuery({ ...queries.mapPlaces(year), enabled: settings.events || settings.flows });
  const shapes = useQuery({ queryKey: ['country-shapes'], queryFn: loadCountryShapes, staleTime: Infinity });
  // The year is drawn once its answers are in (or failed: play must not wait for ever), so that play
  // moves on only from a drawn year.
  const settled = (query: { isPending: boolean; isPlaceholderData: boolean }) => !query.isPending && !query.isPlaceholderData;
  const layersOn = settings.events || settings.flows;
  const drawnYear = shapes.data && settled(status) && (!layersOn || settled(places)) && (!settings.second || settled(secondStatus)) ? year : null;
  const setMapDrawnYear = useExplorer((state) => state.setMapDrawnYear);
  useEffect(() => {
    setMapDrawnYear(drawnYear);
  }, [drawnYear, setMapDrawnYear]);
  useEffect(() => () => setMapDrawnYear(null), [setMapDrawnYear]);
  const selected = focus?.kind === 'node' ? focus.id : null;

  const showOnGraph = async (id: string) => {
    setMapOpen(false);
    await openNode(id);
    await perform({ kind: 'expand', ids: [id], direction: 'out', depth: 1, types: ['PARTY_TO', 'SIGNED', 'MEMBER_OF'], limit: 200 });
  };

  return (
    <div className="map-area" data-testid="map-area" data-drawn-year={drawnYear ?? ''}>
      <MapPanel
        settings={settings}
        onChange={setMap}
        year={year}
        compare={compare}
        onCompare={setCompare}
        yearBounds={yearBounds}
        compareText={t.compare}
        onYear={(value) => setFilters({ to: value, from: filters.from !== null && filters.from > value ? value : filters.from })}
        measures={measures.data ?? []}
        status={status.data ?? null}
        secondStatus={settings.second ? (secondStatus.data ?? null) : null}
        places={places.data ?? null}
        shapes={shapes.data ?? null}
        lang={lang}
        t={t.map}
        selected={selected}
        onOpenNode={(id) => setFocus({ kind: 'node', id })}
      />
      {selected && (
        <button type="button" className="primary map-show-on-graph" onClick={() => void showOnGraph(selected)} data-testid="map-show-on-graph">
          {t.map.showOnGraph}
        </button>
      )}
    </div>
  );
}
