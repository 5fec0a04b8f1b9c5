import { storyFile, type StoryFile } from '../../../../api/src/contract/stories';
import type { GraphEdge, GraphNode, StoryElementsResponse, StoryInput, StoryStep } from '../../api/client';
import type { Lang } from '../../i18n/messages';

/**
 * The story being written or shown, as pure data and pure functions (unit-tested in
 * tests/unit/web-stories.test.ts): the step list operations, the language fallback, the story file,
 * and how a step's captured ids meet the graph as it is now.
 */

/**
 * A story in the browser: saved (`id`, and `updated`: the version loaded, which a save must still
 * match on the server) or not yet (`id: null`).
 */
export type StoryDraft = StoryInput & { id: string | null; author?: string; updated?: string };

export function emptyStory(): StoryDraft {
  return { id: null, title_en: '', title_fr: '', languages: ['en', 'fr'], steps: [], thumbnail: null };
}

/** A step id unique within its story (steps are reordered, so their index is not an id). */
export function newStepId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** `steps` with the step at `from` moved to `to` (both clamped). */
export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  const next = [...steps];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, moved!);
  return next;
}

/** A copy of the step at `index`, inserted right after it, with its own id. */
export function duplicateStep(steps: readonly StoryStep[], index: number): StoryStep[] {
  const step = steps[index];
  if (!step) return [...steps];
  const copy: StoryStep = { ...structuredClone(step), id: newStepId() };
  return [...steps.slice(0, index + 1), copy, ...steps.slice(index + 1)];
}

type Text = 'title' | 'caption' | 'notes';

/** A step's text in `lang`, or in the other language when the trainer left this one empty. */
export function stepText(step: Pick<StoryStep, `${Text}_${Lang}`>, field: Text, lang: Lang): string {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const own = step[`${field}_${lang}`].trim();
  return own || step[`${field}_${other}`].trim();
}

/** The story's title in `lang`, with the same fallback. */
export function storyTitle(story: Pick<StoryInput, 'title_en' | 'title_fr'>, lang: Lang): string {
  return (lang === 'en' ? story.title_en || story.title_fr : story.title_fr || story.title_en).trim();
}

/** What the API takes: exactly the fields a trainer writes (a loaded story also carries its dates, author…). */
export function toInput(draft: StoryDraft): StoryInput {
  const { title_en, title_fr, languages, steps, thumbnail } = draft;
  return { title_en, title_fr, languages, steps, thumbnail };
}

/** The story file: JSON with a format marker, so "Open file" can refuse anything else. */
export function toStoryFile(draft: StoryDraft): StoryFile {
  return {
    format: 'liaison-story',
    version: 1,
    story: { ...toInput(draft), ...(draft.id ? { id: draft.id } : {}), ...(draft.author ? { author: draft.author } : {}) },
  };
}

/** Reads a story file; a file that fails the schema anywhere is refused with the first problem. */
export function parseStoryFile(text: string): { story: StoryDraft; problem: null } | { story: null; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { story: null, problem: 'not JSON' };
  }
  const parsed = storyFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { story: null, problem: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
  }
  const { id, author, ...input } = parsed.data.story;
  return { story: { ...input, id: id ?? null, ...(author ? { author } : {}) }, problem: null };
}

/** The step as it can be drawn now: elements found, merged ids replaced, what is gone named. */
export interface ResolvedStep {
  nodes: GraphNode[];
  edges: GraphEdge[];
  positions: Record<string, { x: number; y: number }>;
  highlight: { nodes: string[]; edges: string[] } | null;
  /** Names (as captured) of the entities that no longer exist. */
  missing: string[];
  missingEdges: number;
}

/** Meets a step's captured ids with the elements looked up now (POST /api/stories/elements). */
export function resolveStep(step: StoryStep, found: StoryElementsResponse): ResolvedStep {
  const to = (id: string) => found.redirects[id] ?? id;
  const nodes = new Map(found.nodes.map((node) => [node.id, node]));
  const wanted = new Set(step.framing.nodes.map(to));
  const shown = [...wanted].flatMap((id) => nodes.get(id) ?? []);
  const shownIds = new Set(shown.map((node) => node.id));
  const edges = found.edges.filter((edge) => shownIds.has(edge.source) && shownIds.has(edge.target));
  const positions: ResolvedStep['positions'] = {};
  // A merged node takes the place the captured id had (unless the kept node had its own).
  for (const [id, point] of Object.entries(step.framing.positions)) if (!(to(id) in positions) || id === to(id)) positions[to(id)] = point;
  const highlight = step.framing.highlight
    ? { nodes: [...new Set(step.framing.highlight.nodes.map(to))].filter((id) => shownIds.has(id)), edges: step.framing.highlight.edges }
    : null;
  const gone = new Set(found.missing.nodes);
  const missing = step.framing.nodes.filter((id) => gone.has(id)).map((id) => step.framing.names[id] ?? id);
  const edgeIds = new Set(edges.map((edge) => edge.id));
  return {
    nodes: shown,
    edges,
    positions,
    highlight,
    missing,
    missingEdges: step.framing.edges.filter((id) => found.missing.edges.includes(id) && !edgeIds.has(id)).length,
  };
}

/** Every node and relationship id a story's steps name (one lookup for the whole story). */
export function storyElementIds(steps: readonly StoryStep[]): { nodes: string[]; edges: string[] } {
  return {
    nodes: [...new Set(steps.flatMap((step) => step.framing.nodes))],
    edges: [...new Set(steps.flatMap((step) => step.framing.edges))],
  };
}

/** Progressive reveal: what a step adds to the previous one (fades in) and what it keeps (dims). */
export function revealOf(previous: StoryStep | undefined, step: StoryStep): { entering: string[]; kept: string[] } {
  const before = new Set(previous ? [...previous.framing.nodes, ...previous.framing.edges] : []);
  const now = [...step.framing.nodes, ...step.framing.edges];
  return { entering: now.filter((id) => !before.has(id)), kept: now.filter((id) => before.has(id)) };
}

/** A caption's Markdown as plain text (PDF handouts): markers dropped, links keep their text and address. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^*])\*(?!\s)([^*]+)\*/g, '$1$2')
    .replace(/^\s{0,3}[-*+]\s+/gm, '• ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}
