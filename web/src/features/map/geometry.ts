import { geoArea, geoCentroid } from 'd3-geo';
import { numericToAlpha2 } from 'i18n-iso-countries';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country outline keyed by ISO 3166-1 alpha-2, the id of the graph's Country nodes. */
export interface CountryShape {
  id: string;
  /** The Natural Earth name, used only when the graph has no name for the country. */
  name: string;
  feature: Feature<Geometry>;
}

/** Natural Earth shapes without an ISO numeric code that the graph knows by alpha-2. */
const ALPHA2_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Country outlines from a world-atlas TopoJSON (Natural Earth, public domain): ISO numeric ids
 * become alpha-2; shapes with no code the graph can use (disputed areas) are kept under their name
 * so the land is drawn, but they never join a Country node.
 */
export function countryShapes(topology: CountriesTopology): CountryShape[] {
  const collection = feature(topology, topology.objects.countries);
  const byId = new Map<string, CountryShape>();
  for (const shape of collection.features) {
    const name = shape.properties?.name ?? '';
    const numeric = shape.id === undefined ? undefined : String(shape.id);
    const id = (numeric && numericToAlpha2(numeric)) || ALPHA2_BY_NAME[name] || `name:${name}`;
    const known = byId.get(id);
    // A few dependencies share their state's code (Ashmore and Cartier Is. are 036, Australia): one shape per country.
    if (known) known.feature = { ...known.feature, geometry: { type: 'GeometryCollection', geometries: [known.feature.geometry, shape.geometry] } };
    else byId.set(id, { id, name, feature: shape as Feature<Geometry> });
  }
  return [...byId.values()];
}

/** world-atlas 50m (about 750 kB, loaded only when the map opens): small European states are drawn. */
export async function loadCountryShapes(): Promise<CountryShape[]> {
  const { default: topology } = await import('world-atlas/countries-50m.json');
  return countryShapes(topology as unknown as CountriesTopology);
}

/**
 * A point to stand for a country: the centroid of its largest polygon, so France's dot sits in
 * Europe rather than pulled towards French Guiana.
 */
export function mainCentroid(shape: Feature<Geometry>): [number, number] {
  const geometry = shape.geometry;
  if (geometry.type !== 'MultiPolygon') return geoCentroid(shape);
  let best = geometry.coordinates[0]!;
  let bestArea = -1;
  for (const polygon of geometry.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates: polygon });
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return geoCentroid({ type: 'Polygon', coordinates: best });
}
