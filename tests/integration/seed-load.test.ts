import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts } from '../../api/src/explore/health.js';
import { toPlain } from '../../api/src/db/records.js';
import type { Database } from '../../api/src/db/driver.js';
import { loadSeedGraph } from '../../api/src/seed/load.js';
import { seedDir } from '../../api/src/seed/seed-dir.js';
import type { SeedGraph } from '../../api/src/seed/validate.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

let db: Database;
let graph: SeedGraph;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const result = await db.driver.executeQuery(cypher, params, { database: db.config.database, routing: 'READ' });
  return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

/** Every node and relationship with all properties, in a stable order. */
async function snapshot(): Promise<string> {
  const nodes = await rows('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id');
  const rels = await rows('MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS a, b.id AS b, properties(r) AS p ORDER BY id');
  return JSON.stringify({ nodes, rels });
}

beforeAll(async () => {
  db = testDatabase();
  graph = await loadRepositorySeed(db);
});
afterAll(async () => {
  await db.close();
});

describe('seed loading', () => {
  it('writes every validated node and relationship, per label and per type', async () => {
    const labels = await db.read('graph-label-counts');
    const expectedLabels: Record<string, number> = {};
    for (const node of graph.nodes) expectedLabels[node.label] = (expectedLabels[node.label] ?? 0) + 1;
    expect(Object.fromEntries(labels.map((row) => [row.label, row.count]))).toEqual(expectedLabels);

    const types = await db.read('graph-type-counts');
    const expectedTypes: Record<string, number> = {};
    for (const rel of graph.relationships) expectedTypes[rel.type] = (expectedTypes[rel.type] ?? 0) + 1;
    expect(Object.fromEntries(types.map((row) => [row.type, row.count]))).toEqual(expectedTypes);
  });

  it('is idempotent: loading again changes no count and no property', async () => {
    const before = await snapshot();
    await loadSeedGraph(db, graph);
    expect(await snapshot()).toBe(before);
  });

  it('writes nothing when a batch fails midway (one transaction)', async () => {
    const before = await graphCounts(db);
    const filler = Array.from({ length: 700 }, (_, i) => ({
      id: `topic-filler-${i}`,
      label: 'Topic' as const,
      properties: { id: `topic-filler-${i}`, name_en: `Filler ${i}`, aliases: [] },
    }));
    // Neo4j refuses a map as a property value: the second batch fails after the first succeeded.
    const broken = { id: 'topic-broken', label: 'Topic' as const, properties: { id: 'topic-broken', name_en: { nested: true } as never } };
    await expect(loadSeedGraph(db, { nodes: [...filler, broken], relationships: [] })).rejects.toThrow();
    expect(await graphCounts(db)).toEqual(before);
    expect(await rows("MATCH (n:Topic) WHERE n.id STARTS WITH 'topic-filler' RETURN count(n) AS c")).toEqual([{ c: 0 }]);
  });
});

describe('integrity of the loaded graph', () => {
  it('gives every document relationship its sources and a non-empty evidence per document', async () => {
    const bad = await rows(`
      MATCH ()-[r]->()
      WHERE r.sources IS NULL OR size(r.sources) = 0 OR size(r.evidence) <> size(r.sources)
         OR any(i IN range(0, size(r.sources) - 1) WHERE r.sources[i] STARTS WITH 'doc-' AND trim(r.evidence[i]) = '')
      RETURN r.id AS id LIMIT 10`);
    expect(bad).toEqual([]);
    const documentFacts = await rows("MATCH ()-[r]->() WHERE any(s IN r.sources WHERE s STARTS WITH 'doc-') RETURN count(r) AS c");
    expect(Number(documentFacts[0]?.c)).toBeGreaterThan(0);
  });

  it('gives every reference relationship a source_url', async () => {
    const bad = await rows(`
      MATCH ()-[r]->()
      WHERE any(s IN r.sources WHERE s STARTS WITH 'ref-') AND (r.source_url IS NULL OR trim(r.source_url) = '')
      RETURN r.id AS id LIMIT 10`);
    expect(bad).toEqual([]);
  });

  it('cites only sources that exist as Source nodes', async () => {
    const bad = await rows(`
      MATCH ()-[r]->() UNWIND r.sources AS s
      WITH DISTINCT s WHERE NOT EXISTS { MATCH (:Source {id: s}) }
      RETURN s`);
    expect(bad).toEqual([]);
  });

  it('gives every event a start date and a place, online: true, or a note that its source names no place', async () => {
    const bad = await rows(`
      MATCH (e:Event)
      WHERE e.start IS NULL
         OR (NOT (e)-[:HELD_IN]->(:City) AND coalesce(e.online, false) = false AND e.place_note IS NULL)
      RETURN e.id AS id`);
    expect(bad).toEqual([]);
    const placed = await rows('MATCH (e:Event) WHERE (e)-[:HELD_IN]->(:City) OR e.online RETURN count(e) AS c');
    const total = await rows('MATCH (e:Event) RETURN count(e) AS c');
    // Unplaced events are the exception, not the rule.
    expect(Number(placed[0]?.c)).toBeGreaterThan(Number(total[0]?.c) * 0.6);
  });

  it('uses only ISO 3166-1 alpha-2 codes (plus XK) from the reference list as Country ids', async () => {
    const reference = JSON.parse(readFileSync(path.join(seedDir, 'reference/countries.json'), 'utf8')) as { nodes: { id: string }[] };
    const known = new Set(reference.nodes.map((node) => node.id));
    const ids = (await rows('MATCH (c:Country) RETURN c.id AS id')).map((row) => String(row.id));
    expect(ids.length).toBe(known.size);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Z]{2}$/);
      expect(known.has(id), id).toBe(true);
    }
  });

  it('leaves no orphan node except Sources (cited by property) and Countries without any recorded fact', async () => {
    const orphans = await rows(`
      MATCH (n:Entity) WHERE NOT (n)--() AND NOT n:Source AND NOT n:Country
      RETURN n.id AS id`);
    expect(orphans).toEqual([]);
  });

  it('links every city to its country', async () => {
    const bad = await rows('MATCH (c:City) WHERE NOT (c)-[:LOCATED_IN]->(:Country) RETURN c.id AS id');
    expect(bad).toEqual([]);
  });
});
