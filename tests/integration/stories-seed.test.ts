import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOPERATION_TYPES } from '../../api/src/contract/cooperation.js';
import { seedStoriesOf } from '../../api/src/seed/load.js';
import { loadSeedStories, readSeedStories } from '../../api/src/seed/stories.js';
import { readViews } from '../../api/src/seed/views.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { seededForFile } from '../support/db.js';

/**
 * The six curated views ship as stories with hand-written steps (seed/stories.json): seeded as
 * :View {kind: 'story'}, listed and opened like a trainer's, every element they name present in the
 * seeded graph, network steps keeping their cooperation links (projected again on load).
 */
const file = seededForFile();
let app: TestApp;
let anonymous: Browser;
let editor: Browser;
const seeds = readSeedStories();

interface Step {
  id: string;
  title_en: string;
  title_fr: string;
  caption_en: string;
  caption_fr: string;
  framing: { nodes: string[]; edges: string[]; mode: string; highlight: { nodes: string[]; edges: string[] } | null };
}
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

beforeAll(async () => {
  app = await startTestApp(file.db);
  anonymous = new Browser(app.baseUrl);
  editor = new Browser(app.baseUrl);
  const account = await makeAccount(file.db, 'editor', 'seed-editor');
  expect((await editor.signIn(account.name, account.password)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await removeAuthData(file.db);
  await app?.close();
});

async function stepsOf(id: string): Promise<Step[]> {
  const answer = await anonymous.send(`/api/stories/${id}`);
  expect(answer.status, id).toBe(200);
  return answer.body.story.steps as Step[];
}

async function elementsOf(step: Step) {
  const answer = await anonymous.send('/api/stories/elements', { body: { nodes: step.framing.nodes, edges: step.framing.edges } });
  expect(answer.status).toBe(200);
  return answer.body as { nodes: { id: string }[]; edges: Edge[]; missing: { nodes: string[]; edges: string[] } };
}

describe('the seed stories', { timeout: 180_000 }, () => {
  it('are one per curated view, listed with the trainers’ stories as seed stories', async () => {
    const views = readViews().map((view) => view.id);
    expect(seeds.map((seed) => seed.view).sort()).toEqual([...views].sort());
    const listed = (await anonymous.send('/api/stories')).body.stories as {
      id: string;
      seed: boolean;
      view: string;
      author: string;
      stepCount: number;
    }[];
    for (const seed of seeds) {
      const card = listed.find((item) => item.id === seed.id);
      expect(card, seed.id).toMatchObject({ seed: true, view: seed.view, stepCount: seed.steps.length });
    }
    const [stored] = await rows(
      file.db,
      "MATCH (v:View {kind: 'story', seed: true}) RETURN count(v) AS count, count { MATCH (:View {seed: true})--() } AS links",
    );
    expect({ count: Number(stored!.count), links: Number(stored!.links) }).toEqual({ count: seeds.length, links: 0 });
  });

  it('have 3 to 6 steps with a title and a caption in both languages, each showing elements that are all in the seeded graph', async () => {
    for (const seed of seeds) {
      const steps = await stepsOf(seed.id);
      expect(steps.length, seed.id).toBeGreaterThanOrEqual(3);
      expect(steps.length, seed.id).toBeLessThanOrEqual(6);
      for (const step of steps) {
        const where = `${seed.id} / ${step.id}`;
        for (const text of [step.title_en, step.title_fr, step.caption_en, step.caption_fr]) expect(text.trim().length, where).toBeGreaterThan(0);
        // The French caption is not the English one (a translation was written).
        expect(step.caption_fr, where).not.toBe(step.caption_en);
        const found = await elementsOf(step);
        expect(found.missing, where).toEqual({ nodes: [], edges: [] });
        expect(found.nodes.map((node) => node.id).sort(), where).toEqual([...new Set(step.framing.nodes)].sort());
        const returned = new Set(found.edges.map((edge) => edge.id));
        for (const id of step.framing.edges) expect(returned.has(id), `${where}: ${id}`).toBe(true);
        expect(found.nodes.length + found.edges.length, where).toBeGreaterThan(0);
        for (const id of step.framing.highlight?.nodes ?? []) expect(step.framing.nodes, where).toContain(id);
      }
    }
  });

  it('say what the graph holds: the GRETA rounds and the CoE–OSCE events they count', async () => {
    const [greta] = await rows(
      file.db,
      "MATCH (:Actor {id: 'greta'})-[r:EVALUATED]->(c:Country) RETURN count(r) AS reports, count(DISTINCT c) AS countries",
    );
    const rounds = (await stepsOf('story-seed-cets-197-monitoring')).find((step) => step.id === 'rounds')!;
    expect(rounds.caption_en).toContain(`${Number(greta!.reports)} reports on ${Number(greta!.countries)} countries`);
    expect(rounds.caption_fr).toContain(`${Number(greta!.reports)} rapports sur ${Number(greta!.countries)} pays`);
    expect(rounds.framing.edges.filter((id) => id.includes('|EVALUATED|'))).toHaveLength(Number(greta!.reports));

    const [shared] = await rows(
      file.db,
      "MATCH (:Actor {id: 'coe'})-[a]->(e:Event)<-[b]-(:Actor {id: 'osce'}) WHERE type(a) IN $types AND type(b) IN $types RETURN count(DISTINCT e) AS events",
      { types: [...COOPERATION_TYPES] },
    );
    const words: Record<number, [string, string]> = { 5: ['five', 'cinq'] };
    const [en, fr] = words[Number(shared!.events)] ?? ['?', '?'];
    const together = (await stepsOf('story-seed-coe-osce-cooperation'))[0]!;
    expect(together.caption_en).toContain(`**${en} events**`);
    expect(together.caption_fr).toContain(`**${fr} événements**`);
    expect(together.framing.nodes.filter((id) => id.startsWith('event-'))).toHaveLength(Number(shared!.events));
  });

  it('keep the projected cooperation links of a network step, weighted by the shared events counted now', async () => {
    const network = (await stepsOf('story-seed-coe-event-partners')).find((step) => step.id === 'osce')!;
    expect(network.framing.mode).toBe('network');
    const found = await elementsOf(network);
    const link = found.edges.find((edge) => edge.id === 'coe|COOPERATED_WITH|osce');
    expect(link).toBeDefined();
    const [shared] = await rows(
      file.db,
      "MATCH (:Actor {id: 'coe'})-[a]->(e:Event)<-[b]-(:Actor {id: 'osce'}) WHERE type(a) IN $types AND type(b) IN $types RETURN collect(DISTINCT e.id) AS events",
      { types: [...COOPERATION_TYPES] },
    );
    expect(link!.properties.weight).toBe((shared!.events as string[]).length);
    expect([...(link!.properties.events as string[])].sort()).toEqual([...(shared!.events as string[])].sort());
    // Every link of the step comes back, and only links among the step's actors.
    expect(
      found.edges
        .filter((edge) => edge.type === 'COOPERATED_WITH')
        .map((edge) => edge.id)
        .sort(),
    ).toEqual([...network.framing.edges].sort());
    // A link that the events do not support is reported missing, not invented.
    const invented = await anonymous.send('/api/stories/elements', { body: { nodes: ['coe', 'greta'], edges: ['coe|COOPERATED_WITH|greta'] } });
    expect(invented.body.missing.edges).toEqual(['coe|COOPERATED_WITH|greta']);
  });

  it('are reloaded by a reseed, except one an editor saved since (it is theirs); dropped ones go', async () => {
    const [first, second] = seeds;
    const loaded = (await anonymous.send(`/api/stories/${first!.id}`)).body.story;
    const saved = await editor.send(`/api/stories/${first!.id}`, {
      method: 'PUT',
      body: { title_en: 'Our CETS 197 session', title_fr: loaded.title_fr, steps: loaded.steps, updated: loaded.updated },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.story.seed).toBe(false);

    const stories = seedStoriesOf(file.graph);
    await loadSeedStories(
      file.db,
      stories.filter((story) => story.id !== second!.id),
    );
    expect((await anonymous.send(`/api/stories/${first!.id}`)).body.story.title_en).toBe('Our CETS 197 session');
    expect((await anonymous.send(`/api/stories/${second!.id}`)).status).toBe(404);

    await loadSeedStories(file.db, stories);
    expect((await anonymous.send(`/api/stories/${second!.id}`)).body.story).toMatchObject({ seed: true, title_en: second!.title_en });
    expect((await anonymous.send(`/api/stories/${first!.id}`)).body.story.title_en).toBe('Our CETS 197 session');
  });
});
