import { z } from 'zod';
import { graphEdge, graphNode } from './graph.js';
import { nodeId } from './filters.js';

/**
 * Stories: the trainers' own presentations. A story is a list of steps; each step is a picture the
 * trainer captured on the canvas (which elements, where, the viewport, what was lit, the filters)
 * with a title, a caption and speaker notes in French and English. This schema is the one source of
 * the step's shape: the server validates every save with it, the web app validates a story file
 * with it, and the OpenAPI description is generated from it.
 */

/** Short text a trainer writes; either language may be empty (the other one is shown). */
const words = (max: number) => z.string().max(max).default('');

const point = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
const edgeId = z.string().min(1).max(500);

/** What was on screen when the step was captured. */
export const storyFraming = z.strictObject({
  nodes: z.array(nodeId).max(2000).meta({ description: 'Node ids on the canvas.' }),
  edges: z.array(edgeId).max(5000).meta({ description: 'Relationship ids on the canvas.' }),
  positions: z.record(nodeId, point).meta({ description: 'Where each node stood, in layout units.' }),
  zoom: z.number().finite().positive(),
  pan: point,
  highlight: z
    .strictObject({ nodes: z.array(nodeId).max(2000), edges: z.array(edgeId).max(5000) })
    .nullable()
    .default(null),
  filters: z
    .strictObject({
      hiddenLabels: z.array(z.string().max(60)).max(50).default([]),
      hiddenTypes: z.array(z.string().max(60)).max(100).default([]),
      country: z.string().max(200).nullable().default(null),
      topic: z.string().max(200).nullable().default(null),
      from: z.number().int().nullable().default(null),
      to: z.number().int().nullable().default(null),
    })
    .default({ hiddenLabels: [], hiddenTypes: [], country: null, topic: null, from: null, to: null }),
  grouping: z.string().max(40).default('none'),
  mode: z.enum(['graph', 'network', 'map']).default('graph'),
  /** The names the nodes had at capture, so a step can say what is missing after a deletion. */
  names: z.record(nodeId, z.string().max(300)).default({}),
});

export const storyStep = z.strictObject({
  id: z.string().min(1).max(80),
  title_en: words(200),
  title_fr: words(200),
  caption_en: words(2000).meta({ description: 'Short Markdown (bold, lists, links); rendered without raw HTML.' }),
  caption_fr: words(2000),
  notes_en: words(4000).meta({ description: 'Speaker notes, shown only in the presenter view.' }),
  notes_fr: words(4000),
  /** New elements fade in, the ones the previous step showed dim. */
  reveal: z.boolean().default(false),
  framing: storyFraming,
});

/** A PNG or JPEG data URL, small: the card of the story list. */
export const THUMBNAIL_MAX_CHARS = 120_000;
const thumbnail = z
  .string()
  .max(THUMBNAIL_MAX_CHARS)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'must be a PNG or JPEG data URL')
  .nullable()
  .default(null);

/** What a trainer sends to create or replace a story. */
export const storyInput = z.strictObject({
  title_en: words(200),
  title_fr: words(200),
  languages: z
    .array(z.enum(['en', 'fr']))
    .min(1)
    .max(2)
    .default(['en', 'fr']),
  steps: z.array(storyStep).max(100),
  thumbnail,
});

/**
 * What a trainer sends to replace a story: the story and the `updated` instant of the version they
 * loaded, so a save over someone else's newer save is refused (409) instead of silently losing it.
 */
export const storyReplaceInput = storyInput.extend({
  updated: z.string().min(1).max(40).meta({ description: 'The `updated` of the story as the client loaded it (optimistic concurrency).' }),
});

export const STORY_ID = /^story-[a-z0-9-]{4,80}$/;
export const storyParams = z.strictObject({ id: z.string().regex(STORY_ID, 'must be a story id ("story-…")') });

/** A saved story, as the API answers it. */
export const story = storyInput
  .extend({
    id: z.string(),
    author: z.string().meta({ description: 'Account name of whoever created it.' }),
    created: z.string().meta({ description: 'ISO 8601 instant.' }),
    updated: z.string(),
    updated_by: z.string(),
    seed: z.boolean().default(false).meta({ description: 'Shipped with Liaison (seed/stories.json) and not edited since.' }),
    view: z.string().nullable().default(null).meta({ description: 'The curated view a seed story tells (GET /api/views).' }),
  })
  .meta({ id: 'Story' });

/** A story file (Save to file / Open file): the story and a format marker, so any file is checked before use. */
export const storyFile = z.strictObject({
  format: z.literal('liaison-story'),
  version: z.literal(1),
  story: storyInput.extend({ id: z.string().optional(), author: z.string().optional() }),
});

export const storySummary = story.omit({ steps: true }).extend({ stepCount: z.number().int() });
export const storiesResponse = z.object({ stories: z.array(storySummary) });
export const storyResponse = z.object({ story });
export const storyWriteResponse = z.object({ story, changeId: z.string() });
export const storyDeleteResponse = z.object({ deleted: z.string(), changeId: z.string() });

/** The elements of a story's steps, looked up now: merged ids followed, deleted ones named. */
export const storyElementsBody = z.strictObject({
  nodes: z.array(nodeId).max(5000),
  edges: z.array(edgeId).max(10000).default([]),
});
export const storyElementsResponse = z.object({
  nodes: z.array(graphNode),
  edges: z.array(graphEdge).meta({ description: 'The asked relationships that still exist, and every relationship among redirected nodes.' }),
  redirects: z.record(z.string(), z.string()).meta({ description: 'Merged id → the id it went into.' }),
  missing: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
});

export type StoryFraming = z.infer<typeof storyFraming>;
export type StoryStep = z.infer<typeof storyStep>;
export type StoryInput = z.infer<typeof storyInput>;
export type StoryReplaceInput = z.infer<typeof storyReplaceInput>;
export type Story = z.infer<typeof story>;
export type StoryFile = z.infer<typeof storyFile>;
export type StorySummary = z.infer<typeof storySummary>;
export type StoriesResponse = z.infer<typeof storiesResponse>;
export type StoryResponse = z.infer<typeof storyResponse>;
export type StoryWriteResponse = z.infer<typeof storyWriteResponse>;
export type StoryDeleteResponse = z.infer<typeof storyDeleteResponse>;
export type StoryElementsBody = z.infer<typeof storyElementsBody>;
export type StoryElementsResponse = z.infer<typeof storyElementsResponse>;
