import { randomUUID } from 'node:crypto';
import type { GraphNode } from '../contract/graph.js';
import {
  story as storySchema,
  storySummary,
  type Story,
  type StoryDeleteResponse,
  type StoryElementsBody,
  type StoryElementsResponse,
  type StoryInput,
  type StorySummary,
  type StoryWriteResponse,
} from '../contract/stories.js';
import { recordChange, type ChangeActor } from '../curation/audit.js';
import { curationTransaction } from '../curation/transaction.js';
import type { Database, Row } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { readBounded } from '../explore/read.js';
import { redirectsOf } from '../explore/redirects.js';
import { edgesAmong, publicNode, type PlacedNode } from '../explore/subgraph.js';

/**
 * Trainers' stories, stored as :View nodes of kind 'story' (api/src/seed/views.ts keeps its hands
 * off them). Every write goes through the curation transaction and leaves a :Change record in the
 * same transaction, like a curated fact: who saved which story, before and after.
 */

const stored = (row: Row) => row.story as Record<string, unknown>;

/** A stored story back into the API's shape (steps were stored as JSON text). */
function toStory(properties: Record<string, unknown>): Story {
  return storySchema.parse({
    id: properties.id,
    title_en: properties.title_en ?? '',
    title_fr: properties.title_fr ?? '',
    languages: properties.languages,
    author: properties.author,
    created: properties.created,
    updated: properties.updated,
    updated_by: properties.updated_by ?? properties.author,
    thumbnail: properties.thumbnail ?? null,
    steps: JSON.parse(String(properties.steps ?? '[]')),
  });
}

/** Every story as a card (no steps), most recently updated first. */
export async function listStories(db: Database): Promise<StorySummary[]> {
  return (await readBounded(db, 'stories-list', {})).map((row) => {
    const card = stored(row);
    return storySummary.parse({
      id: card.id,
      title_en: card.title_en ?? '',
      title_fr: card.title_fr ?? '',
      languages: card.languages,
      author: card.author,
      created: card.created,
      updated: card.updated,
      updated_by: card.updated_by ?? card.author,
      thumbnail: card.thumbnail ?? null,
      stepCount: Number(card.step_count ?? 0),
    });
  });
}

/** One story with its steps. */
export async function getStory(db: Database, id: string): Promise<Story> {
  const [row] = await readBounded(db, 'story-by-id', { id });
  if (!row) throw new NotFound(`No story with id "${id}"`, 'id');
  return toStory(stored(row));
}

/** The node properties of a story (what story-save writes). */
function properties(story: Story): Record<string, unknown> {
  return {
    id: story.id,
    kind: 'story',
    title_en: story.title_en,
    title_fr: story.title_fr,
    languages: story.languages,
    author: story.author,
    created: story.created,
    updated: story.updated,
    updated_by: story.updated_by,
    thumbnail: story.thumbnail,
    steps: JSON.stringify(story.steps),
    step_count: story.steps.length,
  };
}

/** What the audit keeps of a story: everything but the thumbnail (a picture, not a fact). */
const audited = (story: Story | null) => (story ? { ...story, thumbnail: story.thumbnail ? '(image)' : null } : null);

/** A new story by `actor`, with a generated id. */
export async function createStory(db: Database, actor: ChangeActor, input: StoryInput, note?: string): Promise<StoryWriteResponse> {
  const now = new Date().toISOString();
  const story: Story = { ...input, id: `story-${randomUUID()}`, author: actor.name, created: now, updated: now, updated_by: actor.name };
  return curationTransaction(db, async (tx) => {
    await tx.run('story-save', { story: properties(story) });
    const changeId = await recordChange(tx, actor, {
      action: 'create',
      elementKind: 'story',
      elementId: story.id,
      before: null,
      after: audited(story),
      note,
    });
    return { story, changeId };
  });
}

/** Replaces a story's title, languages, steps and thumbnail; author and creation date stay. */
export async function replaceStory(db: Database, actor: ChangeActor, id: string, input: StoryInput): Promise<StoryWriteResponse> {
  return curationTransaction(db, async (tx) => {
    const [row] = await tx.run('story-lock', { id });
    if (!row) throw new NotFound(`No story with id "${id}"`, 'id');
    const before = toStory(stored(row));
    const story: Story = { ...before, ...input, updated: new Date().toISOString(), updated_by: actor.name };
    await tx.run('story-save', { story: properties(story) });
    const changeId = await recordChange(tx, actor, {
      action: 'update',
      elementKind: 'story',
      elementId: id,
      before: audited(before),
      after: audited(story),
    });
    return { story, changeId };
  });
}

/** Deletes a story; the change record keeps it whole (steps included). */
export async function deleteStory(db: Database, actor: ChangeActor, id: string): Promise<StoryDeleteResponse> {
  return curationTransaction(db, async (tx) => {
    const [row] = await tx.run('story-delete', { id });
    if (!row) throw new NotFound(`No story with id "${id}"`, 'id');
    const changeId = await recordChange(tx, actor, {
      action: 'delete',
      elementKind: 'story',
      elementId: id,
      before: audited(toStory(stored(row))),
      after: null,
    });
    return { deleted: id, changeId };
  });
}

/**
 * The elements a story's steps name, as they are now. Merged ids are followed (the redirect map
 * tells the client which step id became which); ids with no entity any more are listed as missing,
 * so the step can say what it no longer shows. A merge re-points relationships (and may change
 * their ids), so among redirected nodes every relationship is returned, not only the named ones.
 */
export async function storyElements(db: Database, body: StoryElementsBody): Promise<StoryElementsResponse> {
  const redirects = await redirectsOf(db, body.nodes);
  const wanted = [...new Set(body.nodes.map((id) => redirects.get(id) ?? id))];
  const rows = await readBounded(db, 'story-nodes', { ids: wanted }, 'nodes');
  const placed = rows.map((row) => row.node as PlacedNode);
  const found = new Set(placed.map((node) => node.id));
  const { edges: among } = await edgesAmong(db, placed, { types: null, time: null });
  const named = new Set(body.edges);
  const touched = new Set(redirects.values());
  const edges = among.filter((edge) => named.has(edge.id) || touched.has(edge.source) || touched.has(edge.target));
  const kept = new Set(edges.map((edge) => edge.id));
  return {
    nodes: placed.map((node): GraphNode => publicNode(node)),
    edges,
    redirects: Object.fromEntries(redirects),
    missing: {
      nodes: body.nodes.filter((id) => !found.has(redirects.get(id) ?? id)),
      edges: body.edges.filter((id) => !kept.has(id)),
    },
  };
}
