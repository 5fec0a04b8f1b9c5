import { z } from 'zod';
import { isoDate } from '../model/dates.js';
import { ACTOR_KINDS, EVENT_KINDS, INSTRUMENT_KINDS, RELATIONSHIP_TYPES } from '../model/vocabulary.js';

export { isoDate };

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, -)');
const prefixed = (prefix: string) =>
  slug.refine((id) => id.startsWith(prefix), `must start with "${prefix}"`);
const text = z.string().trim().min(1);

const common = {
  name_en: z.string().trim().optional(),
  name_fr: z.string().trim().optional(),
  aliases: z.array(text).default([]),
  description: text.optional(),
  /** Curated short caption per language (usual short form of a country, "kind · place year" of an event). */
  short_name_en: text.optional(),
  short_name_fr: text.optional(),
};

const actor = z.strictObject({
  label: z.literal('Actor'),
  id: slug,
  ...common,
  kind: z.enum(ACTOR_KINDS),
  acronym_en: text.optional(),
  acronym_fr: text.optional(),
  founded: isoDate.optional(),
});
const instrument = z.strictObject({
  label: z.literal('Instrument'),
  id: slug,
  ...common,
  kind: z.enum(INSTRUMENT_KINDS),
  short_name: text.optional(),
  adopted: isoDate.optional(),
  entry_into_force: isoDate.optional(),
});
const event = z.strictObject({
  label: z.literal('Event'),
  id: prefixed('event-'),
  ...common,
  kind: z.enum(EVENT_KINDS),
  start: isoDate,
  end: isoDate.optional(),
  online: z.boolean().default(false),
  participants: z.number().int().positive().optional(),
  participants_note: text.optional(),
  /** Why the event has neither HELD_IN nor online: the source does not say, and we do not guess. */
  place_note: text.optional(),
});
const country = z.strictObject({
  label: z.literal('Country'),
  id: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case'),
  ...common,
  iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
});
const city = z.strictObject({
  label: z.literal('City'),
  id: prefixed('city-'),
  ...common,
  /** WGS84 decimal degrees of the place, from a gazetteer (never from a source document). */
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** The reference Source the coordinates come from (`ref-geonames`) and the gazetteer's page of the place. */
  coordinates_source: text.optional(),
  coordinates_url: z.url().optional(),
});
const person = z.strictObject({ label: z.literal('Person'), id: prefixed('person-'), ...common, title: text.optional() });
const programme = z.strictObject({
  label: z.literal('Programme'),
  id: slug,
  ...common,
  kind: z.enum(['programme', 'project']).optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
});
const topic = z.strictObject({ label: z.literal('Topic'), id: prefixed('topic-'), ...common });
const source = z.strictObject({
  label: z.literal('Source'),
  id: z.string().regex(/^(doc|ref)-[a-z0-9-]+$/, 'must start with "doc-" or "ref-"'),
  ...common,
  kind: z.enum(['document', 'reference']),
  title: text,
  publisher: text.optional(),
  language: z.enum(['fr', 'en']),
  published: isoDate.optional(),
  url: z.url().optional(),
  symbol: text.optional(),
});

/** The per-label node schemas, for forms that edit one label (the curation contract reuses them). */
export const nodeSchemasByLabel = { Actor: actor, Instrument: instrument, Event: event, Country: country, City: city, Person: person, Programme: programme, Topic: topic, Source: source } as const;

/** A Source node as the seed writes it (a curator adding a new source uses the same rules). */
export const sourceNodeSchema = source;

export const seedNodeSchema = z
  .discriminatedUnion('label', [actor, instrument, event, country, city, person, programme, topic, source])
  .superRefine((node, ctx) => {
    if (node.label !== 'Source' && !node.name_en && !node.name_fr) {
      ctx.addIssue({ code: 'custom', path: ['name_en'], message: 'name_en or name_fr is required' });
    }
    if (node.label === 'City') {
      // Coordinates are a sourced fact: all four fields together, or none.
      const given = (['lat', 'lon', 'coordinates_source', 'coordinates_url'] as const).filter((key) => node[key] !== undefined);
      if (given.length > 0 && given.length < 4) {
        const missing = (['lat', 'lon', 'coordinates_source', 'coordinates_url'] as const).find((key) => node[key] === undefined)!;
        ctx.addIssue({ code: 'custom', path: [missing], message: 'lat, lon, coordinates_source and coordinates_url go together' });
      }
    }
  });

export const seedRelationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: text,
  to: text,
  source: text,
  evidence: text
    .refine((quote) => quote.split(/\s+/).length <= 12, 'must be at most 12 words')
    .optional(),
  source_url: text.optional(),
  role: text.optional(),
  date: isoDate.optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  action_type: text.optional(),
  round: z.number().int().positive().optional(),
  note: text.optional(),
});

export const seedFileSchema = z.strictObject({
  nodes: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
});

export type SeedNode = z.infer<typeof seedNodeSchema>;
export type SeedRelationship = z.infer<typeof seedRelationshipSchema>;
