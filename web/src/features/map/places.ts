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

/** Dots drawn as one: dots that would overlap on screen, with every event they hold. */
export interface DotCluster {
  /** The biggest dot's place (ties: the first key), where the cluster is drawn. */
  key: string;
  point: [number, number];
  /** Whether that place is a city with coordinates, or a country's centroid. */
  placed: 'city' | 'country';
  dots: PlaceDot[];
  events: MapEvent[];
  participants: number | null;
  radius: number;
}

/**
 * Merges dots whose circles overlap at their drawn points (Vienna and Bratislava on the world view,
 * a city with no coordinates on its country's own dot) into one dot sized by everything it holds,
 * drawn at its biggest dot's place. Greedy from the biggest dot, in key order on ties: the same
 * events at the same size always give the same clusters.
 */
export function clusterDots(placed: { dot: PlaceDot; point: [number, number] }[]): DotCluster[] {
  const ordered = [...placed].sort((x, y) => y.dot.radius - x.dot.radius || byKey(x.dot, y.dot));
  const clusters: { anchor: { dot: PlaceDot; point: [number, number] }; dots: PlaceDot[] }[] = [];
  for (const item of ordered) {
    const home = clusters.find(
      ({ anchor }) => Math.hypot(anchor.point[0] - item.point[0], anchor.point[1] - item.point[1]) < anchor.dot.radius + item.dot.radius,
    );
    if (home) home.dots.push(item.dot);
    else clusters.push({ anchor: item, dots: [item.dot] });
  }
  return clusters.map(({ anchor, dots }) => {
    const events = dots.flatMap((dot) => dot.events);
    const known = dots.filter((dot) => dot.participants !== null);
    const participants = known.length > 0 ? known.reduce((sum, dot) => sum + dot.participants!, 0) : null;
    return {
      key: anchor.dot.key,
      point: anchor.point,
      placed: anchor.dot.at ? 'city' : 'country',
      dots,
      events,
      participants,
      radius: dotRadius(participants, events.length),
    };
  });
}

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
