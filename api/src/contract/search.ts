import { z } from 'zod';
import { boundedInt, labelsParam } from './filters.js';

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).meta({
    description: 'Text to find in names and aliases (FR or EN), case- and accent-insensitive; prefixes and one typo per word of 4+ letters match.',
    example: 'onudc',
  }),
  labels: labelsParam,
  limit: boundedInt(1, 50, 10, 'Maximum number of results.'),
});

export const searchResult = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  name_en: z.string().nullable(),
  name_fr: z.string().nullable(),
  score: z.number().meta({ description: 'Relevance; exact id, acronym, alias or name matches are lifted above every other hit.' }),
});

export const searchResponse = z.object({ results: z.array(searchResult) });

export type SearchQuery = z.infer<typeof searchQuery>;
export type SearchResult = z.infer<typeof searchResult>;
export type SearchResponse = z.infer<typeof searchResponse>;
