import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { importDocument } from '../../api/src/import/import.js';
import { readImportFiles } from '../../api/src/import/read.js';
import { seededForFile } from '../support/db.js';
import { z } from 'zod';
import { rows, rowsOf, snapshot } from '../fixtures/import/graph-snapshot.js';

/**
 * All or nothing: an import that fails after most of its batches were written leaves the database
 * exactly as before (a full snapshot of every node, relationship and property, :View nodes included).
 */
let db: Database;
let eventId: string;

/** 5,000 topics and 5,000 relationships to them: 10,000 elements, ten batches of 1,000. */
function tenThousandElements(extraNodes: unknown[] = []) {
  const nodes = Array.from({ length: 5000 }, (_, i) => ({
    label: 'Topic',
    id: `topic-fixture-bulk-${i}`,
    name_en: `Bulk topic ${i}`,
    name_fr: `Thème ${i}`,
  }));
  const relationships = nodes.map((node) => ({
    type: 'ADDRESSES',
    from: eventId,
    to: node.id,
    source: 'doc-coe-annual-meeting-2021',
    evidence: 'la réunion a abordé ce thème',
  }));
  return readImportFiles([{ name: 'bulk.json', json: { nodes: [...nodes, ...extraNodes], relationships } }]);
}

const seeded = seededForFile();
beforeAll(async () => {
  db = seeded.db;
  const [row] = await rowsOf(db, z.object({ id: z.string() }), 'MATCH (e:Event) RETURN e.id AS id ORDER BY id LIMIT 1');
  eventId = row!.id;
});

describe('an import is all or nothing', () => {
  it('a failure injected in the last of ten batches leaves the database exactly as before', async () => {
    const before = await snapshot(db);
    const seen: number[] = [];
    const failure = await importDocument(db, tenThousandElements(), {
      batchSize: 1000,
      onBatch: ({ batch, batches }) => {
        seen.push(batch);
        if (batch === batches) throw new Error('forced failure in the last batch');
      },
    }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe('forced failure in the last batch');
    // Every batch before the last really was written inside the transaction.
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a constraint violation that validation cannot see, met after five batches were written, rolls everything back', async () => {
    // A Country node without :Entity: the import's id lookup cannot see it, Country's uniqueness constraint can.
    await db.driver.executeQuery("CREATE (:Country {id: 'ZZ', name_en: 'Not an entity'})", {}, { database: db.config.database });
    const before = await snapshot(db);
    const failure = await importDocument(db, tenThousandElements([{ label: 'Country', id: 'ZZ', name_en: 'Clashing country' }]), {
      batchSize: 1000,
    }).catch((error: unknown) => error);
    expect(String((failure as { code?: string }).code)).toMatch(/ConstraintValidationFailed/);
    expect(await snapshot(db)).toEqual(before);
    await db.driver.executeQuery("MATCH (c:Country {id: 'ZZ'}) WHERE NOT c:Entity DELETE c", {}, { database: db.config.database });
  });

  it('the same import without the failure writes all 10,000 elements', async () => {
    const report = await importDocument(db, tenThousandElements(), { batchSize: 1000 });
    expect(report.nodes.created).toBe(5000);
    expect(report.relationships.created).toBe(5000);
    const [count] = await rows(db, "MATCH (:Event)-[r:ADDRESSES]->(t:Topic) WHERE t.id STARTS WITH 'topic-fixture-bulk-' RETURN count(r) AS c");
    expect(count?.c).toBe(5000);
  });
});
