import { describe, expect, it } from 'vitest';
import {
  LABEL_BACKGROUND_PADDING_MODEL,
  MIN_LABEL_PX,
  labelClearancePx,
  pickLabels,
  type Box,
  type LabelCandidate,
} from '../../web/src/graph/readability/semanticZoom.js';

const measure = (text: string) => text.length * 6.5;
const options = { viewport: { width: 1000, height: 700 }, fontPx: 12, measure, maxWidthPx: 120 };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A deterministic crowd: nodes on a jittered grid, importance from a simple hash. */
function crowd(count: number, spacing: number): LabelCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: 40 + (i % 25) * spacing + ((i * 7) % 5),
    y: 40 + Math.floor(i / 25) * spacing + ((i * 11) % 5),
    radius: 6,
    importance: (i * 37) % 101,
    caption: i % 3 ? `Actor ${i}` : `European Border and Coast Guard Agency ${i}`,
  }));
}

describe('semantic-zoom label selection', () => {
  it('never lets two labels overlap, and keeps them in the viewport', () => {
    const labels = pickLabels(crowd(300, 30), options);
    expect(labels.length).toBeGreaterThan(5);
    for (const a of labels) {
      expect(a.box.x1).toBeGreaterThanOrEqual(0);
      expect(a.box.x2).toBeLessThanOrEqual(1000);
      for (const b of labels) if (a !== b) expect(overlap(a.box, b.box), `${a.id} ${b.id}`).toBe(false);
    }
  });

  it('labels the most important node in view first and skips nodes out of view', () => {
    const nodes = crowd(300, 30);
    const outside: LabelCandidate = { id: 'far', x: 5000, y: 100, radius: 6, importance: 1e6, caption: 'Far away' };
    const labels = pickLabels([...nodes, outside], options);
    const top = [...nodes].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id))[0]!;
    expect(labels[0]!.id).toBe(top.id);
    expect(labels.map((label) => label.id)).not.toContain('far');
    // Greedy by importance: a skipped node is one whose label would have collided with a kept one.
    const kept = new Set(labels.map((label) => label.id));
    const skipped = nodes.filter((node) => !kept.has(node.id));
    expect(skipped.length).toBeGreaterThan(0);
  });

  it('shows more labels as the user zooms in (nodes spread apart)', () => {
    const far = pickLabels(crowd(300, 20), options).length;
    const near = pickLabels(crowd(300, 60), { ...options, viewport: { width: 3000, height: 1000 } }).length;
    expect(near).toBeGreaterThan(far);
  });

  it('never draws a label smaller than 11 px', () => {
    const labels = pickLabels(crowd(50, 60), { ...options, fontPx: 6 });
    for (const label of labels) expect((label.box.y2 - label.box.y1) / label.lines.length).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });

  it('wraps long captions into at most two lines without cutting words', () => {
    const labels = pickLabels(crowd(50, 200), { ...options, viewport: { width: 6000, height: 1000 } });
    const long = labels.filter((label) => label.id === 'n3')[0]!;
    expect(long.lines.length).toBe(2);
    expect('European Border and Coast Guard Agency 3'.startsWith(long.lines.join(' ').replace(/…$/u, ''))).toBe(true);
  });

  it('keeps labels apart as Cytoscape draws them, at every zoom', () => {
    // Cytoscape's label box is the text grown by the background padding and a margin of error of 2,
    // in model units: on screen, (padding + 2) × zoom a side. A fixed 8 px clearance let labels touch
    // once zoomed in past ×1.3 (seen in the readability e2e).
    for (const zoom of [0.5, 1, 1.4, 2.2, 3.5]) {
      const grow = (LABEL_BACKGROUND_PADDING_MODEL + 2) * zoom;
      const labels = pickLabels(crowd(300, 30), { ...options, gapPx: 3 * zoom, padPx: labelClearancePx(zoom) });
      expect(labels.length, `zoom ${zoom}`).toBeGreaterThan(3);
      const drawn = labels.map((label) => ({
        id: label.id,
        box: { x1: label.box.x1 - grow, y1: label.box.y1 - grow, x2: label.box.x2 + grow, y2: label.box.y2 + grow },
      }));
      for (const a of drawn) for (const b of drawn) if (a !== b) expect(overlap(a.box, b.box), `zoom ${zoom}: ${a.id} ${b.id}`).toBe(false);
    }
  });
});
