import { describe, expect, it } from 'vitest';
import { seedWithCuration } from '../../api/src/seed/curated-load.js';
import { fixtureText, rows } from '../fixtures/import/graph-snapshot.js';
import { startTestApp } from '../support/app.js';
import { changeCount, curationForFile, CURATOR_TOKEN } from '../support/curation.js';

/** `npm run seed` over a curated graph (conflict report, curated kept unless --prefer-seed) and imports in the audit trail. */
const { file, call } = curationForFile();

describe('seed conflicts', { timeout: 240_000 }, () => {
  it('reports seed vs curated values and keeps the curated ones unless --prefer-seed', async () => {
    const greta = file.graph.nodes.find((node) => node.id === 'greta');
    const topic =
      file.graph.nodes.find(
        (node) => node.label === 'Topic' && !file.graph.relationships.some((rel) => rel.from === node.id || rel.to === node.id),
      ) ?? file.graph.nodes.find((node) => node.label === 'Topic');
    if (!greta || !topic) throw new Error('seed changed');
    expect((await call('PATCH', '/api/entities/greta', { version: 0, set: { description: 'Curated description.' } })).status).toBe(200);
    expect((await call('DELETE', `/api/entities/${topic.id}`, { version: 0, reason: 'seed conflict test' })).status).toBe(200);

    const lines: string[] = [];
    const kept = await seedWithCuration(file.db, file.graph, { log: (line) => lines.push(line) });
    const report = lines.join('\n');
    expect(kept.conflicts).toBeGreaterThanOrEqual(2);
    expect(report).toContain(`node greta description: seed ${JSON.stringify(greta.properties.description)} vs curated "Curated description."`);
    expect(report).toContain(`node ${topic.id} (deleted)`);
    const [stored] = await rows(file.db, "MATCH (n:Entity {id: 'greta'}) RETURN n.description AS description, n.version AS version");
    expect(stored).toEqual({ description: 'Curated description.', version: 1 });
    expect(await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN n', { id: topic.id })).toHaveLength(0);

    const before = await changeCount(file.db);
    const preferred = await seedWithCuration(file.db, file.graph, { preferSeed: true, actorName: 'seed-test', log: () => {} });
    expect(preferred.conflicts).toBe(kept.conflicts);
    const [reloaded] = await rows(file.db, "MATCH (n:Entity {id: 'greta'}) RETURN n.description AS description");
    expect(reloaded?.description).toBe(greta.properties.description);
    expect(await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN n', { id: topic.id })).toHaveLength(1);
    expect(await changeCount(file.db)).toBe(before + 1);
    const [change] = (await call('GET', '/api/changes?limit=1')).body.changes;
    expect(change).toMatchObject({ action: 'import', via: 'cli', actor: 'seed-test', element_id: 'seed' });
  });
});

describe('imports in the audit trail', { timeout: 240_000 }, () => {
  it('records one change per HTTP import, via import, and none for a dry run', async () => {
    const saved = process.env.ADMIN_TOKEN;
    process.env.ADMIN_TOKEN = CURATOR_TOKEN;
    const app = await startTestApp(file.db, { adminToken: CURATOR_TOKEN });
    try {
      const body = fixtureText('special-characters.json');
      const post = (query: string) =>
        fetch(`${app.baseUrl}/api/import${query}`, { method: 'POST', headers: { authorization: `Bearer ${CURATOR_TOKEN}` }, body });
      const before = await changeCount(file.db);
      expect((await post('?dryRun=true&format=seed')).status).toBe(200);
      expect(await changeCount(file.db)).toBe(before);
      const imported = await post('?format=seed');
      expect(imported.status).toBe(200);
      expect(await changeCount(file.db)).toBe(before + 1);
      const [change] = (await call('GET', '/api/changes?action=import&limit=1')).body.changes;
      expect(change).toMatchObject({ action: 'import', via: 'import', actor: 'admin-token', element_kind: 'graph' });
      expect(change.after.format).toBe('seed');
    } finally {
      await app.close();
      if (saved === undefined) delete process.env.ADMIN_TOKEN;
      else process.env.ADMIN_TOKEN = saved;
    }
  });
});
