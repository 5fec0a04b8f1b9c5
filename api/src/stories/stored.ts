import { story as storySchema, storySummary, type Story, type StorySummary } from '../contract/stories.js';

/**
 * How a story lives on its :View node and back. Neo4j properties cannot be maps, so the steps travel
 * as JSON text; the card (list) and the whole story are read by the same mapper.
 */

/** The node properties of a story (what story-save and the seed loader write). */
export function storyProperties(story: Story): Record<string, unknown> {
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
    seed: story.seed,
    view: story.view,
  };
}

/** The fields a card and a whole story share, from the stored properties. */
function common(properties: Record<string, unknown>) {
  return {
    id: properties.id,
    title_en: properties.title_en ?? '',
    title_fr: properties.title_fr ?? '',
    languages: properties.languages,
    author: properties.author,
    created: properties.created,
    updated: properties.updated,
    updated_by: properties.updated_by ?? properties.author,
    thumbnail: properties.thumbnail ?? null,
    seed: properties.seed === true,
    view: typeof properties.view === 'string' ? properties.view : null,
  };
}

/** A stored story with its steps. */
export function storyFromProperties(properties: Record<string, unknown>): Story {
  return storySchema.parse({ ...common(properties), steps: JSON.parse(String(properties.steps ?? '[]')) });
}

/** A stored story as a card of the list (no steps). */
export function summaryFromProperties(properties: Record<string, unknown>): StorySummary {
  return storySummary.parse({ ...common(properties), stepCount: Number(properties.step_count ?? 0) });
}
