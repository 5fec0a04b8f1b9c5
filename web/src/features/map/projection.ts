import { geoAzimuthalEqualArea, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';

export const MAP_VIEWS = ['europe', 'world'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/** Europe and the Mediterranean, from Iceland to the Caucasus and from the Sahel's edge to the North Cape. */
const EUROPE_EXTENT: [west: number, south: number, east: number, north: number] = [-25, 27, 50, 71];

/** A lon/lat rectangle as a GeoJSON polygon, densified so its projected outline is faithful. */
export function extentPolygon([west, south, east, north]: [number, number, number, number]): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 5) ring.push([lon, south]);
  for (let lat = south; lat <= north; lat += 5) ring.push([east, lat]);
  for (let lon = east; lon >= west; lon -= 5) ring.push([lon, north]);
  for (let lat = north; lat >= south; lat -= 5) ring.push([west, lat]);
  ring.push(ring[0]!);
  // d3-geo wants clockwise rings for a polygon smaller than a hemisphere.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/**
 * The projection of a view, fitted to the drawing area: Lambert azimuthal equal-area centred on
 * 10°E 52°N for Europe and the Mediterranean (the EU's statistical projection, ETRS89-LAEA, keeps
 * areas true so countries compare fairly), Equal Earth for the world (also equal-area).
 */
export function projectionFor(view: MapView, width: number, height: number, margin = 8): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [margin, margin],
    [width - margin, height - margin],
  ];
  if (view === 'europe') {
    return geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent(extent, extentPolygon(EUROPE_EXTENT));
  }
  return geoEqualEarth().fitExtent(extent, { type: 'Sphere' });
}
