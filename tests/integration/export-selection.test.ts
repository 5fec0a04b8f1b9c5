import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { z } from 'zod';
import { rows, rowsOf } from '../fixtures/import/graph-snapshot.js';
import { parseJsonLines, type ParsedGraph } from '../fixtures/import/parse-exports.js';

/** What each selection exports, checked against the database (and, for views, against GET /api/views/:id). */
let db: Database;
let app: TestApp;

async function exportJsonl(query: string, init: RequestInit = {}): Promise<ParsedGraph & { headers: Headers }> {
  const response = await fetch(`${app.baseUrl}/api/export?format=jsonl${query ? `&${query}` : ''}`, init);
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(200);
  return { ...parseJsonLines(text), headers: response.headers };
}

const ids = (map: Map<string, unknown>) => [...map.keys()].sort();

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  app = await startTestApp(db);
});

afterAll(async () => {
  await app?.close();
  await db.close();
});

describe('export selections', () => {
  it('ids: those nodes, every relationship among them, and the sources those relationships cite', async () => {
    const chosen = ['greta', 'cets-197', 'coe', 'coe-cop'];
    const expectedEdges = await rows(
      db,
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id, r.sources AS sources',
      { ids: chosen },
    );
    expect(expectedEdges.length).toBeGreaterThan(1);
    const cited = [...new Set(expectedEdges.flatMap((edge) => edge.sources as string[]))];
    const graph = await exportJsonl(`ids=${chosen.join(',')}`);
    expect(ids(graph.edges)).toEqual(expectedEdges.map((edge) => edge.id).sort());
    expect(ids(graph.nodes)).toEqual([...new Set([...chosen, ...cited])].sort());
    expect(graph.headers.get('content-disposition')).toMatch(/liaison-selection-/);

    const bare = await exportJsonl(`ids=${chosen.join(',')}&sourceNodes=false`);
    expect(ids(bare.nodes)).toEqual([...chosen].sort());
    // Provenance stays on every relationship either way.
    for (const edge of bare.edges.values()) expect((edge.properties.sources as string[]).length).toBeGreaterThan(0);
  });

  it('edgeIds keep only those relationships (what is on screen)', async () => {
    const chosen = ['greta', 'cets-197', 'coe', 'coe-cop'];
    const all = await exportJsonl(`ids=${chosen.join(',')}&sourceNodes=false`);
    const [kept] = ids(all.edges);
    const graph = await exportJsonl(`ids=${chosen.join(',')}&edgeIds=${encodeURIComponent(kept!)}&sourceNodes=false`);
    expect(ids(graph.edges)).toEqual([kept]);
    expect(ids(graph.nodes)).toEqual(ids(all.nodes));
  });

  it('a long id list goes in a POST body', async () => {
    const real = (await rows(db, 'MATCH (n:Country) RETURN n.id AS id')).map((row) => row.id as string);
    const padded = [...real, ...Array.from({ length: 5000 }, (_, i) => `no-such-node-${i}`)];
    const graph = await exportJsonl('sourceNodes=false', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids: padded }),
    });
    expect(ids(graph.nodes)).toEqual([...real].sort());
  });

  it('a saved view exports exactly the graph GET /api/views/:id shows', async () => {
    const view = await request(app.baseUrl, '/api/views/view-cets-197-monitoring');
    expect(view.status).toBe(200);
    const viewNodes = (view.body.nodes as { id: string }[]).map((node) => node.id).sort();
    const viewEdges = (view.body.edges as { id: string }[]).map((edge) => edge.id).sort();
    expect(viewEdges.length).toBeGreaterThan(2);
    const graph = await exportJsonl('view=view-cets-197-monitoring&sourceNodes=false');
    expect(ids(graph.nodes)).toEqual(viewNodes);
    expect(ids(graph.edges)).toEqual(viewEdges);
    expect(graph.headers.get('content-disposition')).toMatch(/liaison-view-cets-197-monitoring-\d{4}-\d{2}-\d{2}\.jsonl/);
    const count = await request(app.baseUrl, '/api/export/count?view=view-cets-197-monitoring&sourceNodes=false');
    expect(count.body).toMatchObject({ nodes: viewNodes.length, edges: viewEdges.length });
    const missing = await request(app.baseUrl, '/api/export?format=gexf&view=view-that-does-not-exist');
    expect(missing.status).toBe(404);
  });

  it('a computed view (the cooperation network) exports its computed links, weighted, with the events behind each', async () => {
    const view = await request(app.baseUrl, '/api/views/view-coe-event-partners');
    expect(view.status).toBe(200);
    type Link = { id: string; type: string; properties: { weight: number; events: string[]; sources: string[] } };
    const links = view.body.edges as Link[];
    expect(links.length).toBeGreaterThan(2);
    expect(links.every((link) => link.type === 'COOPERATED_WITH')).toBe(true);
    const graph = await exportJsonl('view=view-coe-event-partners');
    expect(ids(graph.edges)).toEqual(links.map((link) => link.id).sort());
    for (const link of links) {
      const edge = graph.edges.get(link.id);
      expect(edge?.properties.weight, link.id).toBe(link.properties.weight);
      expect(edge?.properties.events, link.id).toEqual(link.properties.events);
    }
    // The sources the links cite come along as nodes, so the file stands on its own.
    const cited = [...new Set(links.flatMap((link) => link.properties.sources))];
    for (const id of cited) expect(graph.nodes.has(id), id).toBe(true);
    const count = await request(app.baseUrl, '/api/export/count?view=view-coe-event-partners');
    expect(count.body).toMatchObject({ nodes: graph.nodes.size, edges: links.length, types: { COOPERATED_WITH: links.length } });
  });

  it('filters: labels, types and a time window mean what they mean for the exploration routes', async () => {
    const graph = await exportJsonl('labels=Actor,Event&types=ORGANISED,CO_ORGANISED&from=2021&to=2021&sourceNodes=false');
    const expectedNodes = await rows(
      db,
      `MATCH (n:Entity) WHERE (n:Actor OR n:Event)
         AND (NOT n:Event OR (left(n.start, 4) <= '2021' AND left(coalesce(n.end, n.start), 4) >= '2021'))
       RETURN n.id AS id`,
    );
    expect(ids(graph.nodes)).toEqual(expectedNodes.map((row) => row.id).sort());
    expect(graph.edges.size).toBeGreaterThan(0);
    for (const edge of graph.edges.values()) {
      expect(['ORGANISED', 'CO_ORGANISED']).toContain(edge.type);
      expect(graph.nodes.has(edge.source!) && graph.nodes.has(edge.target!)).toBe(true);
    }
  });

  it('text: every node a search finds, accents and case folded', async () => {
    const graph = await exportJsonl('text=onudc&sourceNodes=false');
    expect(graph.nodes.has('unodc')).toBe(true);
    const [total] = await rowsOf(db, z.object({ c: z.number() }), 'MATCH (n:Entity) RETURN count(n) AS c');
    expect(graph.nodes.size).toBeLessThan(total!.c);
  });

  it('GET /api/export/count agrees with what the export holds', async () => {
    const query = 'labels=Country,Instrument&types=PARTY_TO,SIGNED';
    const graph = await exportJsonl(query);
    const count = await request(app.baseUrl, `/api/export/count?${query}`);
    expect(count.status).toBe(200);
    expect(count.body.nodes).toBe(graph.nodes.size);
    expect(count.body.edges).toBe(graph.edges.size);
    expect(Object.values(count.body.types as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(graph.edges.size);
    expect(Object.keys(count.body.types).sort()).toEqual([...new Set([...graph.edges.values()].map((edge) => edge.type))].sort());
  });

  it('refuses bad input with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['', 'format'],
      ['format=pdf', 'format'],
      ['format=gexf&labels=Organisation', 'labels'],
      ['format=gexf&from=2022&to=2020', 'from'],
      ['format=gexf&ids=not%20an%20id', 'ids'],
    ] as const) {
      const response = await request(app.baseUrl, `/api/export?${query}`);
      expect(response.status, query).toBe(400);
      expect(String(response.body.error.field), query).toContain(field);
    }
  });
});
