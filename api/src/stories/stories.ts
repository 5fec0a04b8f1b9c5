import { randomUUID } from 'node:crypto';
import type { GraphNode } from '../contract/graph.js';
import type {
  Story,
  StoryDeleteResponse,
  StoryElementsBody,
  StoryElementsResponse,
  StoryInput,
  StoryReplaceInput,
  StorySummary,
  StoryWriteResponse,
} from '../contract/stories.js';
import { recordChange, type ChangeActor } from '../curation/audit.js';
import { curationTransaction } from '../curation/transaction.js';
import type { Database, Row } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { readBounded } from '../explore/read.js';
import { redirectsOf } from '../explore/redirects.js';
import { edgesAmong, publicNode, type PlacedNode } from '../explore/subgraph.js';
import { StoryConflict } from './conflict.js';
import { projectedLinks, redirectedLinkId } from './projected.js';
import { storyFromProperties, storyProperties, summaryFromProperties } from './stored.js';

/**
 * Trainers' stories, stored as :View nodes of kind 'story' (api/src/seed/views.ts keeps its hands
 * off them). Every write goes through the curation transaction and leaves a :Change record in the
 * same transaction, like a curated fact: who saved which story, before and after.
 */

const stored = (row: Row) => row.story as Record<string, unknown>;

/** Every story as a card (no steps), most recently updated first. */
export async function listStories(db: Database): Promise<StorySummary[]> {
  return (await readBounded(db, 'stories-list', {})).map((row) => summaryFromProperties(stored(row)));
}

/** One story with its steps. */
export async function getStory(db: Database, id: string): Promise<Story> {
  const [row] = await readBounded(db, 'story-by-id', { id });
  if (!row) throw new NotFound(`No story with id "${id}"`, 'id');
  return storyFromProperties(stored(row));
}

/** What the audit keeps of a story: everything but the thumbnail (a picture, not a fact). */
const audited = (story: Story | null) => (story ? { ...story, thumbnail: story.thumbnail ? '(image)' : null } : null);

/** A new story by `actor`, with a generated id. */
export async function createStory(db: Database, actor: ChangeActor, input: StoryInput, note?: string): Promise<StoryWriteResponse> {
  const now = new Date().toISOString();
  const story: Story = {
    ...input,
    id: `story-${randomUUID()}`,
    author: actor.name,
    created: now,
    updated: now,
    updated_by: actor.name,
    seed: false,
    view: null,
  };
  return curationTransaction(db, async (tx) => {
    await tx.run('story-save', { story: storyProperties(story) });
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

/**
 * Replaces a story's title, languages, steps and thumbnail; author and creation date stay. The
 * client says which version it loaded (`updated`): when someone saved since, nothing is written and
 * the answer is a 409 naming who saved when. A seed story saved by an editor becomes theirs: a
 * reseed no longer overwrites it.
 */
export async function replaceStory(db: Database, actor: ChangeActor, id: string, input: StoryReplaceInput): Promise<StoryWriteResponse> {
  return curationTransaction(db, async (tx) => {
    const [row] = await tx.run('story-lock', { id });
    if (!row) throw new NotFound(`No story with id "${id}"`, 'id');
    const before = storyFromProperties(stored(row));
    const { updated: loaded, ...changes } = input;
    if (before.updated !== loaded) throw new StoryConflict(before, loaded);
    // Two saves within the same millisecond would share their `updated`: the new one is always later.
    const now = new Date(Math.max(Date.now(), Date.parse(before.updated) + 1)).toISOString();
    const story: Story = { ...before, ...changes, updated: now, updated_by: actor.name, seed: false };
    await tx.run('story-save', { story: storyProperties(story) });
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
      before: audited(storyFromProperties(stored(row))),
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
  const storedEdges = among.filter((edge) => named.has(edge.id) || touched.has(edge.source) || touched.has(edge.target));
  // Cooperation links (network steps) are not stored: projected again now, from the events as they are.
  const edges = [...storedEdges, ...(await projectedLinks(db, body.edges, redirects, found))];
  const kept = new Set(edges.map((edge) => edge.id));
  return {
    nodes: placed.map((node): GraphNode => publicNode(node)),
    edges,
    redirects: Object.fromEntries(redirects),
    missing: {
      nodes: body.nodes.filter((id) => !found.has(redirects.get(id) ?? id)),
      edges: body.edges.filter((id) => !kept.has(id) && !kept.has(redirectedLinkId(id, redirects))),
    },
  };
}
