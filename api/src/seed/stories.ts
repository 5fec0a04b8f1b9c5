import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { nodeId } from '../contract/filters.js';
import { STORY_ID, storyStep, type Story } from '../contract/stories.js';
import type { Database, Transaction } from '../db/driver.js';
import { storyProperties } from '../stories/stored.js';
import { seedDir } from './seed-dir.js';
import { SeedValidationError } from './validate.js';

/**
 * seed/stories.json: the stories that ship with Liaison (one per curated view), written by hand for
 * trainers. A seed step names what it shows (node and relationship ids of the seed graph) but no
 * positions or viewport: it is laid out and framed when it is shown. They are stored like a
 * trainer's story (:View {kind: 'story'}), marked `seed`, so they are listed, opened and presented
 * the same way; an editor who saves one makes it theirs and a reseed leaves it alone.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

const seedStep = z.strictObject({
  id: z.string().min(1).max(80),
  title_en: text(200),
  title_fr: text(200),
  caption_en: text(2000),
  caption_fr: text(2000),
  notes_en: text(4000),
  notes_fr: text(4000),
  reveal: z.boolean().default(false),
  mode: z.enum(['graph', 'network']).default('graph'),
  nodes: z.array(nodeId).min(1).max(500),
  edges: z.array(z.string().min(1).max(500)).max(2000).default([]),
  highlight: z.strictObject({ nodes: z.array(nodeId), edges: z.array(z.string().min(1)) }).optional(),
});

const seedStory = z.strictObject({
  id: z.string().regex(STORY_ID, 'must be a story id ("story-…")'),
  /** The curated view (seed/views.json) the story tells; the views panel presents it. */
  view: z.string().min(1).max(200),
  title_en: text(200),
  title_fr: text(200),
  steps: z.array(seedStep).min(3).max(6),
});

export const seedStoriesFile = z.strictObject({ stories: z.array(seedStory) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.stories.forEach((story, index) => {
    if (seen.has(story.id)) ctx.addIssue({ code: 'custom', path: ['stories', index, 'id'], message: `duplicate story id "${story.id}"` });
    seen.add(story.id);
    story.steps.forEach((step, stepIndex) => {
      const shown = new Set(step.nodes);
      // A relationship or a lit element the step does not show would draw nothing: refuse it.
      step.edges.forEach((edge, edgeIndex) => {
        const [from, , to] = edge.split('|');
        if (!from || !to || !shown.has(from) || !shown.has(to))
          ctx.addIssue({ code: 'custom', path: ['stories', index, 'steps', stepIndex, 'edges', edgeIndex], message: `"${edge}" joins nodes the step does not show` });
      });
      step.highlight?.nodes.forEach((id, i) => {
        if (!shown.has(id)) ctx.addIssue({ code: 'custom', path: ['stories', index, 'steps', stepIndex, 'highlight', 'nodes', i], message: `"${id}" is not shown` });
      });
    });
  });
});

export type SeedStory = z.infer<typeof seedStory>;

/** Reads and validates seed/stories.json (an absent file means no seed stories). */
export function readSeedStories(dir = seedDir): SeedStory[] {
  const file = path.join(dir, 'stories.json');
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedValidationError([{ file: 'stories.json', entry: '', field: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const result = seedStoriesFile.safeParse(data);
  if (!result.success) {
    throw new SeedValidationError(
      result.error.issues.map((issue) => ({
        file: 'stories.json',
        entry: issue.path.slice(0, 2).join('.') || '(file)',
        field: issue.path.slice(2).join('.') || '(entry)',
        message: issue.message,
      })),
    );
  }
  return result.data.stories;
}

/**
 * When the seed stories were written: their `created` and `updated`. A fixed date, not the time of
 * loading, so that loading the same seed twice writes the same graph. Move it on when
 * seed/stories.json changes.
 */
export const SEED_STORIES_WRITTEN = '2026-12-02T00:00:00.000Z';

/** Who the seed stories are credited to. */
export const SEED_AUTHOR = 'Liaison';

/**
 * A seed story in the API's shape. Steps carry no positions and a neutral viewport (the web app lays
 * them out and frames them); `names` (shown when an entity is later deleted) come from the seed graph.
 */
export function storyOfSeed(seed: SeedStory, names: ReadonlyMap<string, string>, now: string): Story {
  return {
    id: seed.id,
    title_en: seed.title_en,
    title_fr: seed.title_fr,
    languages: ['en', 'fr'],
    author: SEED_AUTHOR,
    created: now,
    updated: now,
    updated_by: SEED_AUTHOR,
    thumbnail: null,
    seed: true,
    view: seed.view,
    steps: seed.steps.map((step) =>
      storyStep.parse({
        id: step.id,
        title_en: step.title_en,
        title_fr: step.title_fr,
        caption_en: step.caption_en,
        caption_fr: step.caption_fr,
        notes_en: step.notes_en,
        notes_fr: step.notes_fr,
        reveal: step.reveal,
        framing: {
          nodes: step.nodes,
          edges: step.edges,
          positions: {},
          zoom: 1,
          pan: { x: 0, y: 0 },
          highlight: step.highlight ?? null,
          mode: step.mode,
          names: Object.fromEntries(step.nodes.flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : []))),
        },
      }),
    ),
  };
}

/**
 * Writes the seed stories and removes the seed stories the file no longer lists. A seed story an
 * editor saved since is theirs (no longer `seed`): left as it is.
 */
export async function loadSeedStories(db: Database, stories: Story[], tx?: Transaction): Promise<void> {
  const rows = stories.map(storyProperties);
  const run = async (work: Transaction) => {
    await work.run('stories-seed-merge', { stories: rows });
    await work.run('stories-seed-prune', { ids: rows.map((row) => row.id) });
  };
  await (tx ? run(tx) : db.writeTransaction(run, { metadata: { operation: 'stories' } }));
}
