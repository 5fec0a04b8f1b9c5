/**
 * Exports read by the researchers' own tools: Gephi's importers (gephi-toolkit, headless), the
 * GEXF 1.3 and GraphML 1.0 schemas (JDK validator), NetworkX and igraph. Each must hold exactly
 * what /api/export/count announces, keep every parallel relationship with its kind, place dated
 * relationships on the timeline by the documented rule, and carry every script and character.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { DEFAULT_RATE_LIMITS } from '../../api/src/app.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { GRAPHML_LABEL_EXTENSION, graphmlSchema, gexfSchema } from '../support/schemas.js';
import { readWithPython, runGephi, type GephiResult, type PythonReading, type PythonResult } from '../support/readers.js';
import { z } from 'zod';
import { fixtureText, loadFixture, rowsOf } from '../fixtures/import/graph-snapshot.js';
import { parseJsonLines, unzip, type ParsedGraph } from '../fixtures/import/parse-exports.js';

let db: Database;
let app: TestApp;
let dir: string;

interface Count {
  nodes: number;
  edges: number;
}

/** One selection exported in every format the readers take, with what the API says it holds. */
interface Exported {
  name: string;
  count: Count;
  graph: ParsedGraph;
  files: { gexf: string; graphml: string; csv: [string, string]; gephi: [string, string] };
}

async function download(query: string): Promise<Buffer> {
  const response = await fetch(`${app.baseUrl}/api/export?${query}`);
  const body = Buffer.from(await response.arrayBuffer());
  expect(response.status, body.toString('utf8').slice(0, 300)).toBe(200);
  return body;
}

/**
 * What /api/export/count announces. A view is recomputed on each request, within the query
 * timeout: on a saturated test machine that can run out (a 400 saying so), so that one answer is
 * asked again, a few times; anything else fails at once.
 */
async function announced(selection: string): Promise<Count> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${app.baseUrl}/api/export/count?${selection}`);
    const body = (await response.json()) as Count & { error?: { message: string } };
    if (response.status === 200) return body;
    const timedOut = response.status === 400 && /time or memory allowed/.test(body.error?.message ?? '');
    if (!timedOut || attempt === 3) throw new Error(`/api/export/count?${selection}: ${response.status} ${JSON.stringify(body)}`);
  }
}

async function exportAll(name: string, selection: string): Promise<Exported> {
  const and = selection ? `&${selection}` : '';
  const count = await announced(selection);
  const file = (suffix: string) => path.join(dir, `${name}.${suffix}`);
  const write = (target: string, bytes: Buffer) => (writeFileSync(target, bytes), target);
  const gexf = write(file('gexf'), await download(`format=gexf${and}`));
  const graphml = write(file('graphml'), await download(`format=graphml${and}`));
  const tidy = await unzip(await download(`format=csv${and}`));
  const gephi = await unzip(await download(`format=gephi${and}`));
  const pair = (files: Map<string, Buffer>, prefix: string): [string, string] => [
    write(file(`${prefix}-nodes.csv`), files.get('nodes.csv') ?? Buffer.alloc(0)),
    write(file(`${prefix}-edges.csv`), files.get('edges.csv') ?? Buffer.alloc(0)),
  ];
  const graph = parseJsonLines((await download(`format=jsonl${and}`)).toString('utf8'));
  return { name, count, graph, files: { gexf, graphml, csv: pair(tidy, 'csv'), gephi: pair(gephi, 'gephi') } };
}

/** The documented kind (docs/export-import.md): the type, with the round when there is one. */
function expectedKind(type: string | undefined, properties: Record<string, unknown>): string {
  return properties.round === undefined ? String(type) : `${type} round ${properties.round}`;
}

/** Gephi holds the announced counts, every relationship as its own edge, with its kind. */
function expectGephiHolds(result: GephiResult | undefined, exported: Exported, format: string): void {
  const label = `${exported.name} ${format}`;
  expect(result?.error, label).toBeUndefined();
  expect({ nodes: result?.nodes, edges: result?.edges }, label).toEqual({ nodes: exported.count.nodes, edges: exported.count.edges });
  // GraphML edge ids are written `from:TYPE:to` (XML name tokens cannot hold `|`).
  const kinds = new Map((result?.edgeList ?? []).map((edge) => [edge.id.replace(/:/g, '|'), edge.kind]));
  for (const [id, edge] of exported.graph.edges) expect(kinds.get(id), `${label} kind of ${id}`).toBe(expectedKind(edge.type, edge.properties));
}

function expectPythonHolds(reading: PythonReading | undefined, exported: Exported, what: string): void {
  if (reading?.skip) {
    console.warn(`${what}: skipped, ${reading.skip}`);
    expect(reading.skip).toMatch(/not installed|no .* reader|has no/);
    return;
  }
  expect(reading?.error, what).toBeUndefined();
  expect({ nodes: reading?.nodes, edges: reading?.edges }, what).toEqual({ nodes: exported.count.nodes, edges: exported.count.edges });
}

const views = (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'seed', 'views.json'), 'utf8')) as { views: { id: string }[] })
  .views;

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  // About fifty exports in a few minutes: above the per-client export limit a user gets (30 a minute).
  app = await startTestApp(db, { rateLimits: { ...DEFAULT_RATE_LIMITS, export: 10_000 } });
  dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-readers-'));
});

afterAll(async () => {
  await app?.close();
  await loadRepositorySeed(db);
  await db.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the whole graph and every curated view in Gephi, the XSDs, NetworkX and igraph', () => {
  let selections: Exported[] = [];
  let gephi = new Map<string, GephiResult>();

  beforeAll(async () => {
    selections = [await exportAll('graph', '')];
    for (const view of views) selections.push(await exportAll(view.id, `view=${encodeURIComponent(view.id)}`));
    const jobs = selections.flatMap(({ files }) => [
      `gexf=${files.gexf}`,
      `graphml=${files.graphml}`,
      `csv=${files.gephi.join(',')}`,
      `xsd=${gexfSchema},${files.gexf}`,
      ...(graphmlSchema.path ? [`xsd=${graphmlSchema.path},${files.graphml}`, `xsd=${graphmlSchema.plain},${files.graphml}`] : []),
    ]);
    gephi = new Map((await runGephi(jobs)).map((result) => [result.job, result]));
  }, 600_000);

  it('the selections are the interesting ones: parallel relationships, rounds, a computed view', () => {
    const whole = selections[0]!;
    const pairs = new Map<string, number>();
    for (const edge of whole.graph.edges.values()) pairs.set(`${edge.source}>${edge.target}`, (pairs.get(`${edge.source}>${edge.target}`) ?? 0) + 1);
    expect([...pairs.values()].filter((n) => n > 1).length).toBeGreaterThan(100);
    expect([...whole.graph.edges.values()].some((edge) => edge.properties.round !== undefined)).toBe(true);
    const cooperation = selections.find(({ graph }) => [...graph.edges.values()].some((edge) => edge.type === 'COOPERATED_WITH'));
    expect(cooperation?.count.edges, 'a computed view exports its computed links').toBeGreaterThan(0);
    for (const edge of cooperation?.graph.edges.values() ?? []) {
      expect(edge.properties.weight).toBeGreaterThan(0);
      expect((edge.properties.events as string[]).length).toBeGreaterThan(0);
    }
  });

  it('Gephi imports GEXF, GraphML and the Gephi CSV with exactly the announced nodes and edges, each with its kind', () => {
    for (const exported of selections) {
      expectGephiHolds(gephi.get(`gexf=${exported.files.gexf}`), exported, 'GEXF');
      expectGephiHolds(gephi.get(`graphml=${exported.files.graphml}`), exported, 'GraphML');
      expectGephiHolds(gephi.get(`csv=${exported.files.gephi.join(',')}`), exported, 'Gephi CSV');
    }
  });

  it('GEXF is valid against the GEXF 1.3 schema; GraphML against GraphML 1.0', () => {
    for (const { files, name } of selections) {
      const gexf = gephi.get(`xsd=${gexfSchema},${files.gexf}`);
      expect(gexf?.errors, `${name} GEXF`).toEqual([]);
      expect(gexf?.valid).toBe(true);
      if (!graphmlSchema.path) {
        console.warn(`GraphML XSD check not run: ${graphmlSchema.missing}`);
        expect(graphmlSchema.missing).toMatch(/graphml/);
        continue;
      }
      const graphml = gephi.get(`xsd=${graphmlSchema.path},${files.graphml}`);
      expect(graphml?.errors, `${name} GraphML`).toEqual([]);
      expect(graphml?.valid).toBe(true);
      // Against the plain GraphML 1.0 schema, the edge `label` Gephi needs is the only thing reported.
      const plain = gephi.get(`xsd=${graphmlSchema.plain},${files.graphml}`);
      for (const error of plain?.errors ?? []) expect(error, `${name} GraphML, plain 1.0 schema`).toMatch(GRAPHML_LABEL_EXTENSION);
    }
  });

  it('Gephi places dated relationships and events on its timeline by the documented rule', async () => {
    const [member] = await rowsOf(
      db,
      z.object({ id: z.string(), start: z.string() }),
      "MATCH ()-[r:MEMBER_OF]->() WHERE r.start =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' AND r.end IS NULL RETURN r.id AS id, r.start AS start LIMIT 1",
    );
    const [party] = await rowsOf(
      db,
      z.object({ id: z.string(), start: z.string() }),
      "MATCH ()-[r:PARTY_TO]->() WHERE r.date IS NOT NULL AND r.start =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' AND r.start > r.date RETURN r.id AS id, r.date AS start LIMIT 1",
    );
    const [signature] = await rowsOf(
      db,
      z.object({ id: z.string(), date: z.string() }),
      "MATCH ()-[r:SIGNED]->() WHERE r.date =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' RETURN r.id AS id, r.date AS date LIMIT 1",
    );
    const [event] = await rowsOf(
      db,
      z.object({ id: z.string(), start: z.string(), end: z.string() }),
      "MATCH (e:Event) WHERE e.start =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' AND e.end =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' AND e.end > e.start RETURN e.id AS id, e.start AS start, e.end AS end LIMIT 1",
    );
    expect([member, party, signature, event].every(Boolean)).toBe(true);
    const expected = {
      edges: new Map<string, [string, string][]>([
        [member!.id, [[member!.start, 'Infinity']]],
        [party!.id, [[party!.start, 'Infinity']]],
        [signature!.id, [[signature!.date, 'Infinity']]],
      ]),
      node: { id: event!.id, spells: [[event!.start, event!.end]] },
    };
    const whole = selections[0]!;
    for (const job of [`gexf=${whole.files.gexf}`, `csv=${whole.files.gephi.join(',')}`]) {
      const result = gephi.get(job);
      const edges = new Map((result?.edgeList ?? []).map((edge) => [edge.id, edge.spells]));
      for (const [id, spells] of expected.edges) expect(edges.get(id), `${job}: ${id}`).toEqual(spells);
      const node = result?.nodeList?.find((candidate) => candidate.id === expected.node.id);
      expect(node?.spells, `${job}: ${expected.node.id}`).toEqual(expected.node.spells);
    }
  });

  it('NetworkX (MultiDiGraph) and igraph read GraphML, GEXF and the tidy CSV with the announced counts', async () => {
    const readings = await readWithPython(
      selections.flatMap(({ files }) => [
        { format: 'graphml' as const, files: [files.graphml] },
        { format: 'gexf' as const, files: [files.gexf] },
        { format: 'csv' as const, files: files.csv },
      ]),
    );
    for (const [index, exported] of selections.entries()) {
      const [graphml, gexf, csv] = readings.slice(index * 3, index * 3 + 3) as [PythonResult, PythonResult, PythonResult];
      if (graphml.skip) {
        console.warn(`Python readers not run: ${graphml.skip}`);
        expect(graphml.skip).toMatch(/python3/);
        return;
      }
      expectPythonHolds(graphml.networkx, exported, `${exported.name} GraphML in NetworkX`);
      expectPythonHolds(gexf.networkx, exported, `${exported.name} GEXF in NetworkX`);
      expectPythonHolds(csv.networkx, exported, `${exported.name} CSV in NetworkX`);
      expectPythonHolds(graphml.igraph, exported, `${exported.name} GraphML in igraph`);
      expectPythonHolds(csv.igraph, exported, `${exported.name} CSV in igraph`);
    }
  }, 300_000);
});

describe('a fixture with every script and awkward character survives every format in every reader', () => {
  const fixture = JSON.parse(fixtureText('special-characters.json')) as { nodes: Record<string, unknown>[] };
  const texts = fixture.nodes.flatMap((node) =>
    ['name_en', 'name_fr', 'description', 'title']
      .filter((key) => typeof node[key] === 'string')
      .map((key) => ({ id: String(node.id), key, value: String(node[key]) })),
  );
  let exported: Exported;
  let gephi: GephiResult[] = [];

  beforeAll(async () => {
    await loadFixture(db);
    exported = await exportAll('fixture', '');
    gephi = await runGephi([`gexf=${exported.files.gexf}`, `graphml=${exported.files.graphml}`, `csv=${exported.files.gephi.join(',')}`]);
  }, 300_000);

  it('holds what the test needs: Cyrillic, Arabic, Chinese, emoji, quotes, &, <, newline, tab, backslash', () => {
    const all = JSON.stringify(fixture);
    for (const pattern of [
      /\p{Script=Cyrillic}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Han}/u,
      /\p{Extended_Pictographic}/u,
      /"/,
      /&/,
      /</,
      /\\n/,
      /\\t/,
      /\\\\/,
    ])
      expect(all, String(pattern)).toMatch(pattern);
  });

  it('Gephi keeps every text exactly, in GEXF, GraphML and the Gephi CSV', () => {
    for (const result of gephi) {
      expectGephiHolds(result, exported, result.job);
      const nodes = new Map((result.nodeList ?? []).map((node) => [node.id, node.attributes]));
      for (const { id, key, value } of texts) {
        // Gephi has no empty text: an empty string is no value (docs/export-import.md, limits).
        if (value === '') expect(nodes.get(id)?.[key] ?? '', `${result.job} ${id}.${key}`).toBe('');
        else expect(nodes.get(id)?.[key], `${result.job} ${id}.${key}`).toBe(value);
      }
      for (const node of fixture.nodes) {
        const aliases = nodes.get(String(node.id))?.aliases;
        const expected = (node.aliases as string[] | undefined) ?? [];
        if (expected.length) expect(JSON.parse(aliases ?? 'null'), `${result.job} ${String(node.id)}.aliases`).toEqual(expected);
      }
    }
  });

  it('NetworkX and igraph keep every text exactly', async () => {
    const [graphml, gexf, csv] = (await readWithPython([
      { format: 'graphml', files: [exported.files.graphml] },
      { format: 'gexf', files: [exported.files.gexf] },
      { format: 'csv', files: exported.files.csv },
    ])) as [PythonResult, PythonResult, PythonResult];
    const readings = [
      ['graphml', graphml],
      ['gexf', gexf],
      ['csv', csv],
    ] as const;
    for (const [format, result] of readings) {
      if (result.skip) {
        console.warn(`Python readers not run: ${result.skip}`);
        expect(result.skip).toMatch(/python3/);
        return;
      }
      for (const reading of [result.networkx, result.igraph]) {
        if (reading?.skip) {
          console.warn(`${format}: ${reading.skip}`);
          continue;
        }
        expectPythonHolds(reading, exported, `${format} ${reading?.library}`);
        for (const { id, key, value } of texts)
          expect(reading?.nodeAttributes?.[id]?.[key], `${format} ${reading?.library} ${id}.${key}`).toBe(value);
      }
    }
  }, 120_000);
});
