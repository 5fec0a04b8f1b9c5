import { useMemo, useState } from 'react';
import type { CountryMapEntry, MapEvent, MapMeasure, MapPlacesResponse, MapStatusResponse } from '../../../../api/src/contract/map';
import type { Messages } from '../../i18n/messages';
import { orderedYears } from '../timeline/compareColours';
import type { CountryShape } from './geometry';
import { DotEvents } from './DotEvents';
import { categoryLabel, countryName, measureName, statusDates, type MapLang, type MapMessages } from './mapText';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { placeDots, placeFlows, type DotCluster, type PlaceDot } from './places';
import { MAP_VIEWS, type MapView } from './projection';
import {
  bivariateCategory,
  BIVARIATE_ORDER,
  CHANGE_ORDER,
  changeCategory,
  legendCounts,
  statusCategory,
  STATUS_ORDER,
  type FillCategory,
} from './status';
import type { MapSettings } from './settings';
import { useElementSize } from './useElementSize';
import { DOT_FILL, WorldMap } from './WorldMap';

export type { MapSettings };

export interface MapPanelProps {
  settings: MapSettings;
  onChange: (settings: MapSettings) => void;
  year: number;
  /** Typed "as of" year: moves the app's time window end, so map, canvas and table agree. */
  onYear: (year: number) => void;
  /** The app's one comparison mode (the time bar's and the canvas's): two years, or null. */
  compare: [number, number] | null;
  onCompare: (years: [number, number] | null) => void;
  /** Years the comparison's inputs accept. */
  yearBounds: [number, number];
  /** The comparison's words, shared with the canvas legend ("Added by 2023", "Gone by 2023"). */
  compareText: Messages['compare'];
  measures: MapMeasure[];
  status: MapStatusResponse | null;
  secondStatus: MapStatusResponse | null;
  places: MapPlacesResponse | null;
  shapes: CountryShape[] | null;
  lang: MapLang;
  t: MapMessages;
  selected: string | null;
  /** Opens a node's details and provenance: a country (map or table), or an event (a dot's list). */
  onOpenNode: (id: string) => void;
}

/** Events listed in a dot's tooltip; the rest are counted, and listed when the dot is clicked. */
const TOOLTIP_EVENTS = 4;

/** The map view: choices, the map itself, its legend with counts and its table equivalent. */
export function MapPanel(props: MapPanelProps) {
  const { settings, onChange, year, measures, status, secondStatus, places, shapes, lang, t, compare, compareText } = props;
  const byId = useMemo(() => new Map((status?.countries ?? []).map((entry) => [entry.id, entry])), [status]);
  const secondById = useMemo(() => new Map((secondStatus?.countries ?? []).map((entry) => [entry.id, entry])), [secondStatus]);
  // The comparison is the whole app's mode (turned on from the time bar too): it wins over a second measure.
  const mode: 'status' | 'compare' | 'bivariate' = compare !== null ? 'compare' : settings.second ? 'bivariate' : 'status';
  const first = measures.find((measure) => measure.id === settings.measure);
  const second = measures.find((measure) => measure.id === settings.second);
  const names = mode === 'bivariate' ? { first: measureName(first, lang), second: measureName(second, lang) } : null;

  const categoryOf = (id: string): FillCategory => {
    if (mode === 'bivariate') return bivariateCategory(byId.get(id)?.status, secondById.get(id)?.status);
    if (mode === 'compare') return changeCategory(byId.get(id));
    return statusCategory(byId.get(id));
  };
  const statusOrder: FillCategory[] = first?.kind === 'membership' ? ['member', 'none'] : STATUS_ORDER.filter((status) => status !== 'member');
  const order = mode === 'bivariate' ? BIVARIATE_ORDER : mode === 'compare' ? CHANGE_ORDER : statusOrder;
  // Comparison runs from the earlier year to the later, whichever was typed first.
  const [early, late] = compare !== null ? orderedYears(compare) : [year, year];
  const between = t.changeBetween(String(early), String(late));
  const rows = (status?.countries ?? []).map((entry) => ({ entry, name: countryName(entry, lang, entry.id), category: categoryOf(entry.id) }));
  rows.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || a.name.localeCompare(b.name, lang));
  const legend = legendCounts(
    rows.map((row) => row.category),
    order,
  );
  // Added and gone are worded as on the canvas legend: one comparison, one vocabulary.
  const label = (category: FillCategory) =>
    mode === 'compare' && category === 'added'
      ? compareText.added(late)
      : mode === 'compare' && category === 'removed'
        ? compareText.removed(late)
        : categoryLabel(category, t, names);
  const describeStatus = (entry: CountryMapEntry | undefined) => {
    if (!entry) return t.status.noData;
    const now = `${t.status[entry.status]} ${statusDates(entry, t)}`.trim();
    if (mode === 'compare' && entry.then) return `${early}: ${now} → ${late}: ${t.status[entry.then.status]} ${statusDates(entry.then, t)}`.trim();
    if (mode === 'bivariate') {
      const other = secondById.get(entry.id);
      return `${names!.first}: ${now}; ${names!.second}: ${other ? `${t.status[other.status]} ${statusDates(other, t)}`.trim() : t.status.noData}`;
    }
    return now;
  };
  const dots = useMemo(() => (settings.events && places ? placeDots(places.events) : []), [settings.events, places]);
  // The drawing fills its cell of the panel; the table below keeps its own share and scrolls.
  const [mapCell, cellSize] = useElementSize<HTMLDivElement>();
  // The events of the dot last clicked, for this year and view only (the dots move with either).
  const [pinned, setPinned] = useState<{ at: string; cluster: DotCluster } | null>(null);
  const pinnedAt = `${year}|${settings.view}|${settings.events}`;
  const shownList = pinned?.at === pinnedAt ? pinned.cluster : null;
  const placeName = (dot: PlaceDot) =>
    dot.city ? ((lang === 'fr' ? dot.city.name_fr : dot.city.name_en) ?? dot.city.id) : countryName(byId.get(dot.country), lang, dot.country);
  const eventName = (event: MapEvent) =>
    `${(lang === 'fr' ? (event.name_fr ?? event.name_en) : (event.name_en ?? event.name_fr)) ?? event.id} (${event.start.slice(0, 4)})`;
  const describeDots = (cluster: DotCluster) => {
    const places = cluster.dots.map(placeName).join(', ');
    const listed = cluster.events.slice(0, TOOLTIP_EVENTS).map(eventName);
    const more = cluster.events.length - listed.length;
    return {
      title: t.eventsAt(places, cluster.events.length, cluster.participants),
      lines: more > 0 ? [...listed, t.eventsMore(more)] : listed,
    };
  };
  const flows = useMemo(() => (settings.flows && places ? placeFlows(places.flows) : []), [settings.flows, places]);
  const set = (patch: Partial<MapSettings>) => onChange({ ...settings, ...patch });
  const measureOptions = (kind: MapMeasure['kind']) =>
    measures
      .filter((measure) => measure.kind === kind)
      .map((measure) => (
        <option key={measure.id} value={measure.id}>
          {measureName(measure, lang)}
        </option>
      ));
  const title = names ? `${names.first} × ${names.second}` : measureName(first, lang);

  return (
    <section
      className="map-panel"
      aria-label={t.title}
      data-testid="map-panel"
      data-mode={mode}
      data-compare={compare ? `${early}-${late}` : ''}
      data-year={year}
      data-shown-year={status?.asOf ?? ''}
    >
      <div className="map-controls">
        <label>
          {t.asOf}{' '}
          <input
            type="number"
            min={1900}
            max={2100}
            defaultValue={year}
            key={year}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              const value = Number(event.currentTarget.value);
              if (Number.isInteger(value) && value >= 1900 && value <= 2100) props.onYear(value);
            }}
            onBlur={(event) => {
              const value = Number(event.currentTarget.value);
              if (Number.isInteger(value) && value >= 1900 && value <= 2100 && value !== year) props.onYear(value);
            }}
            data-testid="map-year"
          />
        </label>
        <label>
          {t.measure}{' '}
          <select value={settings.measure} onChange={(event) => set({ measure: event.target.value })} data-testid="map-measure">
            <optgroup label={t.instruments}>{measureOptions('instrument')}</optgroup>
            <optgroup label={t.memberships}>{measureOptions('membership')}</optgroup>
          </select>
        </label>
        <label>
          {t.second}{' '}
          <select
            value={settings.second ?? ''}
            onChange={(event) => {
              // Two measures at once and two years at once do not mix: a second measure ends the comparison.
              if (event.target.value) props.onCompare(null);
              set({ second: event.target.value || null });
            }}
            data-testid="map-second"
          >
            <option value="">{t.secondNone}</option>
            <optgroup label={t.instruments}>{measureOptions('instrument')}</optgroup>
            <optgroup label={t.memberships}>{measureOptions('membership')}</optgroup>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={compare !== null}
            onChange={(event) => {
              if (event.target.checked) set({ second: null });
              props.onCompare(event.target.checked ? [Math.max(year - 10, props.yearBounds[0]), year] : null);
            }}
            data-testid="map-compare-on"
          />{' '}
          {compareText.toggle}
        </label>
        {compare !== null && (
          <span className="map-compare-years">
            {([0, 1] as const).map((index) => (
              <input
                key={`${index}-${compare[index]}`}
                type="number"
                min={props.yearBounds[0]}
                max={props.yearBounds[1]}
                defaultValue={compare[index]}
                aria-label={index === 0 ? compareText.yearA : compareText.yearB}
                data-testid={`map-compare-year-${index}`}
                onBlur={(event) => {
                  const value = Number(event.currentTarget.value);
                  if (!Number.isInteger(value) || value < props.yearBounds[0] || value > props.yearBounds[1] || value === compare[index]) return;
                  const next: [number, number] = [...compare];
                  next[index] = value;
                  props.onCompare(next);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.currentTarget.blur();
                }}
              />
            ))}
          </span>
        )}
        <label>
          {t.view}{' '}
          <select value={settings.view} onChange={(event) => set({ view: event.target.value as MapView })} data-testid="map-view">
            {MAP_VIEWS.map((view) => (
              <option key={view} value={view}>
                {t.views[view]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={settings.events} onChange={(event) => set({ events: event.target.checked })} data-testid="map-events" />{' '}
          {t.events}
        </label>
        <label>
          <input type="checkbox" checked={settings.flows} onChange={(event) => set({ flows: event.target.checked })} data-testid="map-flows" />{' '}
          {t.flows}
        </label>
      </div>
      <div className="map-body">
        <div className="map-cell" ref={mapCell}>
          {shapes && cellSize.width > 0 ? (
            <WorldMap
              shapes={shapes}
              view={settings.view}
              width={cellSize.width}
              height={cellSize.height}
              fillOf={categoryOf}
              describe={(id, fallback) => ({ name: countryName(byId.get(id), lang, fallback), detail: describeStatus(byId.get(id)) })}
              onSelect={props.onOpenNode}
              selected={props.selected}
              dots={dots}
              describeDots={describeDots}
              onSelectDots={(cluster) => setPinned({ at: pinnedAt, cluster })}
              flows={flows}
              label={t.label(title, mode === 'compare' ? between : String(year))}
            />
          ) : (
            <p className="muted">{t.loading}</p>
          )}
        </div>
        <div className="map-side">
          <MapLegend title={mode === 'compare' ? `${title} — ${between}` : `${title} — ${year}`} items={legend} labelOf={label} />
          {settings.events && (
            <p className="map-layer-key">
              <svg width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="6" fill={DOT_FILL} fillOpacity={0.75} />
              </svg>
              {t.eventsKey}
            </p>
          )}
          {shownList && (
            <DotEvents
              title={t.eventsList(shownList.dots.map(placeName).join(', '), shownList.events.length)}
              events={shownList.events}
              nameOf={eventName}
              openLabel={t.eventOpen}
              closeLabel={t.closeEvents}
              onOpen={props.onOpenNode}
              onClose={() => setPinned(null)}
            />
          )}
          {settings.flows && (
            <p className="map-layer-key" data-testid="map-flows-key">
              <svg width="16" height="16" aria-hidden="true">
                <path d="M1,12 Q8,2 15,12" fill="none" stroke="#5b2a86" strokeWidth={2.5} />
              </svg>
              {t.flowsKey(flows.length)}
            </p>
          )}
          {settings.events && places && places.unplaced > 0 && <p className="muted">{t.unplaced(places.unplaced)}</p>}
        </div>
      </div>
      <MapTable
        rows={rows}
        caption={t.table.caption(title, mode === 'compare' ? between : String(year), rows.length)}
        categories={order}
        labelOf={label}
        dateOf={(entry) => (mode === 'compare' && entry.then ? `${statusDates(entry, t)} → ${statusDates(entry.then, t)}` : statusDates(entry, t))}
        strings={t.table}
        onOpen={props.onOpenNode}
      />
    </section>
  );
}
