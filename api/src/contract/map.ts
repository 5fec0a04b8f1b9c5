import { z } from 'zod';
import { isoDateParam, nodeId, timeFilters, windowIsOrdered, windowIssue } from './filters.js';

/** How a country stands towards an instrument (party > signed > none) or an organisation (member > none). */
export const COUNTRY_STATUSES = ['party', 'signed', 'member', 'none'] as const;
export const countryStatus = z.enum(COUNTRY_STATUSES);

/** GET /api/map/measures: nothing to choose. */
export const mapMeasuresQuery = z.strictObject({});

export const mapMeasure = z.object({
  id: z.string(),
  kind: z.enum(['instrument', 'membership']).meta({ description: 'Instrument: PARTY_TO/SIGNED; membership: MEMBER_OF an organisation.' }),
  name_en: z.string().nullable(),
  name_fr: z.string().nullable(),
  short_name: z.string().nullable(),
  countries: z.number().int().meta({ description: 'Countries with at least one such fact, whatever the date.' }),
});

export const mapMeasuresResponse = z.object({ measures: z.array(mapMeasure) });

export const mapStatusQuery = z
  .strictObject({
    measure: nodeId.meta({ description: 'An Instrument id (status Party/signed) or an organisation id (membership).', example: 'cets-197' }),
    as_of: isoDateParam.optional().meta({ description: 'Status at the end of this year/month/day; today when absent.', example: '2010' }),
    compare: isoDateParam.optional().meta({ description: 'A second date: each country also gets its status then and the change.', example: '2021' }),
  })
  .refine((value) => !(value.compare && !value.as_of), { message: 'compare needs as_of', path: ['compare'] });

/** One fact behind a status, with its provenance (the same fields the details panel shows). */
export const statusFact = z.object({
  id: z.string(),
  type: z.string(),
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  action_type: z.string().nullable(),
  sources: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      evidence: z.string(),
      link: z.string().nullable().meta({ description: 'Document passage link or reference row URL.' }),
    }),
  ),
});

/** A country's status at one date: `since`/`until` by the fact's time rule; `undated` when the graph has no date. */
export const statusAt = z.object({
  status: countryStatus,
  since: z.string().nullable(),
  until: z.string().nullable(),
  undated: z.boolean(),
});

export const countryMapEntry = statusAt.extend({
  id: z.string().meta({ description: 'ISO 3166-1 alpha-2 (XK for Kosovo).' }),
  iso3: z.string().nullable(),
  name_en: z.string().nullable(),
  name_fr: z.string().nullable(),
  facts: z.array(statusFact).meta({ description: 'The facts behind the status at `as_of` (or at `compare` when only then).' }),
  then: statusAt.nullable().meta({ description: 'Status at `compare`, when asked.' }),
  change: z.enum(['added', 'removed', 'changed', 'same']).nullable().meta({
    description: 'From as_of to compare: added (none → something), removed (something → none), changed, same.',
  }),
});

export const mapStatusResponse = z.object({
  measure: mapMeasure,
  asOf: z.string().nullable(),
  compare: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()).meta({ description: 'Countries per status at as_of.' }),
  compareCounts: z.record(z.string(), z.number().int()).nullable(),
  countries: z.array(countryMapEntry),
});

export const mapPlacesQuery = z.strictObject({ ...timeFilters }).refine(windowIsOrdered, windowIssue);

/** A city on the map: its coordinates (WGS84 degrees) when the seed has them, from the gazetteer it cites. */
export const mapCity = z.object({
  id: z.string(),
  name_en: z.string().nullable(),
  name_fr: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const mapEvent = z.object({
  id: z.string(),
  name_en: z.string().nullable(),
  name_fr: z.string().nullable(),
  start: z.string(),
  end: z.string().nullable(),
  participants: z.number().int().nullable(),
  city: mapCity.nullable().meta({ description: 'The city it was held in; the map places the event there when the city has coordinates.' }),
  country: z.string().nullable().meta({ description: 'ISO alpha-2 of the city, or of the country it was held in or hosted by.' }),
});

export const mapFlow = z.object({
  a: z.string(),
  b: z.string(),
  aCountry: z.string(),
  bCountry: z.string(),
  aCity: mapCity.nullable().meta({ description: "The city of a's headquarters (its seat), when known." }),
  bCity: mapCity.nullable(),
  weight: z.number().int().meta({ description: 'Events the two actors shared in the time filter.' }),
});

export const mapPlacesResponse = z.object({
  events: z.array(mapEvent),
  unplaced: z.number().int().meta({ description: 'Events in the time filter with no known place.' }),
  flows: z.array(mapFlow).meta({ description: 'Cooperation links between actors headquartered in different places (cities, else countries).' }),
});

export type MapMeasure = z.infer<typeof mapMeasure>;
export type MapMeasuresResponse = z.infer<typeof mapMeasuresResponse>;
export type MapStatusQuery = z.infer<typeof mapStatusQuery>;
export type MapStatusResponse = z.infer<typeof mapStatusResponse>;
export type CountryMapEntry = z.infer<typeof countryMapEntry>;
export type StatusAt = z.infer<typeof statusAt>;
export type StatusFact = z.infer<typeof statusFact>;
export type CountryStatus = z.infer<typeof countryStatus>;
export type MapPlacesQuery = z.infer<typeof mapPlacesQuery>;
export type MapPlacesResponse = z.infer<typeof mapPlacesResponse>;
export type MapEvent = z.infer<typeof mapEvent>;
export type MapFlow = z.infer<typeof mapFlow>;
export type MapCity = z.infer<typeof mapCity>;
