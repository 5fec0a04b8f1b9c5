import type { MapEvent, MapFlow } from '../../../../api/src/contract/map';

/** Events drawn as one dot per place: a city, or a country when the source names no city. */
export interface PlaceDot {
  key: string;
  /** Country the dot sits in (its centroid stands in for the city: the graph holds no coordinates). */
  country: string;
  city: MapEvent['city'];
  events: MapEvent[];
  participants: number | null;
  radius: number;
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
  return [...byPlace].map(([key, list]) => {
    const known = list.filter((event) => event.participants !== null);
    const participants = known.length > 0 ? known.reduce((sum, event) => sum + (event.participants ?? 0), 0) : null;
    return { key, country: list[0]!.country!, city: list[0]!.city, events: list, participants, radius: dotRadius(participants, list.length) };
  });
}

/** Flows between two countries, summed over the actor pairs headquartered there (order-independent). */
export function countryFlows(flows: MapFlow[]): { a: string; b: string; weight: number }[] {
  const byPair = new Map<string, { a: string; b: string; weight: number }>();
  for (const flow of flows) {
    const [a, b] = [flow.aCountry, flow.bCountry].sort() as [string, string];
    const key = `${a}|${b}`;
    const current = byPair.get(key) ?? { a, b, weight: 0 };
    current.weight += flow.weight;
    byPair.set(key, current);
  }
  return [...byPair.values()].sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a));
}
