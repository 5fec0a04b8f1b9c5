import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../api/src/model/vocabulary.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { changeCount, curationForFile } from '../support/curation.js';

/** Entities over the real app and Neo4j: create, edit, delete, restore per label; versions; search at once. */
const { file, call, app } = curationForFile();

/** A valid new node of each label, built from a seeded node of that label (its required keys kept). */
function sampleOf(label: (typeof NODE_LABELS)[number]) {
  const seeded = file.graph.nodes.find((node) => node.label === label);
  if (!seeded) throw new Error(`no seeded ${label}`);
  const { id: _id, name_en: _n, name_fr: _f, aliases: _a, description: _d, ...rest } = seeded.properties;
  const name = `Curated ${label} zebrafinch`;
  const properties: Record<string, unknown> = { ...rest, name_en: name };
  if (label === 'Source') Object.assign(properties, { title: name, kind: 'document' });
  return { label, ...(label === 'Country' ? { id: 'QZ' } : {}), properties };
}

describe('create, edit, delete and restore, for every label', { timeout: 240_000 }, () => {
  for (const label of NODE_LABELS) {
    it(`${label}`, async () => {
      const changesBefore = await changeCount(file.db);
      const created = await call('POST', '/api/entities', sampleOf(label));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.node.id as string;
      expect(created.body.node.labels).toEqual([label]);
      expect(created.body.node.properties.version).toBe(1);
      // Stored with :Entity and its label, and found by search at once (the index is not eventually consistent).
      const [stored] = await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels', { id });
      expect((stored?.labels as string[]).sort()).toEqual(['Entity', label].sort());
      const search = await call('GET', `/api/search?q=${encodeURIComponent(`zebrafinch ${label}`)}`);
      expect(search.status).toBe(200);
      expect(search.body.results.map((r: { id: string }) => r.id)).toContain(id);

      const edited = await call('PATCH', `/api/entities/${encodeURIComponent(id)}`, { version: 1, set: { description: 'Edited by a test.' } });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(edited.body.node.properties).toMatchObject({ description: 'Edited by a test.', version: 2 });

      const deleted = await call('DELETE', `/api/entities/${encodeURIComponent(id)}`, { version: 2, reason: 'test clean-up' });
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
      expect((await call('GET', `/api/nodes/${encodeURIComponent(id)}`)).status).toBe(404);

      const restored = await call('POST', `/api/entities/${encodeURIComponent(id)}/restore`, {});
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
      expect(restored.body.node.properties.description).toBe('Edited by a test.');
      expect((await call('GET', `/api/nodes/${encodeURIComponent(id)}`)).status).toBe(200);

      // One change per write: create, update, delete, restore.
      expect((await changeCount(file.db)) - changesBefore).toBe(4);
      const history = await call('GET', `/api/nodes/${encodeURIComponent(id)}/history`);
      expect(history.body.changes.map((c: { action: string }) => c.action)).toEqual(['restore', 'delete', 'update', 'create']);
      expect(history.body.changes[2]).toMatchObject({
        actor: 'admin-token',
        via: 'admin-token',
        before: { properties: { description: null } },
        after: { properties: { description: 'Edited by a test.' } },
      });
      expect(history.body.changes[1].note).toBe('test clean-up');
    });
  }
});

describe('validation names the field', { timeout: 240_000 }, () => {
  it('refuses an unknown property, a bad date, a bad kind and a missing name with 400', async () => {
    const before = await changeCount(file.db);
    const cases: [unknown, string][] = [
      [{ label: 'Event', properties: { name_en: 'X event', kind: 'conference', start: '2026-02-30' } }, 'properties.start'],
      [{ label: 'Event', properties: { name_en: 'X event', kind: 'party', start: '2026' } }, 'properties.kind'],
      [{ label: 'Topic', properties: { name_en: 'X topic', colour: 'red' } }, 'properties.colour'],
      [{ label: 'Topic', properties: { description: 'nameless' } }, 'id'],
      [{ label: 'Planet', properties: { name_en: 'X' } }, 'label'],
      [{ label: 'Country', properties: { name_en: 'Nowhere' } }, 'id'],
    ];
    for (const [body, field] of cases) {
      const response = await call('POST', '/api/entities', body);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
    const patch = await call('PATCH', '/api/entities/greta', { version: 0, set: { founded: 'yesterday' } });
    expect(patch.status).toBe(400);
    expect(patch.body.error.field).toBe('set.founded');
    expect(await changeCount(file.db)).toBe(before);
  });

  it('answers 401 without a token and 403 with a wrong one, writing nothing', async () => {
    const before = await changeCount(file.db);
    const anonymous = await call('POST', '/api/entities', sampleOf('Topic'), { anonymous: true });
    expect(anonymous.status).toBe(401);
    const wrong = await fetch(`${app().baseUrl}/api/entities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-the-token-at-all' },
      body: JSON.stringify(sampleOf('Topic')),
    });
    expect(wrong.status).toBe(403);
    expect(await changeCount(file.db)).toBe(before);
  });
});

describe('versions', { timeout: 240_000 }, () => {
  it('gives the second of two edits from the same version 409 with the current element', async () => {
    const [seeded] = await rows(file.db, "MATCH (n:Entity {id: 'greta'}) RETURN coalesce(n.version, 0) AS version, n.description AS description");
    const version = Number(seeded?.version);
    const [first, second] = await Promise.all([
      call('PATCH', '/api/entities/greta', { version, set: { description: 'First editor.' } }),
      call('PATCH', '/api/entities/greta', { version, set: { description: 'Second editor.' } }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.status === 200 ? first : second;
    const loser = first.status === 409 ? first : second;
    expect(loser.body.error.code).toBe('CONFLICT');
    expect(loser.body.error.current.id).toBe('greta');
    expect(loser.body.error.current.properties).toEqual(winner.body.node.properties);
    // A stale version later is refused the same way.
    const stale = await call('PATCH', '/api/entities/greta', { version, set: { description: 'Stale.' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.properties.version).toBe(version + 1);
  });

  it('keeps seeded exports and metrics working with version properties present', async () => {
    const csv = await call('GET', '/api/export?format=graphml&ids=greta,coe');
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('version');
    const metrics = await call('GET', '/api/metrics?ids=greta&depth=1');
    expect(metrics.status).toBeLessThan(500);
  });
});
