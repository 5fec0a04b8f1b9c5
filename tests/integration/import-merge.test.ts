import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { importDocument } from '../../api/src/import/import.js';
import { readImportFiles } from '../../api/src/import/read.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { z } from 'zod';
import { rows, rowsOf, snapshot } from '../fixtures/import/graph-snapshot.js';

/**
 * Merge semantics (docs/export-import.md), on the repository seed: a new source for an existing
 * fact appends provenance and never duplicates the relationship; identical facts are unchanged;
 * qualifiers already held are kept; nodes take the properties a file gives and keep the others.
 */
let db: Database;
/** A document-sourced relationship of the seed, as the database holds it. */
let fact: { id: string; type: string; from: string; to: string; round: number | null; sources: string[]; evidence: string[]; role: string | null };

const NEW_SOURCE = {
  label: 'Source',
  id: 'doc-fixture-second-report',
  kind: 'document',
  title: 'A second report stating a known fact',
  language: 'en',
  published: '2024-05',
};

const actorProperties = z.object({ p: z.looseObject({ aliases: z.array(z.string()), kind: z.string(), name_en: z.string() }) });

function seedFile(name: string, data: unknown) {
  return readImportFiles([{ name, json: data }]);
}

async function relationship(id: string) {
  const [row] = await rowsOf(
    db,
    z.object({ p: z.looseObject({ sources: z.array(z.string()), evidence: z.array(z.string()), role: z.string().optional() }), copies: z.number() }),
    'MATCH ()-[r]->() WHERE r.id = $id RETURN properties(r) AS p, count(*) AS copies',
    { id },
  );
  return row;
}

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  const [row] = await rows(
    db,
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE size(r.sources) = 1 AND r.sources[0] STARTS WITH 'doc-' AND r.role IS NOT NULL
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.round AS round, r.sources AS sources, r.evidence AS evidence, r.role AS role
     ORDER BY r.id LIMIT 1`,
  );
  fact = row as typeof fact;
});

afterAll(async () => {
  await loadRepositorySeed(db);
  await db.close();
});

describe('merge semantics', () => {
  it('a seed fact was found to work on', () => {
    expect(fact?.id).toBeTruthy();
    expect(fact.sources).toHaveLength(1);
  });

  it('a dry run reports the new source and the added provenance, and writes nothing', async () => {
    const before = await snapshot(db);
    const report = await importDocument(
      db,
      seedFile('second-source.json', {
        nodes: [NEW_SOURCE],
        relationships: [
          {
            type: fact.type,
            from: fact.from,
            to: fact.to,
            ...(fact.round ? { round: fact.round } : {}),
            source: NEW_SOURCE.id,
            evidence: 'the second report says so',
          },
        ],
      }),
      { dryRun: true },
    );
    expect(report.dryRun).toBe(true);
    expect(report.nodes.byLabel).toEqual({ Source: { created: 1, updated: 0, unchanged: 0 } });
    expect(report.relationships.byType).toEqual({ [fact.type]: { created: 0, updated: 1, unchanged: 0 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a new source for an existing fact appends provenance and does not duplicate the relationship', async () => {
    const countBefore = (await rows(db, 'MATCH ()-[r]->() RETURN count(r) AS c'))[0]?.c;
    const report = await importDocument(
      db,
      seedFile('second-source.json', {
        nodes: [NEW_SOURCE],
        relationships: [
          {
            type: fact.type,
            from: fact.from,
            to: fact.to,
            ...(fact.round ? { round: fact.round } : {}),
            source: NEW_SOURCE.id,
            evidence: 'the second report says so',
          },
        ],
      }),
    );
    expect(report.relationships).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const after = await relationship(fact.id);
    expect(after?.copies).toBe(1);
    expect(after?.p.sources).toEqual([...fact.sources, NEW_SOURCE.id]);
    expect(after?.p.evidence).toEqual([...fact.evidence, 'the second report says so']);
    expect(after?.p.role).toBe(fact.role);
    expect((await rows(db, 'MATCH ()-[r]->() RETURN count(r) AS c'))[0]?.c).toBe(countBefore);
  });

  it('identical facts are unchanged, and importing them writes nothing', async () => {
    const before = await snapshot(db);
    const report = await importDocument(
      db,
      seedFile('restated.json', {
        relationships: [
          {
            type: fact.type,
            from: fact.from,
            to: fact.to,
            ...(fact.round ? { round: fact.round } : {}),
            source: fact.sources[0],
            evidence: fact.evidence[0],
          },
          {
            type: fact.type,
            from: fact.from,
            to: fact.to,
            ...(fact.round ? { round: fact.round } : {}),
            source: NEW_SOURCE.id,
            evidence: 'the second report says so',
          },
        ],
      }),
    );
    expect(report.relationships).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a qualifier the database holds is kept; the difference is reported as a warning', async () => {
    const report = await importDocument(
      db,
      seedFile('other-role.json', {
        relationships: [
          {
            type: fact.type,
            from: fact.from,
            to: fact.to,
            ...(fact.round ? { round: fact.round } : {}),
            role: 'a different role',
            source: NEW_SOURCE.id,
            evidence: 'a third quote',
          },
        ],
      }),
    );
    expect(report.relationships).toMatchObject({ updated: 1 });
    expect(report.warnings).toEqual([
      expect.objectContaining({ file: 'other-role.json', field: 'role', message: expect.stringContaining(String(fact.role)) }),
    ]);
    const after = await relationship(fact.id);
    expect(after?.p.role).toBe(fact.role);
    expect(after?.p.evidence).toEqual([...fact.evidence, 'the second report says so', 'a third quote']);
  });

  it('a node takes the properties the file gives and keeps the others', async () => {
    const [node] = await rowsOf(db, actorProperties, "MATCH (n:Actor {id: 'greta'}) RETURN properties(n) AS p");
    expect(node?.p.aliases.length).toBeGreaterThan(0);
    const report = await importDocument(
      db,
      seedFile('greta-description.json', {
        nodes: [{ label: 'Actor', id: 'greta', kind: node?.p.kind, name_en: node?.p.name_en, description: 'A description given by an import.' }],
      }),
    );
    expect(report.nodes.byLabel).toEqual({ Actor: { created: 0, updated: 1, unchanged: 0 } });
    const [after] = await rowsOf(db, actorProperties, "MATCH (n:Actor {id: 'greta'}) RETURN properties(n) AS p");
    expect(after?.p).toEqual({ ...node?.p, description: 'A description given by an import.' });
  });
});
