import { COOPERATION_TYPES } from '../contract/cooperation.js';
import type {
  CountryMapEntry,
  CountryStatus,
  MapCity,
  MapMeasure,
  MapMeasuresResponse,
  MapPlacesQuery,
  MapPlacesResponse,
  MapStatusQuery,
  MapStatusResponse,
  StatusAt,
  StatusFact,
} from '../contract/map.js';
import type { Database } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { factSpan, timeParam } from '../model/time-rules.js';
import { passageLink } from './passage.js';
import { readBounded } from './read.js';

/** A fact as map-country-facts.cypher returns it, before its sources are resolved. */
interface RawFact {
  id: string;
  type: string;
  date: string | null;
  start: string | null;
  end: string | null;
  action_type: string | null;
  source_url: string | null;
  sources: string[];
  evidence: string[];
}

interface CountryRow {
  id: string;
  iso3: string | null;
  name_en: string | null;
  name_fr: string | null;
  facts: RawFact[];
}

/** Strongest first: a Party that also signed is a Party. */
const STATUS_OF_TYPE: Record<string, CountryStatus> = { PARTY_TO: 'party', MEMBER_OF: 'member', SIGNED: 'signed' };
const STRENGTH: CountryStatus[] = ['party', 'member', 'signed', 'none'];

/**
 * A country's status from the facts that hold at a date: Party over signed for an instrument,
 * member for an organisation; `since`/`until` are the deciding fact's dates by its time rule.
 */
export function statusFromFacts(facts: Pick<RawFact, 'type' | 'date' | 'start' | 'end'>[]): StatusAt {
  const ranked = facts
    .filter((fact) => STATUS_OF_TYPE[fact.type])
    .sort((a, b) => STRENGTH.indexOf(STATUS_OF_TYPE[a.type]!) - STRENGTH.indexOf(STATUS_OF_TYPE[b.type]!));
  const deciding = ranked[0];
  if (!deciding) return { status: 'none', since: null, until: null, undated: false };
  const span = factSpan(deciding.type, deciding);
  return { status: STATUS_OF_TYPE[deciding.type]!, since: span.begin, until: span.end, undated: span.begin === null };
}

/** From one status to another: added/removed when one side is none, changed when both differ. */
export function statusChange(now: CountryStatus, then: CountryStatus): CountryMapEntry['change'] {
  if (now === then) return 'same';
  if (now === 'none') return 'added';
  if (then === 'none') return 'removed';
  return 'changed';
}

function countStatuses(statuses: StatusAt[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** The measures a map can show, most widely held first. */
export async function mapMeasures(db: Database): Promise<MapMeasuresResponse> {
  const rows = await readBounded(db, 'map-measures', {});
  const seen = new Set<string>();
  const measures: MapMeasure[] = [];
  for (const row of rows) {
    // An organisation that is also signed (rare) is listed once, by its most common kind.
    if (seen.has(String(row.id))) continue;
    seen.add(String(row.id));
    measures.push({
      id: String(row.id),
      kind: row.kind as MapMeasure['kind'],
      name_en: (row.name_en as string | null) ?? null,
      name_fr: (row.name_fr as string | null) ?? null,
      short_name: (row.short_name as string | null) ?? null,
      countries: Number(row.countries),
    });
  }
  return { measures };
}

async function countryFacts(db: Database, measure: string, asOf: string): Promise<CountryRow[]> {
  const rows = await readBounded(db, 'map-country-facts', { measure, time: timeParam({ asOf }) }, 'measure');
  if (rows.length === 0) throw new NotFound(`No instrument or organisation with id "${measure}"`);
  return rows as unknown as CountryRow[];
}

/** Today as an ISO date: the default "as of". */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Every country's status towards an instrument or organisation at `as_of` (and at `compare`), with
 * the facts and sources behind it, for the map and its table.
 */
export async function mapStatus(db: Database, input: MapStatusQuery): Promise<MapStatusResponse> {
  const asOf = input.as_of ?? today();
  const [measures, now, then] = await Promise.all([
    mapMeasures(db),
    countryFacts(db, input.measure, asOf),
    input.compare ? countryFacts(db, input.measure, input.compare) : Promise.resolve(null),
  ]);
  const thenById = new Map((then ?? []).map((row) => [row.id, row]));
  const citedIds = new Set([...now, ...(then ?? [])].flatMap((row) => row.facts.flatMap((fact) => fact.sources)));
  const sourceRows = await readBounded(db, 'map-sources', { ids: [...citedIds] });
  const sources = new Map(sourceRows.map((row) => [String(row.id), { title: row.title as string | null, url: row.url as string | null }]));
  const resolve = (fact: RawFact): StatusFact => ({
    id: fact.id,
    type: fact.type,
    date: fact.date ?? null,
    start: fact.start ?? null,
    end: fact.end ?? null,
    action_type: fact.action_type ?? null,
    sources: fact.sources.map((id, index) => {
      const source = sources.get(id);
      const evidence = fact.evidence[index] ?? '';
      return {
        id,
        title: source?.title ?? null,
        evidence,
        link: evidence ? passageLink(source?.url, evidence) : (fact.source_url ?? source?.url ?? null),
      };
    }),
  });
  const countries = now.map((row): CountryMapEntry => {
    const status = statusFromFacts(row.facts);
    const thenRow = thenById.get(row.id);
    const thenStatus = thenRow ? statusFromFacts(thenRow.facts) : null;
    const facts = row.facts.length > 0 ? row.facts : (thenRow?.facts ?? []);
    return {
      id: row.id,
      iso3: row.iso3 ?? null,
      name_en: row.name_en ?? null,
      name_fr: row.name_fr ?? null,
      ...status,
      facts: facts.map(resolve),
      then: thenStatus,
      change: thenStatus ? statusChange(status.status, thenStatus.status) : null,
    };
  });
  const measure = measures.measures.find((entry) => entry.id === input.measure) ?? {
    id: input.measure,
    kind: 'instrument' as const,
    name_en: null,
    name_fr: null,
    short_name: null,
    countries: 0,
  };
  return {
    measure,
    asOf,
    compare: input.compare ?? null,
    counts: countStatuses(countries),
    compareCounts: input.compare ? countStatuses(countries.map((country) => country.then ?? country)) : null,
    countries,
  };
}

/** A city as the map queries return it (a map, or null), coordinates null when the seed has none. */
function cityOf(value: unknown): MapCity | null {
  if (value === null || typeof value !== 'object') return null;
  const city = value as Record<string, unknown>;
  if (typeof city.id !== 'string') return null;
  const text = (key: string) => (typeof city[key] === 'string' ? (city[key] as string) : null);
  const degrees = (key: string) => (typeof city[key] === 'number' ? (city[key] as number) : null);
  return { id: city.id, name_en: text('name_en'), name_fr: text('name_fr'), lat: degrees('lat'), lon: degrees('lon') };
}

/** Events placed on cities or countries, and cooperation links between actors' headquarters, in the time filter. */
export async function mapPlaces(db: Database, input: MapPlacesQuery): Promise<MapPlacesResponse> {
  const time = timeParam({ asOf: input.as_of, from: input.from, to: input.to });
  const rows = await readBounded(db, 'map-events', { time });
  const events = rows.map((row) => ({
    id: String(row.id),
    name_en: (row.name_en as string | null) ?? null,
    name_fr: (row.name_fr as string | null) ?? null,
    start: String(row.start),
    end: (row.end as string | null) ?? null,
    participants: row.participants === null || row.participants === undefined ? null : Number(row.participants),
    city: cityOf(row.city),
    country: (row.country as string | null) ?? null,
  }));
  const links = await readBounded(db, 'cooperation-network', {
    time,
    types: [...COOPERATION_TYPES],
    country: null,
    topic: null,
    minWeight: 1,
    limit: 2000,
    eventsPerLink: 1,
  });
  const actorIds = [...new Set(links.flatMap((link) => [(link.a as { id: string }).id, (link.b as { id: string }).id]))];
  const headquarters = new Map(
    (await readBounded(db, 'map-headquarters', { ids: actorIds })).map((row) => [
      String(row.id),
      { country: String(row.country), city: cityOf(row.city) },
    ]),
  );
  const flows = links.flatMap((link) => {
    const a = (link.a as { id: string }).id;
    const b = (link.b as { id: string }).id;
    const aSeat = headquarters.get(a);
    const bSeat = headquarters.get(b);
    // Actors without a known seat cannot be placed; two actors in one city draw no line.
    if (!aSeat || !bSeat || (aSeat.city?.id ?? aSeat.country) === (bSeat.city?.id ?? bSeat.country)) return [];
    return [{ a, b, aCountry: aSeat.country, bCountry: bSeat.country, aCity: aSeat.city, bCity: bSeat.city, weight: Number(link.weight) }];
  });
  return { events: events.filter((event) => event.country !== null), unplaced: events.filter((event) => event.country === null).length, flows };
}
