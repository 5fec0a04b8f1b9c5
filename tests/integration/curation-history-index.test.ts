import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../api/src/auth/actor.js';
import { recordChange, touchNeedle } from '../../api/src/curation/audit.js';
import { allChanges, historyOf, listChanges } from '../../api/src/curation/history.js';
import { changesQuery } from '../../api/src/contract/curation.js';
import { applySchema } from '../../api/src/db/connect.js';
import { toParams, type Database } from '../../api/src/db/driver.js';
import { testDatabase } from '../support/db.js';

/**
 * A history reads the changes of its element through an index, not by scanning every :Change
 * (Neo4j indexes no membership in a list property): checked on the query plan, and on what it
 * finds — an element touched in passing (a relationship's end) counts, an id that merely starts
 * like another does not.
 */
let db: Database;
const TAG = `history-index-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  db = testDatabase();
  await applySchema(db);
});

afterAll(async () => {
  if (db) {
    await db.driver.executeQuery('MATCH (c:Change) WHERE c.note = $tag DETACH DELETE c', { tag: TAG }, { database: db.config.database });
    await db.close();
  }
});

/** The operators of a query's plan, flattened. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((child) => operators(child as { operatorType: string; children: unknown[] }))];
}

/** The operators Neo4j runs for a named query (PROFILE: the plan it really executed). */
async function profiled(name: string, params: Record<string, unknown>): Promise<string[]> {
  const result = await db.driver.executeQuery(`PROFILE ${db.queries.get(name)}`, toParams(params) as Record<string, unknown>, {
    database: db.config.database,
  });
  return operators(result.summary.profile as unknown as { operatorType: string; children: unknown[] });
}

/** Reads changes through an index (contains scan on touches, seek on element_id), never every :Change. */
function expectIndexedOnly(plan: string[]) {
  expect(plan.some((operator) => operator.startsWith('NodeIndexContainsScan'))).toBe(true);
  expect(plan.some((operator) => operator.startsWith('NodeIndexSeek'))).toBe(true);
  expect(plan.filter((operator) => /NodeByLabelScan|AllNodesScan/.test(operator))).toEqual([]);
}

const record = (elementId: string, alsoTouches: string[], action: 'update' | 'create' = 'update') =>
  db.writeTransaction((tx) =>
    recordChange(tx, cliActor('index-test'), {
      action,
      elementKind: 'node',
      elementId,
      alsoTouches,
      before: null,
      after: null,
      note: TAG,
    }),
  );

describe('history of an element', () => {
  it('is planned as an index seek on the touched ids, never a scan of every change', async () => {
    expectIndexedOnly(await profiled('curate-history', { id: 'x', needle: touchNeedle('x'), limit: 10 }));
  });

  it('finds the changes that touched the element, also in passing, and no other', async () => {
    const id = `${TAG}-city`;
    const own = await record(id, []);
    const passing = await record(`${TAG}-event|HELD_IN|${id}`, [`${TAG}-event`, id]);
    const lookalike = await record(`${id}-2`, [`${id}-20`]);
    const found = (await historyOf(db, id)).map((change) => change.id);
    expect(found.sort()).toEqual([own, passing].sort());
    expect(found).not.toContain(lookalike);
  });
});

describe('GET /api/changes?element=', () => {
  it('is planned through the indexes with every filter, never a scan of every change', async () => {
    const filters = { user: 'someone', action: 'update', from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
    const cursor = { cursorAt: '2026-06-01T00:00:00.000Z', cursorId: 'change-x' };
    expectIndexedOnly(await profiled('curate-changes-of-element', { element: 'x', needle: touchNeedle('x'), ...filters, ...cursor, limit: 10 }));
  });

  it('pages through exactly the changes that touched the element, filters applied', async () => {
    const id = `${TAG}-org`;
    const ids = [
      await record(id, []),
      await record(`${TAG}-event|ORGANISED_BY|${id}`, [`${TAG}-event`, id], 'create'),
      await record(`${TAG}-other`, [id]),
    ];
    await record(`${id}-2`, [`${id}x`]);
    // Expected from the database itself: every :Change whose element list holds the id, newest first.
    const expected = (
      await db.driver.executeQuery(
        'MATCH (c:Change) WHERE $id IN c.elements RETURN c.id AS id ORDER BY c.at DESC, c.id DESC',
        { id },
        { database: db.config.database },
      )
    ).records.map((row) => row.get('id') as string);
    expect([...expected].sort()).toEqual([...ids].sort());

    const first = await listChanges(db, changesQuery.parse({ element: id, limit: 2 }));
    expect(first.nextCursor).not.toBeNull();
    const second = await listChanges(db, changesQuery.parse({ element: id, limit: 2, cursor: first.nextCursor }));
    expect(second.nextCursor).toBeNull();
    expect([...first.changes, ...second.changes].map((change) => change.id)).toEqual(expected);

    const created = await listChanges(db, changesQuery.parse({ element: id, action: 'create' }));
    expect(created.changes.map((change) => change.id)).toEqual([ids[1]]);
    const streamed: string[] = [];
    for await (const change of allChanges(db, changesQuery.parse({ element: id, format: 'jsonl' }))) streamed.push(change.id);
    expect(streamed).toEqual(expected);
  });
});
