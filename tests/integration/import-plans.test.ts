import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../api/src/db/connect.js';
import type { Database } from '../../api/src/db/driver.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { emptyDatabase } from '../fixtures/import/graph-snapshot.js';

/**
 * Right after a large import into an empty database, Neo4j's index statistics still describe an
 * empty index, and the planner once chose a full index scan per row for the relationship lookup
 * (100x slower: minutes for 100k relationships). Every import query that finds nodes by id must
 * plan index seeks, whatever the statistics say.
 */
let db: Database;

const QUERIES: [string, Record<string, unknown>][] = [
  ['import-lookup-nodes', { ids: ['a'] }],
  ['import-lookup-relationships', { rows: [{ id: 'a|ORGANISED|b', type: 'ORGANISED', from: 'a', to: 'b' }] }],
  ['import-update-nodes', { rows: [{ id: 'a', properties: { name_en: 'A' } }] }],
  ['import-create-relationships', { rows: [{ id: 'a|ORGANISED|b', type: 'ORGANISED', from: 'a', to: 'b', properties: {} }] }],
  ['import-update-relationships', { rows: [{ id: 'a|ORGANISED|b', type: 'ORGANISED', from: 'a', to: 'b', properties: {} }] }],
];

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

beforeAll(async () => {
  db = testDatabase();
  await applySchema(db);
  await emptyDatabase(db);
});

afterAll(async () => {
  await loadRepositorySeed(db);
  await db.close();
});

describe('import query plans on an empty database', () => {
  for (const [name, params] of QUERIES) {
    it(`${name} seeks nodes by id, never scans`, async () => {
      const { summary } = await db.driver.executeQuery(`EXPLAIN ${db.queries.get(name)}`, params, { database: db.config.database });
      const used = operators(summary.plan as never);
      expect(used.some((operator) => /IndexSeek/.test(operator)), used.join(' ')).toBe(true);
      expect(used.filter((operator) => /IndexScan|LabelScan|AllNodesScan/.test(operator)), used.join(' ')).toEqual([]);
    });
  }
});
