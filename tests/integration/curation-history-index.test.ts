import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../api/src/auth/actor.js';
import { recordChange, touchNeedle } from '../../api/src/curation/audit.js';
import { historyOf } from '../../api/src/curation/history.js';
import { applySchema } from '../../api/src/db/connect.js';
import type { Database } from '../../api/src/db/driver.js';
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

describe('history of an element', () => {
  it('is planned as an index seek on the touched ids, never a scan of every change', async () => {
    const result = await db.driver.executeQuery(
      `EXPLAIN ${db.queries.get('curate-history')}`,
      { id: 'x', needle: touchNeedle('x'), limit: 10 },
      { database: db.config.database },
    );
    const plan = operators(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(plan.some((operator) => operator.startsWith('NodeIndexContainsScan'))).toBe(true);
    expect(plan.some((operator) => operator.startsWith('NodeIndexSeek'))).toBe(true);
    expect(plan.filter((operator) => /NodeByLabelScan|AllNodesScan/.test(operator))).toEqual([]);
  });

  it('finds the changes that touched the element, also in passing, and no other', async () => {
    const id = `${TAG}-city`;
    const record = (elementId: string, alsoTouches: string[]) =>
      db.writeTransaction((tx) =>
        recordChange(tx, cliActor('index-test'), {
          action: 'update',
          elementKind: 'node',
          elementId,
          alsoTouches,
          before: null,
          after: null,
          note: TAG,
        }),
      );
    const own = await record(id, []);
    const passing = await record(`${TAG}-event|HELD_IN|${id}`, [`${TAG}-event`, id]);
    const lookalike = await record(`${id}-2`, [`${id}-20`]);
    const found = (await historyOf(db, id)).map((change) => change.id);
    expect(found.sort()).toEqual([own, passing].sort());
    expect(found).not.toContain(lookalike);
  });
});
