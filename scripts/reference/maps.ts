import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { INSTRUMENT_KINDS, RELATIONSHIP_TYPES } from '../../api/src/model/vocabulary.js';

const text = z.string().min(1);
const textMap = z.record(z.string(), text);
const listMap = z.record(z.string(), z.array(text));

/** A fact a table's notes column states, cited with that row's source_url. */
const noteFact = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: text,
  to: text,
  role: text.optional(),
  action_type: text.optional(),
  /** `adopted`: the instrument row's adoption date. */
  date: z.literal('adopted').optional(),
  table: z.enum(['organisations', 'instruments']),
  row: text,
  note: text,
});

/** A fact the tables' README states, with its own source and URL. */
const readmeFact = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: text,
  to: text,
  date: text.optional(),
  action_type: text.optional(),
  source: text,
  source_url: text,
  note: text,
});

/** seed/reference/maps.yaml: everything the transformer needs that the CSV tables do not hold. */
export const referenceMapsSchema = z.strictObject({
  expected: z.strictObject({
    countries: z.number().int(),
    coeMembers: z.number().int(),
    coeCurrentMembers: z.number().int(),
    coeFormerMember: text,
    osceStates: z.number().int(),
    cets197Parties: z.number().int(),
  }),
  sources: z.array(z.strictObject({ id: text, file: text, name_en: text, title: text, description: text })),
  countryAliases: listMap,
  /** Usual short forms [English, French] for captions where the official name is long. */
  countryShortNames: z.record(z.string(), z.tuple([text, text])).default({}),
  organisationAliases: listMap,
  organisationDescriptions: textMap,
  partOfNotes: textMap,
  cityNamesFr: textMap,
  cityAliases: listMap,
  instrumentKinds: z.record(z.string(), z.enum(INSTRUMENT_KINDS)),
  instrumentAliases: listMap,
  instrumentDescriptions: textMap,
  /** French short forms for captions (short_name in instruments.csv is English or language-neutral). */
  instrumentShortNamesFr: textMap.default({}),
  supplementsNotes: textMap,
  noteFacts: z.record(z.string(), z.array(noteFact)),
  readmeFacts: z.record(z.string(), z.array(readmeFact)),
});

export type ReferenceMaps = z.infer<typeof referenceMapsSchema>;
export type NoteFact = z.infer<typeof noteFact>;

/** Reads and validates a maps file (seed/reference/maps.yaml, or a test fixture's). */
export function readReferenceMaps(file: string): ReferenceMaps {
  return referenceMapsSchema.parse(parse(readFileSync(file, 'utf8')));
}
