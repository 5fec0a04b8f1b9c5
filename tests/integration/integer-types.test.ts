import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { importDocument } from '../../api/src/import/import.js';
import { readImportFiles } from '../../api/src/import/read.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { seededForFile } from '../support/db.js';

/**
 * Whole numbers must be stored as Neo4j INTEGER, not FLOAT (JS numbers travel as floats unless
 * converted): typed exports declare them as integers, and Cypher compares `round = 1` either way
 * but `valueType()` and other clients do not. Read the stored types back with `valueType()`.
 */
let db: Database;

async function valueTypes(cypher: string): Promise<Record<string, number>> {
  const found = await rows(db, `${cypher} RETURN valueType(value) AS type, count(*) AS count`);
  return Object.fromEntries(found.map((row) => [String(row.type), Number(row.count)]));
}

const seeded = seededForFile();
beforeAll(() => ({ db } = seeded));

describe('integers in the database', () => {
  it('stores the seed rounds, participants and view positions as INTEGER', async () => {
    const graph = seeded.graph;
    const rounds = new Set(graph.relationships.filter((rel) => rel.properties.round !== undefined).map((rel) => rel.id)).size;
    const participants = graph.nodes.filter((node) => (node.properties as { participants?: number }).participants !== undefined).length;
    expect(rounds).toBeGreaterThan(0);
    expect(participants).toBeGreaterThan(0);
    expect(await valueTypes('MATCH ()-[r]->() WHERE r.round IS NOT NULL WITH r.round AS value')).toEqual({ 'INTEGER NOT NULL': rounds });
    expect(await valueTypes('MATCH (n:Entity) WHERE n.participants IS NOT NULL WITH n.participants AS value')).toEqual({
      'INTEGER NOT NULL': participants,
    });
    // Curated views (stories are :View nodes too, without a position).
    const views = await valueTypes('MATCH (v:View) WHERE v.kind IS NULL WITH v.position AS value');
    expect(Object.keys(views)).toEqual(['INTEGER NOT NULL']);
  });

  it('stores imported whole numbers as INTEGER', async () => {
    const file = {
      nodes: [{ label: 'Event', id: 'event-2030-integer-check', kind: 'meeting', name_en: 'Integer check', start: '2030-01-02', participants: 41 }],
      relationships: [
        {
          type: 'EVALUATED',
          from: 'greta',
          to: 'AD',
          round: 9,
          date: '2030-01-02',
          source: 'ref-greta-evaluations',
          source_url: 'https://example.org/round-nine',
        },
      ],
    };
    const report = await importDocument(db, readImportFiles([{ name: 'integers.json', json: file }]));
    expect(report.nodes.created).toBe(1);
    expect(report.relationships.created).toBe(1);
    const [stored] = await rows(
      db,
      `MATCH (e:Event {id: 'event-2030-integer-check'}), (:Entity {id: 'greta'})-[r:EVALUATED {round: 9}]->(:Entity {id: 'AD'})
       RETURN valueType(e.participants) AS participants, valueType(r.round) AS round, e.participants AS count`,
    );
    expect(stored).toEqual({ participants: 'INTEGER NOT NULL', round: 'INTEGER NOT NULL', count: 41 });
  });
});
