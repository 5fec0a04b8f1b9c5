import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipId, type GraphRelationship } from '../../api/src/seed/validate.js';
import { loadViews, readViews } from '../../api/src/seed/views.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { changeCount, curationApp } from '../support/curation.js';
import { seededForFile } from '../support/db.js';

/** Merging the near-duplicate topics of issue 14: re-pointed, de-duplicated, provenance united, redirects. */
const file = seededForFile();
let curation: Awaited<ReturnType<typeof curationApp>>;
const call = (...args: Parameters<typeof curation.call>) => curation.call(...args);

beforeAll(async () => {
  curation = await curationApp(file.db);
  // A saved view made before the merge, naming the id that will go.
  await loadViews(file.db, [
    ...readViews(),
    {
      id: 'view-organ-removal-test',
      title_en: 'Organ removal',
      title_fr: "Prélèvement d'organes",
      description_en: 'Test view',
      description_fr: 'Vue de test',
      spec: { query: 'expand', params: { ids: ['topic-organ-removal'], depth: 1, direction: 'both', limit: 100 } },
    } as never,
  ]);
});
afterAll(async () => {
  await curation.app.close();
});

/** What the seed says the kept topic should hold after the merge, computed from the seed files alone. */
function expectedAfterMerge(merged: string, kept: string) {
  const facts = new Map<string, { sources: [string, string][] }>();
  const add = (rel: GraphRelationship, from: string, to: string) => {
    if (from === to) return;
    const id = relationshipId({ type: rel.type, from, to, round: rel.properties.round as number | undefined });
    const entry = facts.get(id) ?? { sources: [] };
    const evidence = rel.properties.evidence as string[];
    (rel.properties.sources as string[]).forEach((source, i) => {
      const pair: [string, string] = [source, evidence[i] ?? ''];
      if (!entry.sources.some(([s, e]) => s === pair[0] && e === pair[1])) entry.sources.push(pair);
    });
    facts.set(id, entry);
  };
  const rels = file.graph.relationships;
  for (const rel of rels) if (rel.from === kept || rel.to === kept) add(rel, rel.from, rel.to);
  for (const rel of rels)
    if (rel.from === merged || rel.to === merged) add(rel, rel.from === merged ? kept : rel.from, rel.to === merged ? kept : rel.to);
  return facts;
}

const PAIRS = [
  ['topic-strategic-partnerships', 'topic-partnerships-coordination'],
  ['topic-organ-removal', 'topic-organ-trafficking'],
] as const;

describe('merge', { timeout: 240_000 }, () => {
  for (const [merged, kept] of PAIRS) {
    it(`${merged} into ${kept}`, async () => {
      const mergedNode = file.graph.nodes.find((node) => node.id === merged);
      const expected = expectedAfterMerge(merged, kept);
      const before = await changeCount(file.db);
      const response = await call('POST', `/api/entities/${merged}/merge`, { into: kept, version: 0, intoVersion: 0, note: 'near-duplicate topics' });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(await changeCount(file.db)).toBe(before + 1);

      // Relationships: exactly the expected facts, once each, with their provenance united.
      const stored = await rows(file.db, 'MATCH (t:Entity {id: $kept})-[r]-() RETURN r.id AS id, r.sources AS sources, r.evidence AS evidence', {
        kept,
      });
      expect(stored.map((row) => row.id).sort()).toEqual([...expected.keys()].sort());
      for (const row of stored) {
        const pairs = (row.sources as string[]).map((source, i) => [source, (row.evidence as string[])[i]]);
        expect(pairs.sort(), String(row.id)).toEqual([...(expected.get(String(row.id))?.sources ?? [])].sort());
      }
      expect(await rows(file.db, 'MATCH (n:Entity {id: $merged}) RETURN n', { merged })).toHaveLength(0);

      // The merged names became aliases; search by the old name finds the kept topic.
      const keptNode = response.body.node;
      for (const name of [mergedNode?.properties.name_en, mergedNode?.properties.name_fr].filter(Boolean))
        expect(keptNode.properties.aliases).toContain(name);
      const search = await call('GET', `/api/search?q=${encodeURIComponent(String(mergedNode?.properties.name_en))}`);
      expect(search.body.results.map((r: { id: string }) => r.id)).toContain(kept);

      // The old id resolves: details, context, expand deep link, export by ids.
      const details = await call('GET', `/api/nodes/${merged}`);
      expect(details.status).toBe(200);
      expect(details.body).toMatchObject({ node: { id: kept }, redirectedFrom: merged });
      const context = await call('POST', `/api/nodes/${merged}/context`, { drawn: [] });
      expect(context.status).toBe(200);
      expect(context.body.nodes[0].id).toBe(kept);
      const expand = await call('GET', `/api/expand?ids=${merged}&depth=1`);
      expect(expand.status).toBe(200);
      expect(expand.body.nodes.map((n: { id: string }) => n.id)).toContain(kept);
      const exported = await call('GET', `/api/export?format=jsonl&ids=${merged}`);
      expect(exported.status).toBe(200);
      const text = typeof exported.body === 'string' ? exported.body : JSON.stringify(exported.body);
      expect(text).toContain(`"${kept}"`);

      // Both histories show the merge.
      for (const id of [merged, kept]) {
        const history = await call('GET', `/api/nodes/${id}/history`);
        expect(history.body.changes[0]).toMatchObject({ action: 'merge', element_id: merged, note: 'near-duplicate topics' });
      }
    });
  }

  it('runs a view saved before the merge with the kept entity', async () => {
    const view = await call('GET', '/api/views/view-organ-removal-test');
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.nodes.map((n: { id: string }) => n.id)).toContain('topic-organ-trafficking');
  });

  it('refuses merging across labels, into itself, or at a stale version', async () => {
    const before = await changeCount(file.db);
    const across = await call('POST', '/api/entities/greta/merge', { into: 'topic-organ-trafficking', version: 0, intoVersion: 1 });
    expect(across.status).toBe(400);
    expect(across.body.error.field).toBe('into');
    const itself = await call('POST', '/api/entities/greta/merge', { into: 'greta', version: 0, intoVersion: 0 });
    expect(itself.body.error.field).toBe('into');
    const stale = await call('POST', '/api/entities/topic-non-punishment/merge', { into: 'topic-organ-trafficking', version: 0, intoVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.id).toBe('topic-organ-trafficking');
    expect(await changeCount(file.db)).toBe(before);
  });
});
