import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapPlacesResponse } from '../../api/src/contract/map.js';
import { parseGexf, parseJsonLines } from '../fixtures/import/parse-exports.js';
import { exploreContext, qs } from './explore/setup.js';

/**
 * Time "as of" a year and time windows, checked against the seed JSON files read here directly:
 * the expectations are computed year by year from the raw statements, not through the API's rule
 * table (api/src/model/time-rules.ts) nor the SeedIndex used by other tests.
 */
const ctx = exploreContext();

interface RawStatement {
  type: string;
  from: string;
  to: string;
  round?: number;
  date?: string;
  start?: string;
  end?: string;
}
interface RawNode {
  label: string;
  id: string;
  start?: string;
  end?: string;
  adopted?: string;
  founded?: string;
  lat?: number;
  lon?: number;
}

const seedDir = path.resolve(import.meta.dirname, '../../seed');
const seedFiles = ['documents', 'reference'].flatMap((folder) =>
  readdirSync(path.join(seedDir, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(seedDir, folder, name), 'utf8')) as { nodes?: RawNode[]; relationships?: RawStatement[] }),
);
const rawNodes = new Map(seedFiles.flatMap((file) => file.nodes ?? []).map((node) => [node.id, node]));
/** Statements grouped into facts by identity (type, from, to, round); every statement's dates are kept. */
const facts = new Map<string, RawStatement[]>();
for (const statement of seedFiles.flatMap((file) => file.relationships ?? [])) {
  const id = `${statement.from}|${statement.type}|${statement.to}${statement.round ? `|${statement.round}` : ''}`;
  facts.set(id, [...(facts.get(id) ?? []), statement]);
}
const first = (statements: RawStatement[], key: 'date' | 'start' | 'end') => statements.find((s) => s[key])?.[key];
const year = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** Did this fact hold at the end of `y`? Signatures and ratifications last; memberships end; evaluations are history. */
function heldAtEndOf(type: string, statements: RawStatement[], y: number): boolean {
  const date = year(first(statements, 'date'));
  const start = year(first(statements, 'start'));
  const end = year(first(statements, 'end'));
  switch (type) {
    case 'SIGNED':
    case 'ADOPTED':
    case 'EVALUATED':
    case 'PRESENTED_AT':
    case 'PRODUCED':
      return date === undefined || date <= y;
    case 'PARTY_TO': {
      const since = date ?? start;
      return since === undefined || since <= y;
    }
    case 'MEMBER_OF':
      return (start ?? date ?? -Infinity) <= y && (end === undefined || end > y);
    case 'IMPLEMENTS':
    case 'CHAIRS': {
      const from = start ?? date;
      const until = end ?? date;
      return (from ?? -Infinity) <= y && (until === undefined || until >= y);
    }
    default:
      return true;
  }
}

/** Did this node exist at the end of `y`? Events count once held; programmes while running. */
function nodeAtEndOf(node: RawNode, y: number): boolean {
  if (node.label === 'Event') return year(node.start)! <= y;
  if (node.label === 'Programme') return (year(node.start) ?? -Infinity) <= y && (year(node.end) ?? Infinity) >= y;
  if (node.label === 'Instrument') return (year(node.adopted) ?? -Infinity) <= y;
  if (node.label === 'Actor') return (year(node.founded) ?? -Infinity) <= y;
  return true;
}

const DATED_TYPES = ['SIGNED', 'PARTY_TO', 'ADOPTED', 'MEMBER_OF', 'IMPLEMENTS', 'CHAIRS', 'EVALUATED', 'PRESENTED_AT', 'PRODUCED'];

async function exportedEdges(params: Record<string, string>) {
  const response = await fetch(`${ctx.app.baseUrl}/api/export?${qs({ format: 'jsonl', sourceNodes: 'false', ...params })}`);
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(200);
  return parseJsonLines(text);
}

/** Parties and signatories of an instrument at the end of `y`, from the raw statements. */
function instrumentStatusAt(instrument: string, y: number): Map<string, 'party' | 'signed'> {
  const status = new Map<string, 'party' | 'signed'>();
  for (const [, statements] of facts) {
    const { type, from, to } = statements[0]!;
    if (to !== instrument || rawNodes.get(from)?.label !== 'Country' || !heldAtEndOf(type, statements, y)) continue;
    if (type === 'PARTY_TO') status.set(from, 'party');
    if (type === 'SIGNED' && !status.has(from)) status.set(from, 'signed');
  }
  return status;
}

interface MapCountry {
  id: string;
  status: string;
  since: string | null;
  until: string | null;
  undated: boolean;
  then: { status: string } | null;
  change: string | null;
  facts: { type: string; sources: { id: string; link: string | null }[] }[];
}

async function mapStatus(params: Record<string, string>) {
  const response = await ctx.get(`/api/map/status?${qs(params)}`);
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
  return response.body as { counts: Record<string, number>; compareCounts: Record<string, number> | null; countries: MapCountry[] };
}

describe('as_of on every dated relationship type', () => {
  for (const y of [2005, 2010, 2014, 2021, 2023]) {
    // Generous: the first export compiles its plans, which takes long on a busy 2-core machine.
    it(`exports the facts that held at the end of ${y}`, { timeout: 240_000 }, async () => {
      const graph = await exportedEdges({ as_of: String(y), types: DATED_TYPES.join(',') });
      for (const type of DATED_TYPES) {
        const expected = [...facts]
          .filter(([, statements]) => statements[0]!.type === type)
          .filter(([, [statement]]) => nodeAtEndOf(rawNodes.get(statement!.from)!, y) && nodeAtEndOf(rawNodes.get(statement!.to)!, y))
          .filter(([, statements]) => heldAtEndOf(type, statements, y))
          .map(([id]) => id)
          .sort();
        const got = [...graph.edges]
          .filter(([, edge]) => edge.type === type)
          .map(([id]) => id)
          .sort();
        expect(got, `${type} as of ${y}`).toEqual(expected);
      }
    });
  }

  it('keeps the Russian Federation a member of the Council of Europe in 2021, not in 2023', { timeout: 240_000 }, async () => {
    const ruCoe = facts.get('RU|MEMBER_OF|coe')!;
    expect(heldAtEndOf('MEMBER_OF', ruCoe, 2021)).toBe(true);
    expect(heldAtEndOf('MEMBER_OF', ruCoe, 2023)).toBe(false);
    for (const [y, member] of [
      [2021, true],
      [2023, false],
    ] as const) {
      const query = `/api/expand?${qs({ ids: 'RU', types: 'MEMBER_OF', as_of: String(y), limit: 50 })}`;
      // Planning the expand query once can exceed the 15 s query budget on a loaded machine; plans are cached after.
      await ctx.get(query);
      const response = await ctx.get(query);
      expect(response.status).toBe(200);
      expect(
        response.body.nodes.some((node: { id: string }) => node.id === 'coe'),
        `RU in CoE ${y}`,
      ).toBe(member);
      // Membership of the OSCE, with no end, holds both years.
      expect(response.body.nodes.some((node: { id: string }) => node.id === 'osce')).toBe(true);
    }
  });

  it('a 2014–2017 window hides memberships, ratifications and events that began after it', { timeout: 240_000 }, async () => {
    const graph = await exportedEdges({ from: '2014', to: '2017', types: 'PARTY_TO,MEMBER_OF,EVALUATED' });
    const all = await exportedEdges({ types: 'PARTY_TO,MEMBER_OF,EVALUATED' });
    expect(graph.edges.size).toBeLessThan(all.edges.size);
    const expectedEvaluations = [...facts]
      .filter(([, statements]) => statements[0]!.type === 'EVALUATED')
      .filter(([, statements]) => {
        const y = year(first(statements, 'date'))!;
        return y >= 2014 && y <= 2017;
      })
      .map(([id]) => id)
      .sort();
    const got = [...graph.edges]
      .filter(([, edge]) => edge.type === 'EVALUATED')
      .map(([id]) => id)
      .sort();
    expect(got).toEqual(expectedEvaluations);
    // Ratified before the window: still a Party during it.
    expect(graph.edges.has('AL|PARTY_TO|cets-197')).toBe(true);
  });

  it('refuses as_of together with a window, and bad dates, naming the field', async () => {
    for (const [query, field] of [
      ['ids=RU&as_of=2021&from=2010', 'from'],
      ['ids=RU&as_of=21', 'as_of'],
    ] as const) {
      const response = await ctx.get(`/api/expand?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
  });
});

describe('the export plays the same time rule (GEXF spells)', () => {
  // Occurrences (an evaluation, a presentation) are on their day in Gephi; "as of" counts them once they happened.
  const OCCURRENCES = new Set(['EVALUATED', 'PRESENTED_AT', 'PRODUCED']);

  it('a relationship is in its spell at the end of a year exactly when the seed says it held then', { timeout: 240_000 }, async () => {
    const response = await fetch(`${ctx.app.baseUrl}/api/export?${qs({ format: 'gexf', sourceNodes: 'false', types: DATED_TYPES.join(',') })}`);
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(200);
    const { edges, spells } = parseGexf(text);
    const checked = new Map<string, number>();
    for (const [id, statements] of facts) {
      const type = statements[0]!.type;
      if (!DATED_TYPES.includes(type) || !edges.has(id)) continue;
      const spell = spells.get(`edge:${id}`)?.[0];
      for (const y of [2000, 2005, 2010, 2021, 2023]) {
        const point = `${y}-12-31`;
        const shown = spell === undefined || (spell.start <= point && (OCCURRENCES.has(type) || spell.end === '' || spell.end >= point));
        expect(shown, `${id} at the end of ${y} (spell ${JSON.stringify(spell)})`).toBe(heldAtEndOf(type, statements, y));
      }
      checked.set(type, (checked.get(type) ?? 0) + 1);
    }
    // Every dated type of the seed was exported and checked.
    const seedTypes = new Set([...facts.values()].map((statements) => statements[0]!.type).filter((type) => DATED_TYPES.includes(type)));
    expect([...checked.keys()].sort()).toEqual([...seedTypes].sort());
  });

  it('a Party is dated by its deposit, a signature lasts, and undated Parties hold at every date', { timeout: 240_000 }, async () => {
    const response = await fetch(`${ctx.app.baseUrl}/api/export?${qs({ format: 'gexf', sourceNodes: 'false', types: 'PARTY_TO,SIGNED' })}`);
    const { edges, spells } = parseGexf(await response.text());
    const deposited = [...facts].find(
      ([, statements]) => statements[0]!.type === 'PARTY_TO' && first(statements, 'date') && first(statements, 'start'),
    )!;
    // A partial date begins on the first day it covers (2004-10 → 2004-10-01).
    const firstDayOf = (date: string | undefined) => `${date}-01-01`.slice(0, 10);
    expect(spells.get(`edge:${deposited[0]}`)).toEqual([{ start: firstDayOf(first(deposited[1], 'date')), end: '' }]);
    const signature = [...facts].find(([, statements]) => statements[0]!.type === 'SIGNED' && first(statements, 'date'))!;
    expect(spells.get(`edge:${signature[0]}`)).toEqual([{ start: firstDayOf(first(signature[1], 'date')), end: '' }]);
    const undated = [...facts].filter(
      ([, statements]) => statements[0]!.type === 'PARTY_TO' && !first(statements, 'date') && !first(statements, 'start'),
    );
    expect(undated.length).toBeGreaterThan(0);
    for (const [id] of undated) {
      expect(edges.has(id), id).toBe(true);
      expect(spells.has(`edge:${id}`), id).toBe(false);
    }
    // …and the map counts them as Parties from the instrument's adoption on, flagged undated; not before it existed.
    const adopted = year(rawNodes.get('palermo-protocol')!.adopted)!;
    const early = await mapStatus({ measure: 'palermo-protocol', as_of: String(adopted + 1), compare: String(adopted - 1) });
    const undatedPalermo = undated.filter(
      ([, [statement]]) => statement!.to === 'palermo-protocol' && rawNodes.get(statement!.from)?.label === 'Country',
    );
    expect(undatedPalermo.length).toBeGreaterThan(0);
    for (const [, [statement]] of undatedPalermo) {
      const country = early.countries.find((entry) => entry.id === statement!.from)!;
      expect(country.status, statement!.from).toBe('party');
      expect(country.undated, statement!.from).toBe(true);
      expect(country.then?.status, `${statement!.from} before the adoption`).toBe('none');
    }
  });
});

describe('GET /api/map/status', () => {
  it('gives every country its CETS 197 status in 2010 and 2021, with the change and the sources', async () => {
    const body = await mapStatus({ measure: 'cets-197', as_of: '2010', compare: '2021' });
    const in2010 = instrumentStatusAt('cets-197', 2010);
    const in2021 = instrumentStatusAt('cets-197', 2021);
    expect(in2010.size).toBeGreaterThan(10);
    const countries = [...rawNodes.values()].filter((node) => node.label === 'Country');
    expect(body.countries).toHaveLength(countries.length);
    for (const country of body.countries) {
      expect(country.status, `${country.id} 2010`).toBe(in2010.get(country.id) ?? 'none');
      expect(country.then?.status, `${country.id} 2021`).toBe(in2021.get(country.id) ?? 'none');
    }
    const parties = (map: Map<string, string>) => [...map.values()].filter((status) => status === 'party').length;
    expect(body.counts.party).toBe(parties(in2010));
    expect(body.compareCounts?.party).toBe(parties(in2021));
    const added = body.countries.filter((country) => country.change === 'added').map((country) => country.id);
    expect(added.sort()).toEqual([...in2021.keys()].filter((id) => !in2010.has(id)).sort());
    // Every Party's status cites its source, with a link to read it.
    for (const country of body.countries.filter((entry) => entry.status === 'party')) {
      const fact = country.facts.find((entry) => entry.type === 'PARTY_TO')!;
      expect(fact.sources.length, country.id).toBeGreaterThan(0);
      expect(
        fact.sources.every((source) => source.link),
        country.id,
      ).toBe(true);
      // Dated unless the reference table lacks the date, which the response says.
      expect(country.since !== null || country.undated, country.id).toBe(true);
    }
  });

  it('shows memberships with their end: the Russian Federation in the Council of Europe', async () => {
    const body = await mapStatus({ measure: 'coe', as_of: '2021', compare: '2023' });
    const russia = body.countries.find((country) => country.id === 'RU')!;
    expect(russia.status).toBe('member');
    expect(russia.until).toBe(first(facts.get('RU|MEMBER_OF|coe')!, 'end'));
    expect(russia.then?.status).toBe('none');
    expect(russia.change).toBe('removed');
  });

  it('lists the measures from the graph and answers 404 for an unknown one, 400 for a bad date', async () => {
    const measures = await ctx.get('/api/map/measures');
    expect(measures.status).toBe(200);
    const ids = measures.body.measures.map((measure: { id: string }) => measure.id);
    for (const id of ['cets-197', 'palermo-protocol', 'untoc', 'coe', 'osce']) expect(ids).toContain(id);
    expect((await ctx.get('/api/map/status?measure=no-such-thing&as_of=2010')).status).toBe(404);
    const bad = await ctx.get('/api/map/status?measure=cets-197&as_of=20100');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('as_of');
  });
});

describe('GET /api/map/places', () => {
  it('places the events held by a year on their countries, and counts the unplaced ones', async () => {
    const response = await ctx.get('/api/map/places?as_of=2012');
    expect(response.status).toBe(200);
    const events = [...rawNodes.values()].filter((node) => node.label === 'Event' && year(node.start)! <= 2012);
    const placed = response.body.events as { id: string; country: string }[];
    expect(placed.length + response.body.unplaced).toBe(events.length);
    for (const event of placed) expect(rawNodes.get(event.country)?.label, event.id).toBe('Country');
  });

  it("gives an event its city's coordinates as the seed states them, and a flow its actors' seats", async () => {
    const response = await ctx.get('/api/map/places?as_of=2023');
    expect(response.status).toBe(200);
    const body = response.body as MapPlacesResponse;
    /** Targets of one relationship type per source node, read from the raw statements. */
    const targets = (type: string) => {
      const byFrom = new Map<string, string[]>();
      for (const id of facts.keys()) {
        const [from, factType, to] = id.split('|') as [string, string, string];
        if (factType === type && rawNodes.get(to)?.label === 'City') byFrom.set(from, [...(byFrom.get(from) ?? []), to].sort());
      }
      return byFrom;
    };
    const heldIn = targets('HELD_IN');
    let onCoordinates = 0;
    for (const event of body.events) {
      const cities = heldIn.get(event.id);
      if (!cities) {
        expect(event.city, event.id).toBeNull();
        continue;
      }
      expect(cities, event.id).toContain(event.city?.id);
      const city = rawNodes.get(event.city!.id)!;
      expect([event.city!.lat, event.city!.lon], event.id).toEqual([city.lat ?? null, city.lon ?? null]);
      if (city.lat !== undefined) onCoordinates += 1;
    }
    expect(onCoordinates).toBeGreaterThan(10);
    const seats = targets('HEADQUARTERED_IN');
    expect(body.flows.length).toBeGreaterThan(0);
    for (const flow of body.flows) {
      for (const [actor, city] of [
        [flow.a, flow.aCity],
        [flow.b, flow.bCity],
      ] as const) {
        // The first seat by city id, with its coordinates.
        expect(city?.id, actor).toBe(seats.get(actor)?.[0]);
        expect(city?.lat, actor).toBe(rawNodes.get(city!.id)?.lat ?? null);
      }
      expect(flow.aCity?.id).not.toBe(flow.bCity?.id);
    }
  });
});
