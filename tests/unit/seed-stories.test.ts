import { describe, expect, it } from 'vitest';
import { seedStoriesOf } from '../../api/src/seed/load.js';
import { readSeedStories, seedStoriesFile } from '../../api/src/seed/stories.js';
import { readViews } from '../../api/src/seed/views.js';
import { redirectedLinkId } from '../../api/src/stories/projected.js';
import { seedGraph } from '../support/db.js';

describe('seed/stories.json', () => {
  const seeds = readSeedStories();
  const graph = seedGraph();
  const nodes = new Set(graph.nodes.map((node) => node.id));
  const relationships = new Set(graph.relationships.map((rel) => rel.id));

  it('tells each curated view once, in 3 to 6 hand-written steps', () => {
    expect(seeds.map((seed) => seed.view).sort()).toEqual(
      readViews()
        .map((view) => view.id)
        .sort(),
    );
    for (const seed of seeds) {
      expect(seed.steps.length, seed.id).toBeGreaterThanOrEqual(3);
      expect(seed.steps.length, seed.id).toBeLessThanOrEqual(6);
      // Not the old generated captions ("Affiliated with (1)", name lists joined by arrows).
      for (const step of seed.steps) expect(`${step.title_en} ${step.caption_en}`, `${seed.id}/${step.id}`).not.toMatch(/\(\d+\)$|→/);
    }
  });

  it('names only nodes and relationships of the seed graph; cooperation links join actors', () => {
    const actors = new Set(graph.nodes.filter((node) => node.label === 'Actor').map((node) => node.id));
    for (const seed of seeds)
      for (const step of seed.steps) {
        const where = `${seed.id}/${step.id}`;
        expect(step.nodes.length + step.edges.length, where).toBeGreaterThan(0);
        for (const id of step.nodes) expect(nodes.has(id), `${where}: ${id}`).toBe(true);
        for (const id of step.edges) {
          const [from, type, to] = id.split('|');
          if (type === 'COOPERATED_WITH') {
            expect(step.mode, where).toBe('network');
            expect(actors.has(from!) && actors.has(to!), `${where}: ${id}`).toBe(true);
            expect(from! < to!, `${where}: ${id} (ends sorted as the projection sorts them)`).toBe(true);
          } else expect(relationships.has(id), `${where}: ${id}`).toBe(true);
        }
      }
    // The loader checks the same and names every node the way the graph captions it.
    const stories = seedStoriesOf(graph, '2026-01-01T00:00:00.000Z');
    expect(stories.map((story) => story.id)).toEqual(seeds.map((seed) => seed.id));
    expect(stories[0]!.steps[0]!.framing.names['cets-197']).toBe('CETS 197');
    expect(stories.every((story) => story.seed && story.steps.every((step) => Object.keys(step.framing.positions).length === 0))).toBe(true);
  });

  it('refuses a relationship between nodes a step does not show, and duplicate ids', () => {
    const base = seeds[0]!;
    const step = { ...base.steps[0]!, edges: ['greta|MONITORS|cets-197'], nodes: ['cets-197'] };
    const refused = seedStoriesFile.safeParse({ stories: [{ ...base, steps: [step, ...base.steps.slice(1)] }] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['stories', 0, 'steps', 0, 'edges', 0]);
    expect(seedStoriesFile.safeParse({ stories: [base, base] }).success).toBe(false);
    expect(seedStoriesFile.safeParse({ stories: [{ ...base, steps: base.steps.slice(0, 2) }] }).success).toBe(false);
    expect(
      seedStoriesFile.safeParse({ stories: [{ ...base, steps: [{ ...base.steps[0]!, caption_fr: ' ' }, ...base.steps.slice(1)] }] }).success,
    ).toBe(false);
  });
});

describe('cooperation link ids after merges', () => {
  it('follow the merged ends and keep them sorted as the projection sorts them', () => {
    const redirects = new Map([['osce', 'aaa-merged']]);
    expect(redirectedLinkId('coe|COOPERATED_WITH|osce', redirects)).toBe('aaa-merged|COOPERATED_WITH|coe');
    expect(redirectedLinkId('coe|COOPERATED_WITH|unhcr', redirects)).toBe('coe|COOPERATED_WITH|unhcr');
    // Any other relationship id is left as it is.
    expect(redirectedLinkId('greta|MONITORS|osce', redirects)).toBe('greta|MONITORS|osce');
  });
});
