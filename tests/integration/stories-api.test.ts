import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readViews, loadViews } from '../../api/src/seed/views.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { asCurator, CURATOR_TOKEN } from '../support/curation.js';
import { seededForFile } from '../support/db.js';

/** Stories over HTTP: open reads, editor writes (401/403), one audit record per write, 400 naming the field with nothing written. */
const file = seededForFile();
let app: TestApp;
let editor: Browser;
let viewer: Browser;
let anonymous: Browser;
let editorName: string;

/** A step as the web app captures it; ids from the seed (read back from the database below). */
function step(id: string, nodes: string[], edges: string[], caption = '**GRETA** monitors the Convention') {
  return {
    id,
    title_en: `Step ${id}`,
    title_fr: `Étape ${id}`,
    caption_en: caption,
    caption_fr: 'Le **GRETA** suit la Convention',
    notes_en: 'Ask the class who reports to whom.',
    notes_fr: '',
    reveal: true,
    framing: {
      nodes,
      edges,
      positions: Object.fromEntries(nodes.map((node, index) => [node, { x: index * 100, y: 0 }])),
      zoom: 1.2,
      pan: { x: 10, y: 20 },
      highlight: { nodes: nodes.slice(0, 1), edges: [] },
      names: Object.fromEntries(nodes.map((node) => [node, `name of ${node}`])),
    },
  };
}

async function storyWrites(): Promise<{ stories: number; changes: number }> {
  const [row] = await rows(
    file.db,
    "RETURN count { MATCH (v:View {kind: 'story'}) } AS stories, count { MATCH (c:Change {element_kind: 'story'}) } AS changes",
  );
  return { stories: Number(row!.stories), changes: Number(row!.changes) };
}

let pair: { from: string; to: string; edge: string };

beforeAll(async () => {
  app = await startTestApp(file.db, { adminToken: CURATOR_TOKEN });
  const editorAccount = await makeAccount(file.db, 'editor', 'trainer');
  const viewerAccount = await makeAccount(file.db, 'viewer');
  editorName = editorAccount.name;
  editor = new Browser(app.baseUrl);
  viewer = new Browser(app.baseUrl);
  anonymous = new Browser(app.baseUrl);
  expect((await editor.signIn(editorAccount.name, editorAccount.password)).status).toBe(200);
  expect((await viewer.signIn(viewerAccount.name, viewerAccount.password)).status).toBe(200);
  const [found] = await rows(file.db, "MATCH (a:Entity {id: 'greta'})-[r]-(b:Entity) RETURN a.id AS from, b.id AS to, r.id AS edge LIMIT 1");
  pair = { from: String(found!.from), to: String(found!.to), edge: String(found!.edge) };
}, 120_000);

afterAll(async () => {
  await file.db.driver.executeQuery("MATCH (v:View {kind: 'story'}) DETACH DELETE v", {}, { database: file.db.config.database });
  await removeAuthData(file.db);
  await app?.close();
});

describe('saving stories needs the editor role', { timeout: 120_000 }, () => {
  it('refuses anonymous (401) and viewers (403), and writes nothing', async () => {
    const before = await storyWrites();
    const body = { title_en: 'CETS 197', title_fr: 'STCE 197', steps: [step('a', [pair.from, pair.to], [pair.edge])] };
    expect((await anonymous.send('/api/stories', { body })).status).toBe(401);
    expect((await viewer.send('/api/stories', { body })).status).toBe(403);
    expect(await storyWrites()).toEqual(before);
  });

  it('saves, lists, reads back, replaces and deletes a story, one change record per write, credited to the editor', async () => {
    const before = await storyWrites();
    const steps = [step('a', [pair.from, pair.to], [pair.edge]), step('b', [pair.from], [])];
    const created = await editor.send('/api/stories', { body: { title_en: 'Who monitors CETS 197', title_fr: 'Qui suit la STCE 197', steps } });
    expect(created.status).toBe(201);
    const id = created.body.story.id as string;
    expect(id).toMatch(/^story-/);
    expect(created.body.story.author).toBe(editorName);
    expect(await storyWrites()).toEqual({ stories: before.stories + 1, changes: before.changes + 1 });
    const [change] = await rows(file.db, 'MATCH (c:Change {id: $id}) RETURN c.actor AS actor, c.action AS action, c.element_id AS element', {
      id: created.body.changeId,
    });
    expect(change).toEqual({ actor: editorName, action: 'create', element: id });

    const listed = await anonymous.send('/api/stories');
    expect(listed.status).toBe(200);
    const card = listed.body.stories.find((item: { id: string }) => item.id === id);
    expect(card).toMatchObject({ title_en: 'Who monitors CETS 197', author: editorName, stepCount: 2 });
    expect(card.steps).toBeUndefined();

    const read = await anonymous.send(`/api/stories/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.story.steps).toEqual(
      steps.map((item) => ({ ...item, framing: { ...item.framing, filters: expect.any(Object), grouping: 'none', mode: 'graph' } })),
    );

    const replaced = await editor.send(`/api/stories/${id}`, {
      method: 'PUT',
      body: { title_en: 'Renamed', title_fr: 'Renommée', steps: steps.slice(1), updated: created.body.story.updated },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.story).toMatchObject({ id, title_en: 'Renamed', author: editorName, created: created.body.story.created });
    expect((await anonymous.send(`/api/stories/${id}`)).body.story.steps).toHaveLength(1);
    const [update] = await rows(file.db, 'MATCH (c:Change {id: $id}) RETURN c.action AS action, c.before AS before', { id: replaced.body.changeId });
    expect(update!.action).toBe('update');
    expect(JSON.parse(String(update!.before)).steps).toHaveLength(2);

    expect((await viewer.send(`/api/stories/${id}`, { method: 'DELETE' })).status).toBe(403);
    const deleted = await editor.send(`/api/stories/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect((await anonymous.send(`/api/stories/${id}`)).status).toBe(404);
    expect(await storyWrites()).toEqual({ stories: before.stories, changes: before.changes + 3 });
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    const before = await storyWrites();
    const cases: [unknown, string][] = [
      [{ title_en: 'x', steps: [step('a', [pair.from], [], 'x'.repeat(2001))] }, 'steps.0.caption_en'],
      [{ title_en: 'x', steps: [step('a', ['not an id!'], [])] }, 'steps.0.framing.nodes.0'],
      [{ title_en: 'x', steps: [], thumbnail: 'javascript:alert(1)' }, 'thumbnail'],
      [{ title_en: 'x', steps: [], script: 'MATCH (n) DETACH DELETE n' }, 'script'],
      [{ title_en: 'x', languages: ['de'], steps: [] }, 'languages.0'],
    ];
    for (const [body, field] of cases) {
      const answer = await editor.send('/api/stories', { body });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.field, field).toBe(field);
    }
    const replacement = { steps: [], updated: new Date().toISOString() };
    expect((await editor.send('/api/stories/story-no-such-story', { method: 'PUT', body: replacement })).status).toBe(404);
    expect((await editor.send('/api/stories/not-a-story-id', { method: 'PUT', body: replacement })).body.error.field).toBe('id');
    expect(await storyWrites()).toEqual(before);
  });
});

describe('a save over a newer save is refused', { timeout: 120_000 }, () => {
  it('answers 409 naming who saved when, and writes nothing; a save without the loaded version is a 400 naming `updated`', async () => {
    const created = await editor.send('/api/stories', { body: { title_en: 'Two trainers', steps: [step('a', [pair.from], [])] } });
    expect(created.status).toBe(201);
    const id = created.body.story.id as string;
    const opened = created.body.story.updated as string;
    // The first trainer saves on top of the version both opened.
    const first = await editor.send(`/api/stories/${id}`, { method: 'PUT', body: { title_en: 'First save', steps: [], updated: opened } });
    expect(first.status).toBe(200);
    expect(first.body.story.updated).not.toBe(opened);

    // The second one still has the version opened before: refused, nothing written.
    const before = await storyWrites();
    const stale = await editor.send(`/api/stories/${id}`, { method: 'PUT', body: { title_en: 'Second save', steps: [], updated: opened } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(stale.body.error.field).toBe('updated');
    expect(stale.body.error.updated).toBe(first.body.story.updated);
    expect(stale.body.error.updated_by).toBe(editorName);
    expect(stale.body.error.message).toContain(editorName);
    expect(stale.body.error.message).toContain(first.body.story.updated);
    expect(stale.body.error.message).toMatch(/nothing was written/i);
    expect(await storyWrites()).toEqual(before);
    expect((await anonymous.send(`/api/stories/${id}`)).body.story.title_en).toBe('First save');

    const unversioned = await editor.send(`/api/stories/${id}`, { method: 'PUT', body: { title_en: 'No version', steps: [] } });
    expect(unversioned.status).toBe(400);
    expect(unversioned.body.error.field).toBe('updated');

    // With the version the first save answered, the next save goes through.
    const next = await editor.send(`/api/stories/${id}`, {
      method: 'PUT',
      body: { title_en: 'Third save', steps: [], updated: first.body.story.updated },
    });
    expect(next.status).toBe(200);
    expect(await storyWrites()).toEqual({ stories: before.stories, changes: before.changes + 1 });
  });
});

describe('stories live beside the curated views', { timeout: 120_000 }, () => {
  it('are neither listed as views nor removed by a reseed of the views', async () => {
    const created = await editor.send('/api/stories', { body: { title_en: 'Kept', steps: [step('a', [pair.from], [])] } });
    expect(created.status).toBe(201);
    const views = (await anonymous.send('/api/views')).body.views as { id: string }[];
    expect(views.map((view) => view.id)).toEqual(readViews().map((view) => view.id));
    await loadViews(file.db, readViews());
    expect((await anonymous.send(`/api/stories/${created.body.story.id}`)).status).toBe(200);
  });
});

describe('a story keeps working after merges and deletions', { timeout: 180_000 }, () => {
  it('follows merged ids and names the deleted ones', async () => {
    const make = async (name: string) => {
      const answer = await anonymous.send('/api/entities', { body: { label: 'Topic', properties: { name_en: name } }, headers: asCurator });
      expect(answer.status).toBe(201);
      return answer.body.node as { id: string; properties: { version?: number } };
    };
    const gone = await make('Story topic wombat');
    const kept = await make('Story topic numbat');
    const ids = [gone.id, kept.id, pair.from, pair.to];
    const first = await anonymous.send('/api/stories/elements', { body: { nodes: ids, edges: [pair.edge] } });
    expect(first.status).toBe(200);
    expect(first.body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([...ids].sort());
    expect(first.body.missing).toEqual({ nodes: [], edges: [] });
    expect(first.body.edges.map((edge: { id: string }) => edge.id)).toContain(pair.edge);

    const merged = await anonymous.send(`/api/entities/${gone.id}/merge`, {
      body: { into: kept.id, version: gone.properties.version ?? 0, intoVersion: kept.properties.version ?? 0 },
      headers: asCurator,
    });
    expect(merged.status).toBe(200);
    const afterMerge = await anonymous.send('/api/stories/elements', { body: { nodes: ids, edges: [] } });
    expect(afterMerge.body.redirects).toEqual({ [gone.id]: kept.id });
    expect(afterMerge.body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([kept.id, pair.from, pair.to].sort());
    expect(afterMerge.body.missing.nodes).toEqual([]);

    const [current] = await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN coalesce(n.version, 0) AS version', { id: kept.id });
    const deleted = await anonymous.send(`/api/entities/${kept.id}`, {
      method: 'DELETE',
      body: { version: Number(current!.version), reason: 'story test' },
      headers: asCurator,
    });
    expect(deleted.status).toBe(200);
    const afterDelete = await anonymous.send('/api/stories/elements', { body: { nodes: ids, edges: [] } });
    expect(afterDelete.body.missing.nodes.sort()).toEqual([gone.id, kept.id].sort());
    expect(afterDelete.body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([pair.from, pair.to].sort());
  });
});
