import type { MapCity, MapEvent, MapFlow } from '../../../../api/src/contract/map';

/** Where something is drawn: a city with coordinates, else its country's centroid. */
export interface PlaceRef {
  /** The city id, or `country:XX`. */
  key: string;
  country: string;
  city: MapCity | null;
  /** [lon, lat] of the city; null: the country's centroid stands in. */
  at: [number, number] | null;
}

/** Events drawn as one dot per place: a city, or a country when the source names no city. */
export interface PlaceDot extends PlaceRef {
  events: MapEvent[];
  participants: number | null;
  radius: number;
}

/** The place of a city (or of its country when the city is unknown or has no coordinates). */
export function placeOf(city: MapCity | null, country: string): PlaceRef {
  const at: [number, number] | null = city && city.lat !== null && city.lon !== null ? [city.lon, city.lat] : null;
  return { key: city?.id ?? `country:${country}`, country, city, at };
}

/** Area proportional to participants (square-root radius), so a 300-person conference is not 10× wider than a 30-person one. */
export function dotRadius(participants: number | null, eventCount: number, min = 4, max = 18): number {
  const weight = participants ?? eventCount * 20;
  return Math.min(max, Math.max(min, Math.sqrt(weight) * 0.9));
}

/** Groups events by city (or country), summing the participants that are known. */
export function placeDots(events: MapEvent[]): PlaceDot[] {
  const byPlace = new Map<string, MapEvent[]>();
  for (const event of events) {
    if (!event.country) continue;
    const key = event.city?.id ?? `country:${event.country}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), event]);
  }
  return [...byPlace].map(([, list]) => {
    const known = list.filter((event) => event.participants !== null);
    const participants = known.length > 0 ? known.reduce((sum, event) => sum + (event.participants ?? 0), 0) : null;
    return { ...placeOf(list[0]!.city, list[0]!.country!), events: list, participants, radius: dotRadius(participants, list.length) };
  });
}

const byKey = (x: PlaceRef, y: PlaceRef): number => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

export interface PlaceFlow {
  a: PlaceRef;
  b: PlaceRef;
  weight: number;
}

/**
 * Flows between two places (the headquarters' cities, else their countries), summed over the
 * actor pairs seated there, whatever the direction; heaviest first.
 */
export function placeFlows(flows: MapFlow[]): PlaceFlow[] {
  const byPair = new Map<string, PlaceFlow>();
  for (const flow of flows) {
    // Code-unit order (not the locale's), so the pair's key is the same wherever it is computed.
    const [a, b] = [placeOf(flow.aCity, flow.aCountry), placeOf(flow.bCity, flow.bCountry)].sort(byKey) as [PlaceRef, PlaceRef];
    const key = `${a.key}|${b.key}`;
    const current = byPair.get(key) ?? { a, b, weight: 0 };
    current.weight += flow.weight;
    byPair.set(key, current);
  }
  return [...byPair.values()].sort((x, y) => y.weight - x.weight || byKey(x.a, y.a) || byKey(x.b, y.b));
}
