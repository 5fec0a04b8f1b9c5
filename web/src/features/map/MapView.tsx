import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useOpenNode } from '../search/useOpenNode';
import { orderedYears } from '../timeline/compareColours';
import { loadCountryShapes } from './geometry';
import { MapPanel } from './MapPanel';

/** Width and height of an element, followed as it resizes. */
function useSize<T extends HTMLElement>(): [React.RefObject<T | null>, { width: number; height: number }] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 800, height: 500 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

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
  const [area, size] = useSize<HTMLDivElement>();
  const width = Math.max(320, size.width - 220);
  const height = Math.max(260, Math.min(size.height - 90, Math.round(width * 0.62)));
  const selected = focus?.kind === 'node' ? focus.id : null;

  const showOnGraph = async (id: string) => {
    setMapOpen(false);
    await openNode(id);
    await perform({ kind: 'expand', ids: [id], direction: 'out', depth: 1, types: ['PARTY_TO', 'SIGNED', 'MEMBER_OF'], limit: 200 });
  };

  return (
    <div className="map-area" ref={area} data-testid="map-area">
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
        width={width}
        height={height}
        selected={selected}
        onOpenCountry={(id) => setFocus({ kind: 'node', id })}
      />
      {selected && (
        <button type="button" className="primary map-show-on-graph" onClick={() => void showOnGraph(selected)} data-testid="map-show-on-graph">
          {t.map.showOnGraph}
        </button>
      )}
    </div>
  );
}
