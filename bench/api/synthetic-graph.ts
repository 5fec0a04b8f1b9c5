/**
 * A synthetic graph with the shape of the real one, large enough to load the API: a few hub
 * organisations that take part in a large share of events (supernodes), events spread over 30
 * years, 190 countries, topics, people and sources. Deterministic (seeded), and generated in
 * batches so a million relationships never sit in memory at once.
 */

import { seededRandom } from '../../api/src/analysis/random.js';

export interface SyntheticSizes {
  countries: number;
  cities: number;
  topics: number;
  actors: number;
  hubs: number;
  persons: number;
  instruments: number;
  programmes: number;
  events: number;
  sources: number;
}

/** Sizes for a scale factor; scale 1 gives ≈100k nodes and ≈1M relationships. */
export function sizesFor(scale: number): SyntheticSizes {
  const scaled = (n: number, min = 10) => Math.max(min, Math.round(n * scale));
  return {
    countries: 190,
    cities: scaled(2000),
    topics: scaled(200, 20),
    actors: scaled(20_000),
    hubs: 20,
    persons: scaled(20_000),
    instruments: scaled(2000),
    programmes: scaled(1000),
    events: scaled(50_000),
    sources: scaled(1000),
  };
}

export interface NodeRow {
  label: string;
  properties: Record<string, unknown>;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

// The same seeded generator the analysis uses (Louvain's seed), so every run builds the same graph.
export { seededRandom };

const WORDS = [
  'national',
  'agency',
  'migration',
  'labour',
  'justice',
  'police',
  'victims',
  'support',
  'rights',
  'council',
  'office',
  'trafficking',
  'human',
  'beings',
  'cooperation',
  'regional',
  'network',
  'foundation',
  'centre',
  'institute',
  'ministry',
  'interior',
  'foreign',
  'affairs',
  'social',
  'protection',
  'children',
  'women',
  'border',
  'prosecution',
  'commission',
  'alliance',
  'partnership',
  'programme',
  'forum',
  'observatory',
  'coalition',
  'federation',
  'association',
  'union',
];
const FRENCH = [
  'agence',
  'nationale',
  'traite',
  'êtres',
  'humains',
  'coopération',
  'réseau',
  'ministère',
  'intérieur',
  'protection',
  'victimes',
  'droits',
  'bureau',
  'conseil',
  'européen',
];

export const ids = {
  country: (i: number) => `C${String(i).padStart(3, '0')}`,
  city: (i: number) => `city-${i}`,
  topic: (i: number) => `topic-${i}`,
  actor: (i: number) => (i === 0 ? 'hub-0' : `actor-${i}`),
  person: (i: number) => `person-${i}`,
  instrument: (i: number) => `instr-${i}`,
  programme: (i: number) => `prog-${i}`,
  event: (i: number) => `event-${i}`,
  source: (i: number) => `doc-${i}`,
};

export class SyntheticGraph {
  private readonly random: () => number;

  constructor(
    readonly sizes: SyntheticSizes,
    seed = 42,
  ) {
    this.random = seededRandom(seed);
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** Heavy-tailed pick: low indices (the hubs) come up far more often, like real coordinators. */
  private skewed(n: number): number {
    return Math.floor(n * this.random() ** 3);
  }

  private words(count: number, list = WORDS): string[] {
    return Array.from({ length: count }, () => list[this.int(list.length)]!);
  }

  private name(index: number, count: number): { name_en: string; name_fr: string; aliases: string[] } {
    const english = this.words(count);
    const name_en = `${english.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')} ${index}`;
    const name_fr = `${this.words(count, FRENCH).join(' ')} ${index}`;
    const acronym = `${english.map((w) => w[0]!.toUpperCase()).join('')}${index}`;
    return { name_en, name_fr, aliases: [acronym] };
  }

  /** Event start dates over 30 years, at day, month or year precision like the seed. */
  private date(): string {
    const year = 1995 + this.int(30);
    const precision = this.random();
    if (precision < 0.1) return String(year);
    const month = String(1 + this.int(12)).padStart(2, '0');
    if (precision < 0.2) return `${year}-${month}`;
    return `${year}-${month}-${String(1 + this.int(28)).padStart(2, '0')}`;
  }

  private provenance(): Record<string, unknown> {
    return { sources: [ids.source(this.int(this.sizes.sources))], evidence: [this.words(6).join(' ')] };
  }

  private rel(type: string, from: string, to: string, extra: Record<string, unknown> = {}): RelationshipRow {
    return { type, from, to, properties: { id: `${from}|${type}|${to}`, ...this.provenance(), ...extra } };
  }

  /** Every node, label by label, in batches. */
  *nodes(batch: number): Generator<NodeRow[]> {
    const s = this.sizes;
    const groups: [string, number, (i: number) => Record<string, unknown>][] = [
      ['Country', s.countries, (i) => ({ id: ids.country(i), ...this.name(i, 1), iso3: `X${String(i).padStart(2, '0')}` })],
      ['City', s.cities, (i) => ({ id: ids.city(i), ...this.name(i, 1) })],
      ['Topic', s.topics, (i) => ({ id: ids.topic(i), ...this.name(i, 2) })],
      ['Actor', s.actors, (i) => ({ id: ids.actor(i), ...this.name(i, 3), kind: i < s.hubs ? 'intergovernmental organisation' : 'NGO' })],
      ['Person', s.persons, (i) => ({ id: ids.person(i), ...this.name(i, 2) })],
      ['Instrument', s.instruments, (i) => ({ id: ids.instrument(i), ...this.name(i, 4), kind: 'convention', adopted: this.date() })],
      ['Programme', s.programmes, (i) => ({ id: ids.programme(i), ...this.name(i, 3), kind: 'programme', start: this.date() })],
      [
        'Event',
        s.events,
        (i) => {
          const start = this.date();
          return {
            id: ids.event(i),
            ...this.name(i, 4),
            kind: 'conference',
            start,
            ...(this.random() < 0.3 && start.length === 10 ? { end: start } : {}),
          };
        },
      ],
      [
        'Source',
        s.sources,
        (i) => ({
          id: ids.source(i),
          ...this.name(i, 3),
          kind: 'document',
          title: `Report ${i}`,
          language: 'en',
          url: `https://example.org/doc/${i}`,
        }),
      ],
    ];
    for (const [label, count, make] of groups) {
      for (let start = 0; start < count; start += batch) {
        yield Array.from({ length: Math.min(batch, count - start) }, (_, k) => ({ label, properties: make(start + k) }));
      }
    }
  }

  /** Every relationship, in batches (duplicates of the same (type, from, to) are skipped). */
  *relationships(batch: number): Generator<RelationshipRow[]> {
    const s = this.sizes;
    let rows: RelationshipRow[] = [];
    const seen = new Set<string>();
    const push = (row: RelationshipRow) => {
      const key = row.properties.id as string;
      if (seen.has(key)) return;
      seen.add(key);
      rows.push(row);
    };
    const flush = function* () {
      if (rows.length >= batch) {
        yield rows;
        rows = [];
        seen.clear();
      }
    };
    for (let i = 0; i < s.cities; i++) push(this.rel('LOCATED_IN', ids.city(i), ids.country(this.int(s.countries))));
    for (let i = 0; i < s.actors; i++) {
      push(this.rel('HEADQUARTERED_IN', ids.actor(i), ids.city(this.int(s.cities))));
      if (i >= s.hubs) push(this.rel(this.random() < 0.5 ? 'MEMBER_OF' : 'PART_OF', ids.actor(i), ids.actor(this.skewed(s.hubs))));
      yield* flush();
    }
    for (let i = 0; i < s.persons; i++) {
      push(this.rel('AFFILIATED_WITH', ids.person(i), ids.actor(this.skewed(s.actors))));
      yield* flush();
    }
    for (let i = 0; i < s.instruments; i++) {
      const parties = this.skewed(s.countries);
      for (let k = 0; k < parties; k++) push(this.rel('PARTY_TO', ids.country(this.int(s.countries)), ids.instrument(i), { date: this.date() }));
      push(this.rel('ADOPTED', ids.actor(this.skewed(s.hubs)), ids.instrument(i)));
      for (let k = 0; k < 2; k++) push(this.rel('ADDRESSES', ids.instrument(i), ids.topic(this.int(s.topics))));
      yield* flush();
    }
    for (let i = 0; i < s.programmes; i++) {
      push(this.rel('IMPLEMENTS', ids.actor(this.skewed(s.actors)), ids.programme(i)));
      push(this.rel('FUNDED', ids.actor(this.skewed(s.hubs)), ids.programme(i)));
      yield* flush();
    }
    for (let i = 0; i < s.events; i++) {
      const event = ids.event(i);
      push(this.rel('ORGANISED', ids.actor(this.skewed(s.actors)), event));
      for (let k = this.int(4); k > 0; k--) push(this.rel('CO_ORGANISED', ids.actor(this.skewed(s.actors)), event));
      for (let k = 3 + this.int(13); k > 0; k--) push(this.rel('PARTICIPATED_IN', ids.actor(this.skewed(s.actors)), event));
      if (this.random() < 0.1) push(this.rel('HOSTED', ids.country(this.int(s.countries)), event));
      if (this.random() < 0.05) push(this.rel('FUNDED', ids.actor(this.skewed(s.hubs)), event));
      push(this.rel('HELD_IN', event, ids.city(this.int(s.cities))));
      for (let k = 1 + this.int(3); k > 0; k--) push(this.rel('ADDRESSES', event, ids.topic(this.skewed(s.topics))));
      for (let k = 2 + this.int(4); k > 0; k--) push(this.rel('SPOKE_AT', ids.person(this.int(s.persons)), event));
      yield* flush();
    }
    if (rows.length > 0) yield rows;
  }
}
