import { DOMParser } from '@xmldom/xmldom';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { EXPORT_FORMATS } from '../../api/src/contract/export.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { fixtureText, loadFixture } from '../fixtures/import/graph-snapshot.js';
import {
  databaseGraph,
  parseCsvZip,
  parseCytoscapeJson,
  parseGexf,
  parseGraphml,
  parseJsonLines,
  plain,
  type ParsedGraph,
} from '../fixtures/import/parse-exports.js';

let db: Database;
let app: TestApp;
let source: ParsedGraph;
const fixture = z
  .object({ nodes: z.array(z.looseObject({ id: z.string(), aliases: z.array(z.string()).optional() })) })
  .parse(JSON.parse(fixtureText('special-characters.json')));

async function download(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(`${app.baseUrl}${path}`, init);
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

async function exported(format: string): Promise<{ headers: Headers; body: Buffer }> {
  const { status, headers, body } = await download(`/api/export?format=${format}`);
  expect(status, body.toString('utf8').slice(0, 300)).toBe(200);
  return { headers, body };
}

/** The names, aliases and descriptions of the fixture, as written in the fixture file, survive. */
function expectFixtureTexts(parsed: ParsedGraph): void {
  for (const node of fixture.nodes) {
    const properties = parsed.nodes.get(node.id)?.properties;
    expect(properties, node.id).toBeDefined();
    for (const key of ['name_en', 'name_fr', 'description', 'title'])
      if (node[key] !== undefined) expect(properties?.[key], `${node.id}.${key}`).toBe(node[key]);
    expect(properties?.aliases, `${node.id}.aliases`).toEqual(node.aliases ?? []);
  }
}

/** Every declared attribute type fits the values Neo4j holds for that key. */
function expectTypedKeys(declared: { domain: string; name: string; type: string; list: boolean }[], graph: ParsedGraph): void {
  expect(declared.length).toBeGreaterThan(5);
  for (const { domain, name, type, list } of declared) {
    const elements = domain === 'node' ? [...graph.nodes.values()] : [...graph.edges.values()];
    const values = elements.map((element) => element.properties[name]).filter((value) => value !== undefined);
    if (values.length === 0) continue; // display keys (label, labels, type) are not properties
    for (const value of values) {
      if (Array.isArray(value)) expect(list, `${domain} ${name} is a list`).toBe(true);
      else if (typeof value === 'number') expect(['long', 'double', 'integer', 'float'], `${domain} ${name}`).toContain(type);
      else if (typeof value === 'boolean') expect(type, `${domain} ${name}`).toBe('boolean');
      else expect(type, `${domain} ${name}`).toBe('string');
    }
  }
}

beforeAll(async () => {
  db = testDatabase();
  await loadFixture(db);
  source = await databaseGraph(db);
  app = await startTestApp(db);
});

afterAll(async () => {
  await app?.close();
  await loadRepositorySeed(db);
  await db.close();
});

describe('export formats, whole fixture graph, read back with independent parsers', () => {
  it('the fixture is what the tests think it is', () => {
    expect(source.nodes.size).toBe(fixture.nodes.length);
    expect(source.edges.size).toBeGreaterThan(10);
    expect(source.nodes.get('fixture-obrien')?.properties.name_en).toContain('&');
  });

  it('Cytoscape.js JSON: Cytoscape loads it; nodes, edges and every property match', async () => {
    const { headers, body } = await exported('cytoscape');
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="?liaison-graph-\d{4}-\d{2}-\d{2}\.cyjs"?$/);
    const parsed = parseCytoscapeJson(body.toString('utf8'));
    expect(parsed.cytoscapeCounts).toEqual({ nodes: source.nodes.size, edges: source.edges.size });
    expect(plain(parsed)).toEqual(plain(source));
    expectFixtureTexts(parsed);
  });

  it('GraphML: graphology-graphml reads it; typed keys; nodes, edges and every property match', async () => {
    const { headers, body } = await exported('graphml');
    expect(headers.get('content-disposition')).toMatch(/\.graphml"?$/);
    const text = body.toString('utf8');
    const parsed = parseGraphml(text);
    expect(plain(parsed)).toEqual(plain(source));
    expectFixtureTexts(parsed);
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const keys = Array.from(doc.getElementsByTagName('key')).map((key) => ({
      domain: key.getAttribute('for') ?? '',
      name: key.getAttribute('attr.name') ?? '',
      type: key.getAttribute('attr.type') ?? '',
      list: /JSON array/.test(key.getElementsByTagName('desc')[0]?.textContent ?? ''),
    }));
    expectTypedKeys(keys, source);
    expect(keys.find((key) => key.domain === 'node' && key.name === 'online')?.type).toBe('boolean');
  });

  it('GEXF 1.3: graphology-gexf reads it; typed attributes; dates as spells', async () => {
    const { headers, body } = await exported('gexf');
    expect(headers.get('content-disposition')).toMatch(/\.gexf"?$/);
    const text = body.toString('utf8');
    const parsed = parseGexf(text);
    expect(parsed.root.version).toBe('1.3');
    expect(parsed.root.mode).toBe('dynamic');
    expect(plain(parsed)).toEqual(plain(source));
    expectFixtureTexts(parsed);
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const declared = Array.from(doc.getElementsByTagName('attributes')).flatMap((group) =>
      Array.from(group.getElementsByTagName('attribute')).map((attribute) => ({
        domain: group.getAttribute('class') ?? '',
        name: attribute.getAttribute('title') ?? '',
        type: (attribute.getAttribute('type') ?? '').replace(/^list/, ''),
        list: (attribute.getAttribute('type') ?? '').startsWith('list'),
      })),
    );
    expectTypedKeys(declared, source);
    // Events span their dates; partial dates cover their whole year or month.
    expect(parsed.spells.get('node:event-2021-fixture-meeting')).toEqual([{ start: '2021-11-15', end: '2021-11-16' }]);
    expect(parsed.spells.get('node:event-2019-fixture-campaign')).toEqual([{ start: '2019-01-01', end: '2019-12-31' }]);
    expect(parsed.spells.get('edge:fixture-unodc|EVALUATED|XK|3')).toEqual([{ start: '2024-02-01', end: '2024-02-29' }]);
    expect(parsed.spells.get('edge:person-fixture-zhang-wei|AFFILIATED_WITH|fixture-unodc')).toEqual([{ start: '2018-01-01', end: '2021-06-30' }]);
    // Undated elements have no spell, so Gephi shows them at every time.
    expect(parsed.spells.has('node:fixture-unodc')).toBe(false);
  });

  it('CSV: a zip of nodes.csv and edges.csv that csv-parse reads back exactly', async () => {
    const { headers, body } = await exported('csv');
    expect(headers.get('content-type')).toBe('application/zip');
    expect(headers.get('content-disposition')).toMatch(/\.zip"?$/);
    const parsed = await parseCsvZip(body);
    expect(parsed.files).toEqual(['edges.csv', 'nodes.csv']);
    expect(parsed.nodesCsv.charCodeAt(0)).toBe(0xfeff);
    expect(plain(parsed)).toEqual(plain(source));
    expectFixtureTexts(parsed);
  });

  it('JSON Lines: one element per line, every property matches', async () => {
    const { headers, body } = await exported('jsonl');
    expect(headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = body.toString('utf8');
    expect(text.trim().split('\n')).toHaveLength(source.nodes.size + source.edges.size);
    const parsed = parseJsonLines(text);
    expect(plain(parsed)).toEqual(plain(source));
    expectFixtureTexts(parsed);
  });

  it('Cypher: one parameter-free statement per line, strings escaped', async () => {
    const { body } = await exported('cypher');
    const statements = body
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('//'));
    expect(statements.every((line) => line.endsWith(';'))).toBe(true);
    expect(statements.some((line) => line.includes('$'))).toBe(false);
    // The O'Brien name, with its quote escaped, appears as a literal.
    expect(statements.some((line) => line.includes("'O\\'Brien & \"Partners\" <Anti-Trafficking>, Inc.'"))).toBe(true);
  });

  it('reports the counts in headers, as GET /api/export/count does', async () => {
    const count = await download('/api/export/count');
    const counts = JSON.parse(count.body.toString('utf8'));
    expect(counts.nodes).toBe(source.nodes.size);
    expect(counts.edges).toBe(source.edges.size);
    const labels: Record<string, number> = {};
    for (const node of source.nodes.values()) for (const label of node.labels ?? []) labels[label] = (labels[label] ?? 0) + 1;
    expect(counts.labels).toEqual(labels);
    for (const format of EXPORT_FORMATS) {
      const { headers } = await exported(format);
      expect(headers.get('x-export-nodes'), format).toBe(String(source.nodes.size));
      expect(headers.get('x-export-edges'), format).toBe(String(source.edges.size));
    }
  });
});
