import { describe, expect, it } from 'vitest';
import type { StoryStep } from '../../api/src/contract/stories.js';
import { boxOf, framingOf } from '../../web/src/features/stories/framing.js';
import {
  duplicateStep,
  emptyStory,
  moveStep,
  parseStoryFile,
  plainText,
  resolveStep,
  revealOf,
  stepText,
  storyElementIds,
  toInput,
  toStoryFile,
} from '../../web/src/features/stories/storyModel.js';
import { storyInput } from '../../api/src/contract/stories.js';

function step(id: string, nodes: string[], edges: string[] = [], text: Partial<StoryStep> = {}): StoryStep {
  return {
    id,
    title_en: '',
    title_fr: '',
    caption_en: '',
    caption_fr: '',
    notes_en: '',
    notes_fr: '',
    reveal: false,
    ...text,
    framing: {
      nodes,
      edges,
      positions: Object.fromEntries(nodes.map((node, index) => [node, { x: index * 10, y: 100 - index * 5 }])),
      zoom: 1,
      pan: { x: 0, y: 0 },
      highlight: null,
      filters: { hiddenLabels: [], hiddenTypes: [], country: null, topic: null, from: null, to: null },
      grouping: 'none',
      mode: 'graph',
      names: Object.fromEntries(nodes.map((node) => [node, node.toUpperCase()])),
    },
  };
}

describe('story steps', () => {
  it('moves a step up and down, clamped to the list', () => {
    expect(moveStep(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveStep(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('duplicates a step right after itself, with its own id and a deep copy of its framing', () => {
    const steps = [step('a', ['x']), step('b', ['y'])];
    const next = duplicateStep(steps, 0);
    expect(next.map((item) => item.framing.nodes[0])).toEqual(['x', 'x', 'y']);
    expect(new Set(next.map((item) => item.id)).size).toBe(3);
    next[1]!.framing.nodes.push('z');
    expect(steps[0]!.framing.nodes).toEqual(['x']);
  });

  it('shows the other language when one is empty', () => {
    const only = step('a', [], [], { title_fr: 'Qui suit la STCE 197', caption_en: 'Who monitors' });
    expect(stepText(only, 'title', 'en')).toBe('Qui suit la STCE 197');
    expect(stepText(only, 'title', 'fr')).toBe('Qui suit la STCE 197');
    expect(stepText(only, 'caption', 'fr')).toBe('Who monitors');
    expect(stepText(only, 'notes', 'en')).toBe('');
  });
});

describe('story files', () => {
  it('reads back what it writes', () => {
    const story = { ...emptyStory(), title_en: 'CETS', steps: [step('a', ['greta'], ['r1'], { caption_fr: '**GRETA**' })] };
    const read = parseStoryFile(JSON.stringify(toStoryFile(story)));
    expect(read.problem).toBeNull();
    expect(read.story).toEqual(story);
  });

  it('sends the server only what a trainer writes, not the dates and marks a loaded story carries', () => {
    const loaded = {
      ...emptyStory(),
      id: 'story-seed-x',
      author: 'Liaison',
      title_en: 'Seed',
      steps: [step('a', ['greta'])],
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-02T00:00:00.000Z',
      updated_by: 'Liaison',
      seed: true,
      view: 'view-x',
    };
    const input = toInput(loaded);
    expect(Object.keys(input).sort()).toEqual(['languages', 'steps', 'thumbnail', 'title_en', 'title_fr']);
    // The server's schema is strict: what toInput gives must pass it.
    expect(storyInput.safeParse(input).success).toBe(true);
    expect(storyInput.safeParse(loaded).success).toBe(false);
  });

  it('refuses other files, naming the first problem', () => {
    expect(parseStoryFile('{not json').problem).toBe('not JSON');
    expect(parseStoryFile(JSON.stringify({ format: 'liaison-backup' })).problem).toMatch(/^format/);
    const bad = toStoryFile({ ...emptyStory(), steps: [step('a', ['bad id!'])] });
    expect(parseStoryFile(JSON.stringify(bad)).problem).toMatch(/^story\.steps\.0\.framing\.nodes\.0/);
  });
});

describe('a step meets the graph as it is now', () => {
  const node = (id: string) => ({ id, labels: ['Actor'], properties: {} });
  it('follows merged ids (positions move with them) and names what was deleted', () => {
    const captured = step('a', ['old', 'kept', 'gone'], ['e1', 'e2']);
    const resolved = resolveStep(captured, {
      nodes: [node('new'), node('kept')],
      edges: [{ id: 'e9', type: 'T', source: 'new', target: 'kept', properties: {} }],
      redirects: { old: 'new' },
      missing: { nodes: ['gone'], edges: ['e2'] },
    });
    expect(resolved.nodes.map((item) => item.id)).toEqual(['new', 'kept']);
    expect(resolved.edges.map((item) => item.id)).toEqual(['e9']);
    expect(resolved.positions.new).toEqual(captured.framing.positions.old);
    expect(resolved.positions.kept).toEqual(captured.framing.positions.kept);
    expect(resolved.missing).toEqual(['GONE']);
    expect(resolved.missingEdges).toBe(1);
  });

  it('collects every id of a story once', () => {
    expect(storyElementIds([step('a', ['x', 'y'], ['e']), step('b', ['y', 'z'], ['e', 'f'])])).toEqual({ nodes: ['x', 'y', 'z'], edges: ['e', 'f'] });
  });

  it('reveals what a step adds and dims what it keeps', () => {
    expect(revealOf(step('a', ['x'], ['e']), step('b', ['x', 'y'], ['e', 'f']))).toEqual({ entering: ['y', 'f'], kept: ['x', 'e'] });
    expect(revealOf(undefined, step('b', ['x'])).entering).toEqual(['x']);
  });
});

describe('presentation framing', () => {
  it('fits the nodes inside the margins and above the caption', () => {
    const points = [
      { x: -300, y: 40 },
      { x: 500, y: -200 },
      { x: 120, y: 260 },
    ];
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const caption = Math.round(height * 0.2);
      const { zoom, pan } = framingOf(boxOf(points), width, height, caption);
      for (const point of points) {
        const screen = { x: point.x * zoom + pan.x, y: point.y * zoom + pan.y };
        expect(screen.x).toBeGreaterThanOrEqual(40);
        expect(screen.x).toBeLessThanOrEqual(width - 40);
        expect(screen.y).toBeGreaterThanOrEqual(40);
        expect(screen.y).toBeLessThanOrEqual(height - caption - 40);
      }
    }
  });
});

describe('captions as plain text (PDF)', () => {
  it('drops Markdown markers and keeps link addresses', () => {
    expect(plainText('**GRETA** monitors *CETS 197*:\n- visits\n- [reports](https://rm.coe.int)')).toBe(
      'GRETA monitors CETS 197:\n• visits\n• reports (https://rm.coe.int)',
    );
  });
});
