import { describe, expect, it } from 'vitest';
import { readSeedStories } from '../../api/src/seed/stories.js';
import { loadViews, readViews } from '../../api/src/seed/views.js';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

/** The route a view's named query corresponds to, with the same parameters. */
function routeOf(spec: { query: string; params: Record<string, unknown> }): string {
  const params = Object.fromEntries(Object.entries(spec.params).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value)]));
  const path = {
    expand: '/api/expand',
    cooperation: '/api/cooperation',
    'shortest-paths': '/api/paths/shortest',
    'shared-nodes': '/api/paths/shared',
  }[spec.query];
  return `${path}?${qs(params)}`;
}

describe('GET /api/views', () => {
  it('lists the curated views of seed/views.json, in order, in French and English', async () => {
    const { status, body } = await ctx.get('/api/views');
    expect(status).toBe(200);
    const seeded = readViews();
    expect(seeded.length).toBeGreaterThanOrEqual(5);
    expect(body.views.map((view: { id: string }) => view.id)).toEqual(seeded.map((view) => view.id));
    for (const view of body.views) {
      for (const key of ['title_en', 'title_fr', 'description_en', 'description_fr']) expect(view[key].length).toBeGreaterThan(0);
      expect(['expand', 'cooperation', 'shortest-paths', 'shared-nodes']).toContain(view.spec.query);
    }
  });

  it('stores views, and the seed stories that tell them, as :View nodes outside the entity graph', async () => {
    const [counts] = await ctx.cypher(
      "MATCH (v:View) RETURN count { MATCH (w:View) WHERE w.kind IS NULL } AS views, count { MATCH (w:View {kind: 'story'}) } AS stories, count { MATCH (w:View:Entity) } AS entities, count { MATCH (:View)--() } AS links LIMIT 1",
    );
    expect(counts).toEqual({ views: readViews().length, stories: readSeedStories().length, entities: 0, links: 0 });
  });
});

describe('GET /api/views/:id', () => {
  it('returns each view with the same subgraph as the route its spec names', async () => {
    for (const view of readViews()) {
      const { status, body } = await ctx.get(`/api/views/${view.id}`);
      expect(status, view.id).toBe(200);
      expect(body.view.id).toBe(view.id);
      expect(body.view.positions).toEqual(view.positions ?? {});
      expect(body.nodes.length, view.id).toBeGreaterThan(0);
      const direct = await ctx.get(routeOf(body.view.spec));
      expect(direct.status, view.id).toBe(200);
      expect(body.nodes.map((n: { id: string }) => n.id).sort(), view.id).toEqual(direct.body.nodes.map((n: { id: string }) => n.id).sort());
      expect(body.edges.map((e: { id: string }) => e.id).sort(), view.id).toEqual(direct.body.edges.map((e: { id: string }) => e.id).sort());
      for (const id of Object.keys(view.positions ?? {})) expect(body.nodes.map((n: { id: string }) => n.id)).toContain(id);
    }
  });

  it('answers 404 for an unknown view and 400 for an unknown parameter', async () => {
    const missing = await ctx.get('/api/views/view-nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const extra = await ctx.get(`/api/views/${readViews()[0]!.id}?lang=fr`);
    expect(extra.status).toBe(400);
    expect(extra.body.error.field).toBe('lang');
  });

  it('removes views that seed/views.json no longer lists when views are reloaded', async () => {
    const views = readViews();
    await loadViews(ctx.db, views.slice(1));
    expect((await ctx.get('/api/views')).body.views.map((v: { id: string }) => v.id)).toEqual(views.slice(1).map((v) => v.id));
    expect((await ctx.get(`/api/views/${views[0]!.id}`)).status).toBe(404);
    await loadViews(ctx.db, views);
    expect((await ctx.get('/api/views')).body.views).toHaveLength(views.length);
  });
});
