import type { Database } from '../db/driver.js';

/**
 * Merged entities leave their id as a (:Redirect {id, to}) (api/src/curation/merge.ts); every lookup
 * by id follows it, so deep links, saved views and exports made before a merge still resolve.
 */
export async function redirectsOf(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read('curate-resolve-redirects', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [String(row.id), String(row.to)]));
}

/** The ids with merged ones replaced by the entity they went into, each id once, order kept. */
export async function followRedirects(db: Database, ids: string[]): Promise<string[]> {
  const redirects = await redirectsOf(db, ids);
  if (redirects.size === 0) return ids;
  return [...new Set(ids.map((id) => redirects.get(id) ?? id))];
}

/** Where one id went, or null when it is not a merged id. */
export async function redirectOf(db: Database, id: string): Promise<string | null> {
  return (await redirectsOf(db, [id])).get(id) ?? null;
}
