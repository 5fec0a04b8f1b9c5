import type { Change, ChangesQuery, ChangesResponse } from '../contract/curation.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { toChange, touchNeedle } from './audit.js';

const HISTORY_LIMIT = 500;

/** The changes that touched one node or relationship, newest first. */
export async function historyOf(db: Database, id: string): Promise<Change[]> {
  return (await db.read('curate-history', { id, needle: touchNeedle(id), limit: HISTORY_LIMIT })).map((row) =>
    toChange(row.change as Record<string, unknown>),
  );
}

/** `2026-05-01` → the start of that day (UTC); an instant → itself, normalised. */
function instant(value: string | undefined, endOfDay: boolean): string | null {
  if (value === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00.000Z`);
    if (endOfDay) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  }
  return new Date(value).toISOString();
}

/** The cursor is the (at, id) of the last change of a page, opaque to clients. */
function encodeCursor(change: Change): string {
  return Buffer.from(JSON.stringify([change.at, change.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { cursorAt: string | null; cursorId: string | null } {
  if (cursor === undefined) return { cursorAt: null, cursorId: null };
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') return { cursorAt: at, cursorId: id };
  } catch {
    // Reported below.
  }
  throw new BadRequest('cursor: is not a cursor this API gave', 'cursor');
}

function filters(query: ChangesQuery) {
  return {
    user: query.user ?? null,
    action: query.action ?? null,
    from: instant(query.from, false),
    to: instant(query.to, true),
  };
}

type Cursor = ReturnType<typeof decodeCursor>;

/**
 * Up to `limit` changes after `cursor`. The changes of one element come through the touched-ids
 * index (Neo4j indexes no membership in the `elements` list, so filtering on it scanned them all).
 */
function readPage(db: Database, query: ChangesQuery, cursor: Cursor, limit: number) {
  const params = { ...filters(query), ...cursor, limit };
  return query.element === undefined
    ? db.read('curate-changes', params)
    : db.read('curate-changes-of-element', { ...params, element: query.element, needle: touchNeedle(query.element) });
}

/** One page of the audit trail and the cursor of the next (null on the last page). */
export async function listChanges(db: Database, query: ChangesQuery): Promise<ChangesResponse> {
  const rows = await readPage(db, query, decodeCursor(query.cursor), query.limit + 1);
  const changes = rows.slice(0, query.limit).map((row) => toChange(row.change as Record<string, unknown>));
  const last = changes.at(-1);
  return { changes, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

const STREAM_PAGE = 1000;

/** Every matching change, page by page (bounded memory), for the JSON Lines export. */
export async function* allChanges(db: Database, query: ChangesQuery): AsyncGenerator<Change> {
  let cursor = decodeCursor(query.cursor);
  for (;;) {
    const rows = await readPage(db, query, cursor, STREAM_PAGE);
    const changes = rows.map((row) => toChange(row.change as Record<string, unknown>));
    yield* changes;
    const last = changes.at(-1);
    if (changes.length < STREAM_PAGE || !last) return;
    cursor = { cursorAt: last.at, cursorId: last.id };
  }
}
