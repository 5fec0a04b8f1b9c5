import type { SearchQuery, SearchResult } from '../contract/search.js';
import type { Database } from '../db/driver.js';
import { exactMatcher, luceneQuery } from './lucene.js';
import { readBounded } from './read.js';

const nameLength = (result: SearchResult) => Math.min(result.name_en?.length ?? Infinity, result.name_fr?.length ?? Infinity);

/** Full-text search, then exact id/acronym/alias/name matches lifted above every other hit. */
export async function searchEntities(db: Database, { q, labels, limit }: SearchQuery): Promise<SearchResult[]> {
  const trimmed = q.trim();
  const rows = await readBounded(
    db,
    'search-entities',
    {
      lucene: luceneQuery(trimmed),
      ids: [...new Set([trimmed, trimmed.toLowerCase(), trimmed.toUpperCase()])],
      labels: labels?.length ? labels : null,
      // The label filter runs after the index ranks its hits: with one, look further down the list.
      candidates: Math.min(labels?.length ? limit * 20 : limit * 5, 2000),
    },
    'q',
  );
  const topScore = Math.max(0, ...rows.map((row) => Number(row.score)));
  const isExact = exactMatcher(trimmed);
  return (
    rows
      .map((row) => {
        const exact = isExact([String(row.id), row.name_en as string, row.name_fr as string, ...((row.names as string[]) ?? [])]);
        const score = Number(row.score) + (exact ? topScore + 1 : 0);
        return {
          id: String(row.id),
          labels: row.labels as string[],
          name_en: (row.name_en as string) ?? null,
          name_fr: (row.name_fr as string) ?? null,
          score,
        };
      })
      // Prefix hits score alike: the shorter name is the likelier completion of what was typed.
      .sort((a, b) => b.score - a.score || nameLength(a) - nameLength(b) || a.id.localeCompare(b.id))
      .slice(0, limit)
  );
}
