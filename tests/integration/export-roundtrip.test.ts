import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport, type ImportReportBody } from '../../api/src/contract/import.js';
import type { Database } from '../../api/src/db/driver.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { emptyDatabase, loadFixture, snapshot } from '../fixtures/import/graph-snapshot.js';

/**
 * Round trip: export from the API, empty the database, import the file back (POST /api/import, or
 * running the Cypher script), and compare full snapshots of the knowledge graph: every node,
 * relationship, label, property and property type must be identical.
 */
const ADMIN_TOKEN = 'round-trip-admin-token-0123456789';
let db: Database;
let app: TestApp;
const savedToken = process.env.ADMIN_TOKEN;

async function download(path: string, init: RequestInit = {}): Promise<Buffer> {
  const response = await fetch(`${app.baseUrl}${path}`, init);
  const body = Buffer.from(await response.arrayBuffer());
  expect(response.status, body.toString('utf8').slice(0, 300)).toBe(200);
  return body;
}

async function importOverHttp(body: Buffer, filename: string): Promise<ImportReportBody> {
  const response = await fetch(`${app.baseUrl}/api/import?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(body),
  });
  const report: unknown = await response.json();
  expect(response.status, JSON.stringify(report).slice(0, 2000)).toBe(200);
  return importReport.parse(report);
}

/** Runs a Cypher export script statement by statement (one per line), as cypher-shell would. */
async function runCypherScript(script: string): Promise<number> {
  const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
  for (const statement of statements) await db.driver.executeQuery(statement, {}, { database: db.config.database });
  return statements.length;
}

beforeAll(async () => {
  process.env.ADMIN_TOKEN = ADMIN_TOKEN;
  db = testDatabase();
  app = await startTestApp(db);
});

afterAll(async () => {
  if (savedToken === undefined) delete process.env.ADMIN_TOKEN;
  else process.env.ADMIN_TOKEN = savedToken;
  await app?.close();
  await loadRepositorySeed(db);
  await db.close();
});

describe('round trip of the fixture graph: export, empty database, import, identical', () => {
  for (const [format, filename] of [
    ['cytoscape', 'export.cyjs'],
    ['graphml', 'export.graphml'],
    ['csv', 'export.zip'],
    ['jsonl', 'export.jsonl'],
  ] as const) {
    // The first of these meets a cold database (plans, caches): minutes on a busy 2-core machine.
    it(`${format}`, { timeout: 180_000 }, async () => {
      await loadFixture(db);
      const before = await snapshot(db, 'graph');
      expect(before.nodes.length).toBeGreaterThan(10);
      const file = await download(`/api/export?format=${format}`);
      await emptyDatabase(db);
      expect((await snapshot(db, 'graph')).nodes).toEqual([]);
      const report = await importOverHttp(file, filename);
      expect(report.nodes.created).toBe(before.nodes.length);
      expect(report.relationships.created).toBe(before.edges.length);
      expect(await snapshot(db, 'graph')).toEqual(before);
      // Importing the same file again changes nothing, and says so.
      const again = await importOverHttp(file, filename);
      expect(again.nodes).toMatchObject({ created: 0, updated: 0, unchanged: before.nodes.length });
      expect(again.relationships).toMatchObject({ created: 0, updated: 0, unchanged: before.edges.length });
      expect(await snapshot(db, 'graph')).toEqual(before);
    });
  }

  it('cypher: the script recreates the graph in an empty database', async () => {
    await loadFixture(db);
    const before = await snapshot(db, 'graph');
    const script = (await download('/api/export?format=cypher')).toString('utf8');
    await emptyDatabase(db);
    expect(await runCypherScript(script)).toBeGreaterThan(3);
    expect(await snapshot(db, 'graph')).toEqual(before);
  });
});

describe('round trip of a selection', () => {
  it('exports the chosen nodes, the relationships among them and the sources they cite; imports to exactly that', async () => {
    await loadFixture(db);
    const before = await snapshot(db, 'graph');
    const ids = ['fixture-obrien', 'fixture-unodc', 'event-2021-fixture-meeting', 'city-fixture-kyiv'];
    const edges = before.edges.filter((edge) => ids.includes(edge.source) && ids.includes(edge.target));
    const cited = new Set(edges.flatMap((edge) => edge.properties.sources as string[]));
    const nodes = before.nodes.filter((node) => ids.includes(node.id) || cited.has(node.id));
    expect(edges.length).toBeGreaterThan(2);
    expect(cited.size).toBeGreaterThan(0);

    const file = await download('/api/export?format=graphml', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    await emptyDatabase(db);
    await importOverHttp(file, 'selection.graphml');
    expect(await snapshot(db, 'graph')).toEqual({ nodes, edges });
  });
});

describe('round trip of the whole repository seed', () => {
  // Three seed loads and two imports: minutes on a busy 2-core machine.
  it('JSON Lines and GraphML exports of the seed import back identical', { timeout: 300_000 }, async () => {
    await loadRepositorySeed(db);
    const before = await snapshot(db, 'graph');
    expect(before.edges.length).toBeGreaterThan(100);
    for (const [format, filename] of [
      ['jsonl', 'seed.jsonl'],
      ['graphml', 'seed.graphml'],
    ] as const) {
      const file = await download(`/api/export?format=${format}`);
      await emptyDatabase(db);
      await importOverHttp(file, filename);
      expect(await snapshot(db, 'graph'), format).toEqual(before);
      await loadRepositorySeed(db);
    }
  });
});
