import { geoPath } from 'd3-geo';
import { useMemo, useState, type MouseEvent } from 'react';
import { mainCentroid, type CountryShape } from './geometry';
import { clusterDots, type DotCluster, type PlaceDot, type PlaceFlow, type PlaceRef } from './places';
import { projectionFor, type MapView } from './projection';
import { FILL, type FillCategory } from './status';

export interface WorldMapProps {
  shapes: CountryShape[];
  view: MapView;
  width: number;
  height: number;
  /** The category each country is filled with (its colour comes from FILL). */
  fillOf: (id: string) => FillCategory;
  /** What hovering a country shows, already in the current language: its name and status with dates. */
  describe: (id: string, fallbackName: string) => { name: string; detail: string };
  onSelect?: (id: string) => void;
  selected?: string | null;
  dots?: PlaceDot[];
  /** What hovering a dot shows: its places and counts, then its events (a few, the rest counted). */
  describeDots?: (cluster: DotCluster) => { title: string; lines: string[] };
  /** A click on a dot: the list of every event it holds (the tooltip shows only a few). */
  onSelectDots?: (cluster: DotCluster) => void;
  flows?: PlaceFlow[];
  label: string;
}

/** Event dots: near-black, apart from every country fill, with their white count readable on them. */
export const DOT_FILL = '#3a3a3a';

/**
 * A city at its coordinates, else its country's centroid. A place off the drawing (New York on the
 * Europe view) is still returned: its flows leave the map towards it, its dot is clipped away.
 */
function pointIn(
  drawn: { projection: (point: [number, number]) => [number, number] | null; centres: Map<string, [number, number] | null> },
  place: PlaceRef,
): [number, number] | null {
  return (place.at ? drawn.projection(place.at) : drawn.centres.get(place.country)) ?? null;
}

/** Countries smaller than this on screen (px²) also get a dot, so Monaco or Malta can be seen and clicked. */
const TINY_AREA = 12;

interface Tooltip {
  x: number;
  y: number;
  title: string;
  lines: string[];
  /** What it was shown over: a tooltip outlives neither a redraw (view, size) nor new dots (year). */
  over: { drawn: object; dots: PlaceDot[] | undefined };
}

/**
 * The world drawn offline as SVG from Natural Earth outlines: countries filled by category,
 * events as dots sized by participants, cooperation flows as arcs. Receives everything as props;
 * the table next to it (MapTable) is the keyboard and screen-reader equivalent.
 */
export function WorldMap(props: WorldMapProps) {
  const { shapes, view, width, height, fillOf, describe, onSelect, selected, dots, describeDots, onSelectDots, flows, label } = props;
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const drawn = useMemo(() => {
    // Clipped to the drawing: a country's outline (and its click target) is only what can be seen.
    const projection = projectionFor(view, width, height).clipExtent([
      [0, 0],
      [width, height],
    ]);
    const path = geoPath(projection);
    const outline = path({ type: 'Sphere' }) ?? '';
    const countries = shapes.map((shape) => {
      const d = path(shape.feature) ?? '';
      const point = projection(mainCentroid(shape.feature));
      return { shape, d, area: path.area(shape.feature), centre: point ?? null };
    });
    return { outline, countries, projection, centres: new Map(countries.map((country) => [country.shape.id, country.centre])) };
  }, [shapes, view, width, height]);
  const pointOf = (place: PlaceRef) => pointIn(drawn, place);

  // Dots that would overlap where they are drawn become one (sized by all their events), so that
  // on the world view a region's events read as one count rather than a pile of hidden circles.
  const clusters = useMemo(
    () =>
      clusterDots(
        (dots ?? []).flatMap((dot) => {
          const point = pointIn(drawn, dot);
          return point ? [{ dot, point }] : [];
        }),
      ),
    [dots, drawn],
  );

  const show = (event: MouseEvent, title: string, lines: string[]) => {
    const box = (event.currentTarget as SVGElement).ownerSVGElement?.getBoundingClientRect();
    setTooltip({ x: event.clientX - (box?.left ?? 0) + 12, y: event.clientY - (box?.top ?? 0) + 12, title, lines, over: { drawn, dots } });
  };
  const hoverCountry = (event: MouseEvent, shape: CountryShape) => {
    const { name, detail } = describe(shape.id, shape.name);
    show(event, name, detail ? [detail] : []);
  };
  const maxFlow = Math.max(1, ...(flows ?? []).map((flow) => flow.weight));

  return (
    <div className="world-map" style={{ position: 'relative', width, height }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="world-map" data-view={view}>
        <path d={drawn.outline} className="world-map-sea" fill="#eef4f8" stroke="#c9d6df" />
        <g className="world-map-countries">
          {drawn.countries.map(({ shape, d }) => {
            const category = fillOf(shape.id);
            return (
              <path
                key={shape.id}
                d={d}
                fill={FILL[category]}
                stroke={selected === shape.id ? '#111' : '#fff'}
                strokeWidth={selected === shape.id ? 1.6 : 0.5}
                data-country={shape.id}
                data-category={category}
                onMouseMove={(event) => hoverCountry(event, shape)}
                onMouseLeave={() => setTooltip(null)}
                onClick={() => onSelect?.(shape.id)}
                style={{ cursor: onSelect ? 'pointer' : undefined }}
              />
            );
          })}
        </g>
        <g className="world-map-tiny">
          {drawn.countries
            .filter(({ area, centre, shape }) => area > 0 && area < TINY_AREA && centre && !shape.id.startsWith('name:'))
            .map(({ shape, centre }) => {
              const category = fillOf(shape.id);
              return (
                <circle
                  key={shape.id}
                  cx={centre![0]}
                  cy={centre![1]}
                  r={3}
                  fill={FILL[category]}
                  stroke="#555"
                  strokeWidth={0.6}
                  data-country={shape.id}
                  data-category={category}
                  onMouseMove={(event) => hoverCountry(event, shape)}
                  onMouseLeave={() => setTooltip(null)}
                  onClick={() => onSelect?.(shape.id)}
                />
              );
            })}
        </g>
        {flows && flows.length > 0 && (
          <g className="world-map-flows" fill="none" stroke="#5b2a86" strokeOpacity={0.8} strokeLinecap="round">
            {flows.map((flow) => {
              const a = pointOf(flow.a);
              const b = pointOf(flow.b);
              if (!a || !b) return null;
              // A gentle arc, bent to the left of a → b, so opposite flows between neighbours do not overlap.
              const [mx, my] = [(a[0] + b[0]) / 2 - (b[1] - a[1]) * 0.2, (a[1] + b[1]) / 2 + (b[0] - a[0]) * 0.2];
              return (
                <path
                  key={`${flow.a.key}|${flow.b.key}`}
                  d={`M${a[0]},${a[1]} Q${mx},${my} ${b[0]},${b[1]}`}
                  strokeWidth={1.5 + (4.5 * flow.weight) / maxFlow}
                  data-flow={`${flow.a.key}|${flow.b.key}`}
                  data-weight={flow.weight}
                />
              );
            })}
          </g>
        )}
        {clusters.length > 0 && (
          <g className="world-map-dots">
            {/* Largest first, so a small dot next to a big one stays on top, visible and hoverable. */}
            {[...clusters]
              .sort((x, y) => y.radius - x.radius)
              .map((cluster) => {
                const text = describeDots?.(cluster) ?? { title: cluster.key, lines: [] };
                const [cx, cy] = cluster.point;
                return (
                  <g key={cluster.key}>
                    <circle
                      cx={cx}
                      cy={cy}
                      r={cluster.radius}
                      fill={DOT_FILL}
                      fillOpacity={0.75}
                      stroke="#fff"
                      strokeWidth={1}
                      data-place={cluster.key}
                      data-places={cluster.dots.map((dot) => dot.key).join(' ')}
                      data-placed={cluster.placed}
                      data-events={cluster.events.length}
                      data-participants={cluster.participants ?? undefined}
                      onMouseMove={(event) => show(event, text.title, text.lines)}
                      onMouseLeave={() => setTooltip(null)}
                      onClick={() => onSelectDots?.(cluster)}
                      style={{ cursor: onSelectDots ? 'pointer' : undefined }}
                    />
                    {/* The count on the dot itself: one dot may stand for several places' events. */}
                    {cluster.events.length > 1 && cluster.radius >= 6 && (
                      <text
                        x={cx}
                        y={cy}
                        dy="0.35em"
                        textAnchor="middle"
                        fontSize={Math.min(12, cluster.radius)}
                        fontWeight={600}
                        fill="#fff"
                        pointerEvents="none"
                        aria-hidden="true"
                        data-count-of={cluster.key}
                      >
                        {cluster.events.length}
                      </text>
                    )}
                  </g>
                );
              })}
          </g>
        )}
      </svg>
      {tooltip && tooltip.over.drawn === drawn && tooltip.over.dots === dots && (
        <div className="world-map-tooltip" role="tooltip" style={{ position: 'absolute', left: tooltip.x, top: tooltip.y, pointerEvents: 'none' }}>
          <strong>{tooltip.title}</strong>
          {tooltip.lines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      )}
    </div>
  );
}
